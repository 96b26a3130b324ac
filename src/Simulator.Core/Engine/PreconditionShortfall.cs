using Simulator.Core.Scenarios;

namespace Simulator.Core.Engine;

/// <summary>One unmet <c>requires</c>: the required step, how many performances were needed, and how many there were.</summary>
/// <remarks>Carries the numbers so messages can say "needed 2, had 1" rather than only "not done".</remarks>
public sealed record PreconditionShortfall(Step Required, int Needed, int Performed);
