namespace Simulator.Core.Yaml;

/// <summary>A sequence (YAML list).</summary>
public sealed class YSeq : YNode
{
    public YSeq(int line, int column) : base(line, column) { }

    public List<YNode> Items { get; } = new();

    public override string Kind => "a list";
}
