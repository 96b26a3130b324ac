using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using Simulator.Rendering.Scene;

namespace Simulator.App.Preview;

/// <summary>One reference action of the storyboard: the step, which time of its repeats it is, the model attempt's event and its pictures.</summary>
/// <param name="Number">1-based position in the model attempt.</param>
/// <param name="Occurrence">Which time this step is performed (1-based).</param>
/// <param name="Times">How often the step is performed in the whole reference.</param>
/// <param name="CArmView">For an imaging step, the C-arm view its picture is shot from; else null.</param>
/// <param name="Round">Which time round its group this is (1-based), 0 for a step outside a group.</param>
public sealed record StoryFrame(int Number, Step Step, int Occurrence, int Times, AttemptEvent Event, CameraView? CArmView, int Round)
{
    /// <summary>The step's name (its id when it has none), with "#k" when the step is performed more than once.</summary>
    public string Title => (Step.Name.Length > 0 ? Step.Name : Step.Id) + (Times > 1 ? $" #{Occurrence}" : "");

    /// <summary>The anchor of the frame's section in the page.</summary>
    public string Anchor => $"a{Number}";

    /// <summary>The 3D view's file name, beside the page: <c>07-pin-docking-2.png</c>.</summary>
    public string ImageFile { get; init; } = "";

    /// <summary>The C-arm image's file name for an imaging step, else null.</summary>
    public string? FluoroFile => CArmView is null ? null : ImageFile[..^".png".Length] + "-carm.png";
}

/// <summary>The model attempt laid out action by action, for <c>simulator preview</c>.</summary>
public sealed record Storyboard(Scenario Scenario, IReadOnlyList<StoryFrame> Frames)
{
    /// <summary>The view an imaging step without one is shown from (the C-arm starts on the lateral preset).</summary>
    public const CameraView AnyViewShownAs = CameraView.Lateral;

    /// <summary>One frame per event of <paramref name="modelAttempt"/> (the reference, listed order, repeats expanded).</summary>
    public static Storyboard From(Scenario scenario, IReadOnlyList<AttemptEvent> modelAttempt)
    {
        var expanded = scenario.ExpandedReference();
        if (expanded.Count != modelAttempt.Count)
        {
            throw new ArgumentException($"the model attempt has {modelAttempt.Count} events for {expanded.Count} reference actions", nameof(modelAttempt));
        }

        var times = expanded.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.Count());
        var seen = new Dictionary<string, int>();
        var digits = expanded.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        var frames = new List<StoryFrame>();
        for (var i = 0; i < expanded.Count; i++)
        {
            var step = expanded[i];
            if (modelAttempt[i].Do != step.Id)
            {
                throw new ArgumentException($"event {i + 1} performs '{modelAttempt[i].Do}', the reference '{step.Id}'", nameof(modelAttempt));
            }

            var k = seen[step.Id] = seen.GetValueOrDefault(step.Id) + 1;
            var number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(Math.Max(2, digits), '0');
            frames.Add(new StoryFrame(i + 1, step, k, times[step.Id], modelAttempt[i], ViewOf(step), Round(step, k))
            {
                ImageFile = $"{number}-{step.Id}{(times[step.Id] > 1 ? $"-{k}" : "")}.png",
            });
        }

        return new Storyboard(scenario, frames);
    }

    /// <summary>How many pictures the storyboard has: a 3D view per frame and a C-arm image per imaging frame.</summary>
    public int ImageCount => Frames.Count + Frames.Count(f => f.CArmView is not null);

    /// <summary>A step's, group's or distractor's name for <c>requires</c> and <c>after</c> lists (the id when it has none).</summary>
    public string NameOf(string id)
    {
        var name = Scenario.FindStep(id)?.Name ?? Scenario.FindGroup(id)?.Name ?? Scenario.FindDistractor(id)?.Name;
        return string.IsNullOrEmpty(name) ? id : name;
    }

    private static CameraView? ViewOf(Step step)
    {
        if (step.Action != StepActions.Imaging)
        {
            return null;
        }

        return OrbitCamera.TryParseView(step.View, out var view) && view != CameraView.Surgeon ? view : AnyViewShownAs;
    }

    /// <summary>The round of the step's group the k-th performance of <paramref name="step"/> falls in.</summary>
    private static int Round(Step step, int k) => step.Group is null ? 0 : (k - 1) / Math.Max(1, step.Repeat) + 1;
}
