namespace Simulator.Core.Yaml;

/// <summary>A YAML node with the 1-based position where it starts in its file.</summary>
/// <remarks>
/// The loaders work on this small tree instead of YamlDotNet's object deserializer so that every
/// error can point at the offending node, and so that hostile input is bounded while it is read.
/// </remarks>
public abstract class YNode
{
    protected YNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    /// <summary>What the node is, in the words an error message uses ("a mapping", "a list", "a value").</summary>
    public abstract string Kind { get; }
}
