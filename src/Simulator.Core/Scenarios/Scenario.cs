namespace Simulator.Core.Scenarios;

/// <summary>A validated training scenario: steps (and groups) in reference order, plus distractors.</summary>
public sealed class Scenario
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string Procedure { get; init; } = "";
    public string Version { get; init; } = "";
    public string Description { get; init; } = "";

    /// <summary>Pass mark on the 0–100 total (default 70).</summary>
    public double PassMark { get; init; } = 70;

    public Weights Weights { get; init; } = Weights.Default;

    /// <summary>When a trainee is proficient (<c>proficiency:</c>; default three clean assessment passes in a row at the pass mark).</summary>
    public ProficiencyCriterion Proficiency { get; init; } = ProficiencyCriterion.Default;

    /// <summary>C-arm shots allowed before each further shot costs economy points (null: no limit).</summary>
    public int? MaxShots { get; init; }

    /// <summary>Where the <c>max_shots</c> key is written (line, column; 0, 0 when absent or built in code).</summary>
    public (int Line, int Column) MaxShotsAt { get; init; }

    /// <summary>Top-level entries in listed order.</summary>
    public required IReadOnlyList<StepNode> Entries { get; init; }

    public IReadOnlyList<Distractor> Distractors { get; init; } = Array.Empty<Distractor>();

    /// <summary>The instruments and the implant the scenario declares (<c>instruments:</c>); empty: the trainer's defaults.</summary>
    public IReadOnlyList<Instrument> Instruments { get; init; } = Array.Empty<Instrument>();

    /// <summary>The planned pin paths the scenario declares (<c>plan:</c>); empty: the anatomy's own plan.</summary>
    public IReadOnlyList<PlannedPath> Plan { get; init; } = Array.Empty<PlannedPath>();

    /// <summary>The declared implant (kind triangular-implant or screw), or null.</summary>
    public Instrument? Implant => Instruments.FirstOrDefault(i => i.IsImplant);

    /// <summary>SHA-256 (hex) of the file it was loaded from, or "" (loaded from text).</summary>
    public string ContentHash { get; internal set; } = "";

    /// <summary>The file the scenario was loaded from (for messages), or "".</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>Every step, groups flattened, in listed order.</summary>
    public IReadOnlyList<Step> Steps => _steps ??= Entries
        .SelectMany(e => e is StepGroup g ? g.Steps : new[] { (Step)e }).ToList();

    private IReadOnlyList<Step>? _steps;
    private Dictionary<string, Step>? _stepById;
    private Dictionary<string, Distractor>? _distractorById;
    private Dictionary<string, StepGroup>? _groupById;

    public Step? FindStep(string id) =>
        (_stepById ??= Steps.ToDictionary(s => s.Id)).GetValueOrDefault(id);

    public Distractor? FindDistractor(string id) =>
        (_distractorById ??= Distractors.ToDictionary(d => d.Id)).GetValueOrDefault(id);

    public StepGroup? FindGroup(string id) => (_groupById ??= GroupsById()).GetValueOrDefault(id);

    /// <summary>The groups by id, the first of any repeated id.</summary>
    private Dictionary<string, StepGroup> GroupsById()
    {
        var groups = new Dictionary<string, StepGroup>();
        foreach (var group in Entries.OfType<StepGroup>())
        {
            groups.TryAdd(group.Id, group);
        }

        return groups;
    }

    /// <summary>Reference sequence with every repeat and group expanded, optional steps included.</summary>
    public IReadOnlyList<Step> ExpandedReference()
    {
        var list = new List<Step>();
        foreach (var entry in Entries)
        {
            for (var r = 0; r < entry.Repeat; r++)
            {
                var steps = entry is StepGroup g ? g.Steps : new[] { (Step)entry };
                foreach (var step in steps)
                {
                    var times = entry is StepGroup ? step.Repeat : 1;
                    for (var i = 0; i < times; i++)
                    {
                        list.Add(step);
                    }
                }
            }
        }

        return list;
    }
}
