using Simulator.Core.Diagnostics;

namespace Simulator.Core.Yaml;

/// <summary>Typed, located access to <see cref="YNode"/> values; every problem becomes a diagnostic, never an exception.</summary>
public sealed class NodeReader
{
    private readonly DiagnosticBag _diagnostics;

    public NodeReader(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>Reports unknown and duplicate keys of <paramref name="map"/>; <paramref name="where"/> reads e.g. "in step 'drill'".</summary>
    public void CheckKeys(YMap map, IReadOnlyList<string> allowed, string where)
    {
        var seen = new Dictionary<string, YScalar>();
        foreach (var (key, _) in map.Entries)
        {
            if (seen.TryGetValue(key.Value, out var first))
            {
                _diagnostics.Error(key, $"duplicate key '{key.Value}' {where} (first at {first.Line}:{first.Column})");
                continue;
            }

            seen[key.Value] = key;
            if (!allowed.Contains(key.Value))
            {
                var suggestion = Suggest(key.Value, allowed);
                var hint = suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
                _diagnostics.Error(key, $"unknown key '{key.Value}' {where}{hint}");
            }
        }
    }

    public YMap? Map(YNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YMap map)
        {
            return map;
        }

        _diagnostics.Error(node, $"{what} must be a mapping, not {node.Kind}");
        return null;
    }

    public YSeq? Seq(YNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YSeq seq)
        {
            return seq;
        }

        _diagnostics.Error(node, $"{what} must be a list, not {Describe(node)}");
        return null;
    }

    public string? String(YNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YScalar s && !s.IsNull)
        {
            return s.Value;
        }

        _diagnostics.Error(node, $"{what} must be text, not {Describe(node)}");
        return null;
    }

    public double? Number(YNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YScalar s && s.TryGetDouble(out var value))
        {
            return value;
        }

        _diagnostics.Error(node, $"{what} must be a number, not {Describe(node)}");
        return null;
    }

    public int? Int(YNode? node, string what, int min, int max = int.MaxValue)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YScalar s && s.TryGetInt(out var value))
        {
            if (value >= min && value <= max)
            {
                return value;
            }

            _diagnostics.Error(node, value < min ? $"{what} must be at least {min} (got {value})" : $"{what} must be at most {max} (got {value})");
            return null;
        }

        _diagnostics.Error(node, $"{what} must be a whole number, not {Describe(node)}");
        return null;
    }

    public bool? Bool(YNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YScalar s && s.TryGetBool(out var value))
        {
            return value;
        }

        _diagnostics.Error(node, $"{what} must be true or false, not {Describe(node)}");
        return null;
    }

    /// <summary>A list of scalar ids; a single scalar is not accepted (it would hide a typo).</summary>
    public List<YScalar>? IdList(YNode? node, string what)
    {
        var seq = Seq(node, what);
        if (seq is null)
        {
            return null;
        }

        var list = new List<YScalar>();
        foreach (var item in seq.Items)
        {
            if (item is YScalar s && !s.IsNull)
            {
                list.Add(s);
            }
            else
            {
                _diagnostics.Error(item, $"{what} must list ids, not {Describe(item)}");
            }
        }

        return list;
    }

    public static string Describe(YNode node) => node switch
    {
        YScalar { IsNull: true } => "empty",
        YScalar s => $"'{Truncate(s.Value)}'",
        _ => node.Kind,
    };

    private static string Truncate(string value) => value.Length > 40 ? value[..40] + "…" : value;

    /// <summary>The closest allowed key by edit distance, if it is close enough to be a likely typo.</summary>
    public static string? Suggest(string key, IEnumerable<string> allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(1, key.Length / 3);
        foreach (var candidate in allowed)
        {
            // The distance is at least the difference in length: a long value (a pasted paragraph) is no typo of a short id,
            // and comparing it would take time quadratic in its length.
            if (Math.Abs(key.Length - candidate.Length) > limit)
            {
                continue;
            }

            var d = Scoring.EditDistance.Levenshtein(key.ToCharArray(), candidate.ToCharArray());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }

        return bestDistance <= limit ? best : null;
    }
}
