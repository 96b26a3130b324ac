using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;

namespace Simulator.App.Start;

/// <summary>The session to open: chosen on the start screen or given on the command line.</summary>
public sealed record StartChoice(Scenario Scenario, Mode Mode, string Trainee);
