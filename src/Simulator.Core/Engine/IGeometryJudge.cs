using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Engine;

/// <summary>Derives technique measurements and safety breaches from an event's coordinates (e.g. a pin's entry and tip).</summary>
/// <remarks>
/// Core knows no anatomy; the app supplies a judge backed by the anatomical model. Because the session
/// applies it as each event arrives, a script with raw coordinates is scored exactly like a live session.
/// </remarks>
public interface IGeometryJudge
{
    /// <summary>Findings for <paramref name="ev"/> done with <paramref name="action"/>; <see cref="GeometryFindings.None"/> when it has no coordinates.</summary>
    /// <param name="scenario">The scenario, to tell what earlier events did.</param>
    /// <param name="action">The physical action of the step or distractor the event performs (see <see cref="StepActions"/>).</param>
    /// <param name="ev">The event as submitted.</param>
    /// <param name="history">Every earlier event with its verdict, in order (e.g. the pin an implant is driven over).</param>
    GeometryFindings Judge(Scenario scenario, string action, AttemptEvent ev, IReadOnlyList<EventVerdict> history);
}
