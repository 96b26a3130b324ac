namespace Simulator.Core.Scenarios;

/// <summary>An entry of a scenario's step list: a <see cref="Step"/> or a <see cref="StepGroup"/>.</summary>
public abstract class StepNode
{
    protected StepNode(string id, int repeat, int line, int column)
    {
        Id = id;
        Repeat = repeat;
        Line = line;
        Column = column;
    }

    /// <summary>Unique id (<c>[a-z0-9-]+</c>); steps, groups and distractors share one namespace.</summary>
    public string Id { get; }

    /// <summary>How many times in a row this entry is performed (default 1).</summary>
    public int Repeat { get; }

    public int Line { get; }

    public int Column { get; }
}
