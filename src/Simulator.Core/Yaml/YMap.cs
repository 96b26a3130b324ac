namespace Simulator.Core.Yaml;

/// <summary>A mapping with its entries in file order (duplicates are kept so they can be reported).</summary>
public sealed class YMap : YNode
{
    public YMap(int line, int column) : base(line, column) { }

    public List<KeyValuePair<YScalar, YNode>> Entries { get; } = new();

    public override string Kind => "a mapping";

    /// <summary>The value of the first entry named <paramref name="key"/>, or null.</summary>
    public YNode? Get(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>The key node of the first entry named <paramref name="key"/>, or null.</summary>
    public YScalar? KeyNode(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Key;
            }
        }

        return null;
    }
}
