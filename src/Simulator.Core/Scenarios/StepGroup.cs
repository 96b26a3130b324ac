namespace Simulator.Core.Scenarios;

/// <summary>Steps performed in order, the whole group <see cref="StepNode.Repeat"/> times over.</summary>
/// <remarks>Used for the pin → drill → broach → implant cycle that is done once per implant.</remarks>
public sealed class StepGroup : StepNode
{
    public StepGroup(string id, int repeat, int line, int column, IReadOnlyList<Step> steps)
        : base(id, repeat, line, column)
    {
        Steps = steps;
        foreach (var step in steps)
        {
            step.Group = this;
        }
    }

    public string Name { get; init; } = "";

    /// <summary>Soft predecessors of the group's first step; null means "the entry listed before".</summary>
    public IReadOnlyList<string>? After { get; init; }

    public IReadOnlyList<Step> Steps { get; }
}
