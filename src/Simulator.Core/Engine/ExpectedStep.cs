using Simulator.Core.Scenarios;

namespace Simulator.Core.Engine;

/// <summary>The next step the reference sequence calls for.</summary>
/// <param name="Step">The step.</param>
/// <param name="Occurrence">Which performance of the step this is (1-based).</param>
/// <param name="Optional">True if the step may be skipped; the step after it is then also acceptable.</param>
/// <param name="Hint">The step's instruction (what to do).</param>
/// <param name="Why">The step's rationale (why it is done).</param>
/// <param name="Phase">The step's phase, or its group's name (or id) when it has none.</param>
/// <param name="GroupIteration">Iteration of the step's group this occurrence belongs to (1-based), or null outside groups.</param>
/// <param name="GroupRepeat">How many iterations the step's group has, or null outside groups.</param>
/// <remarks>Guided mode shows this as the hint; optional steps are reported rather than skipped so the trainee sees them.</remarks>
public sealed record ExpectedStep(
    Step Step,
    int Occurrence,
    bool Optional,
    string Hint,
    string Why,
    string Phase,
    int? GroupIteration,
    int? GroupRepeat);
