namespace Simulator.Core.Scenarios;

/// <summary>One action of the procedure.</summary>
public sealed class Step : StepNode
{
    public Step(string id, int repeat, int line, int column) : base(id, repeat, line, column) { }

    public string Name { get; init; } = "";

    /// <summary>What to do (shown as the hint in guided mode).</summary>
    public string Instruction { get; init; } = "";

    /// <summary>Why it is done (shown in the debrief next to every deduction about this step).</summary>
    public string Rationale { get; init; } = "";

    public string Instrument { get; init; } = "";

    /// <summary>The 3D interaction that performs the step (one of <see cref="StepActions.All"/>; default check).</summary>
    public string Action { get; init; } = StepActions.Check;

    /// <summary>For imaging steps: the C-arm view (lateral, ap, inlet, outlet), else "".</summary>
    public string View { get; init; } = "";

    /// <summary>For incision and marking steps: where on the patient the act belongs (one of <see cref="StepActions.Sites"/>), else "".</summary>
    public string Site { get; init; } = "";

    /// <summary>Optional phase label for progress displays (e.g. "approach", "fixation", "closure").</summary>
    public string Phase { get; init; } = "";

    /// <summary>Explicit soft predecessors; null means "the entry listed before this one".</summary>
    public IReadOnlyList<string>? After { get; init; }

    /// <summary>Hard preconditions.</summary>
    public IReadOnlyList<string> Requires { get; init; } = Array.Empty<string>();

    public bool Optional { get; init; }

    public bool Critical { get; init; }

    public IReadOnlyList<Target> Targets { get; init; } = Array.Empty<Target>();

    /// <summary>Feedback text per error kind (see <see cref="FeedbackKinds"/>).</summary>
    public IReadOnlyDictionary<string, string> Feedback { get; init; } = new Dictionary<string, string>();

    /// <summary>The group this step belongs to, or null at top level.</summary>
    public StepGroup? Group { get; internal set; }

    /// <summary>Times this step is expected in a complete attempt: its repeat times its group's repeat.</summary>
    public int ExpectedCount => Repeat * (Group?.Repeat ?? 1);
}
