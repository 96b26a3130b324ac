using System.Numerics;
using Simulator.App.Scene;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.App.Window;

/// <summary>The open approach: the bipolar, osteotome, curette and impactor, each logging raw geometry (the marker's <see cref="Mark"/> is with the others).</summary>
/// <remarks>
/// Events carry only what the hand did (points on the skin or bone, strokes, the window's corners, the tamp's setting); the
/// <see cref="AnatomyJudge"/> derives every scored figure from them, so a script or a replay is judged exactly as the live session.
/// </remarks>
public sealed partial class OperatingTable
{
    /// <summary>Deepest the tamp sets the block below the outer table, mm.</summary>
    public const float MaxCountersinkMm = 10f;

    /// <summary>How far the tamp sets the block below the outer table, mm (+/−); it starts flush.</summary>
    public float CountersinkMm { get; set; }

    /// <summary>What the impactor carries when the trainee chose (B); null follows the step due.</summary>
    public bool? ImpactorGraftChoice { get; set; }

    /// <summary>True when the impactor carries graft chips, false when it carries the block: graft while the graft step is due, unless chosen.</summary>
    public bool ImpactorCarriesGraft
    {
        get
        {
            if (ImpactorGraftChoice is { } chosen)
            {
                return chosen;
            }

            var steps = Session.Scenario.Steps;
            if (!steps.Any(s => s.Action == StepActions.Block) || !steps.Any(s => s.Action == StepActions.Graft))
            {
                return steps.Any(s => s.Action == StepActions.Graft);
            }

            return Session.Expected?.Step.Action == StepActions.Graft;
        }
    }

    /// <summary>The planned iliac window, or null when the scenario has no open approach.</summary>
    public IliacWindow? WindowPlan => _visualsBuilder.Open.Plan;

    /// <summary>The window cut with the osteotome (the last osteotomy performed), or null.</summary>
    public IliacWindow? Window { get; private set; }

    /// <summary>One bipolar stroke through <paramref name="path"/> (points on the exposed bone, in order).</summary>
    public EventVerdict? Coagulate(IReadOnlyList<Vector3> path) => Perform(StepActions.Haemostasis, new() { ["path"] = Flat(path, nameof(path)) });

    /// <summary>The window outlined from corner <paramref name="start"/> to the opposite corner <paramref name="end"/> on the outer table, and cut.</summary>
    public EventVerdict? CutWindow(Vector3 start, Vector3 end) =>
        Perform(StepActions.Osteotomy, new() { ["start"] = Vec(start), ["end"] = Vec(end) });

    /// <summary>One curette stroke through <paramref name="path"/> (points on the window's floor, in order).</summary>
    public EventVerdict? Curette(IReadOnlyList<Vector3> path) => Perform(StepActions.Curettage, new() { ["path"] = Flat(path, nameof(path)) });

    /// <summary>The impactor at <paramref name="at"/>: graft chips or the block, as <see cref="ImpactorCarriesGraft"/> says.</summary>
    public EventVerdict? Impact(Vector3 at) => ImpactorCarriesGraft ? PackGraft(at) : SetBlock(at);

    /// <summary>Graft packed at <paramref name="at"/> (a point in the window).</summary>
    public EventVerdict? PackGraft(Vector3 at) => Perform(StepActions.Graft, new() { ["at"] = Vec(at) });

    /// <summary>The block set back at <paramref name="at"/> and tapped <see cref="CountersinkMm"/> below the outer table.</summary>
    public EventVerdict? SetBlock(Vector3 at) => Perform(StepActions.Block, new()
    {
        ["at"] = Vec(at),
        ["countersink_mm"] = Measurement.Of(Math.Round(CountersinkMm, 1)),
    });

    /// <summary>The window as the scene draws it (cut through the ilium to the joint).</summary>
    internal Rendering.Scene.WindowShape VisualsShape(IliacWindow window) => _visualsBuilder.Open.Shape(window);

    /// <summary>Keeps the table's own state in step with a performed event: the cut window, the impactor's load.</summary>
    private void Track(AttemptEvent e)
    {
        var action = Session.Scenario.FindStep(e.Do)?.Action ?? Session.Scenario.FindDistractor(e.Do)?.Action;
        if (action == StepActions.Osteotomy && WindowPlan is { } plan && Point(e, "start") is { } a && Point(e, "end") is { } b)
        {
            Window = IliacWindow.Outlined(plan, a, b);
        }

        if (action is StepActions.Graft or StepActions.Block)
        {
            ImpactorGraftChoice = null;
        }
    }

    private static Measurement Flat(IReadOnlyList<Vector3> path, string name)
    {
        if (path.Count == 0)
        {
            throw new ArgumentException("a stroke needs at least one point", name);
        }

        var flat = new double[path.Count * 3];
        for (var i = 0; i < path.Count; i++)
        {
            flat[3 * i] = Math.Round(path[i].X, 2);
            flat[3 * i + 1] = Math.Round(path[i].Y, 2);
            flat[3 * i + 2] = Math.Round(path[i].Z, 2);
        }

        return Measurement.Of(flat);
    }

    private static Vector3? Point(AttemptEvent e, string name) =>
        e.With.TryGetValue(name, out var m) && m.Vector is { Count: 3 } v ? new Vector3((float)v[0], (float)v[1], (float)v[2]) : null;
}
