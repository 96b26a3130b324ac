using System.Text;

namespace Simulator.Tests.Robustness;

/// <summary>Finds the values in YAML and JSON lines and swaps them for values of another type, deep nests, bombs and aliases.</summary>
public static class ValueMutations
{
    private static readonly string[] YamlValues =
    [
        "0", "-1", "1.5", "1e308", "-1e308", "1e400", "99999999999999999999", "2147483647", "2147483648", "-2147483649", "2000000000",
        ".nan", ".NaN", "NaN", ".inf", "-.inf", "text", "\"quoted\"", "'single'", "\"\"", "''", "~", "null", "true", "no", "yes",
        "[]", "{}", "[1, 2, 3]", "[a, [b, {c: d}]]", "{a: 1, b: [2]}", "{do: x, at: 1}", "|\n  a block\n  of text", ">-\n  folded",
        "!!binary AAAA", "!custom x", "!!int x", "!!str 12", "&a x", "*a", "*undefined", "\"a\\nb\\tc\\u0000d\"",
        "\"\\e[31mred\\x07\"", "\"\\u2028line\\r\\nbreak\"", "- item", "{unclosed", "[unclosed", "\"unclosed", "'unclosed", "0x1F", "0o17",
        "1_000", "+12", "1:30", "2024-01-01", "\u202Eevil", "😀", "a: b", "? complex", "%TAG", "@reserved", "`tick", "key: [a, b]: c",
        "1e-400", "-0", "0.1e-5", "00012", "  ", "#comment",
    ];

    private static readonly string[] JsonValues =
    [
        "0", "-1", "1.5", "1e308", "-1e308", "1e400", "-1e400", "99999999999999999999999", "2147483648", "NaN", "Infinity", "-Infinity",
        "\"text\"", "\"\"", "null", "true", "false", "[]", "{}", "[1,2,3]", "[\"a\",[1]]", "{\"a\":1}", "{\"do\":\"x\",\"at\":1}",
        "\"\\u0000\\n\\r\"", "\"\\ud800\"", "\"\\u001b[31m\"", "\"unterminated", "{", "}", "[", "\"😀\"", "1.0e+", "-", "01", "\"\\x\"",
        "[1,2,]", "{\"a\":1,}", "tru", "'single'", "\"a\"\"b\"",
    ];

    public static string RandomValue(DocFormat format, Random rng) =>
        format == DocFormat.Yaml ? YamlValues[rng.Next(YamlValues.Length)] : JsonValues[rng.Next(JsonValues.Length)];

    /// <summary>A flow sequence or mapping nested <paramref name="depth"/> levels deep.</summary>
    public static string Nested(DocFormat format, int depth, Random rng)
    {
        var map = rng.Next(2) == 0;
        var open = map ? (format == DocFormat.Yaml ? "{a: " : "{\"a\":") : "[";
        var close = map ? "}" : "]";
        var sb = new StringBuilder(depth * (open.Length + 1) + 1);
        for (var i = 0; i < depth; i++)
        {
            sb.Append(open);
        }

        sb.Append('1');
        for (var i = 0; i < depth; i++)
        {
            sb.Append(close);
        }

        return sb.ToString();
    }

    /// <summary>Top-level keys defining a billion-laughs bomb: each level ten aliases of the one before, <c>10^levels</c> when expanded.</summary>
    public static IEnumerable<string> YamlBomb(Random rng)
    {
        var levels = 6 + rng.Next(4);
        yield return "lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]";
        for (var i = 1; i <= levels; i++)
        {
            yield return $"lol{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]";
        }

        if (rng.Next(2) == 0)
        {
            yield return $"events: *l{levels}";
        }
    }

    /// <summary>One JSON line with a very wide array (JSON has no aliases; width is its bomb).</summary>
    public static string JsonBomb(Random rng) =>
        "{\"do\":\"x\",\"at\":1,\"with\":{\"v\":[" + string.Join(",", Enumerable.Repeat("1e300", 50_000 + rng.Next(50_000))) + "]}}";

    /// <summary>YAML: anchors one value and aliases it at another (maybe before it is defined); JSON: a duplicated key.</summary>
    public static string AnchorAlias(List<byte[]> lines, DocFormat format, Random rng)
    {
        var spots = Spots(lines, format);
        if (spots.Count == 0)
        {
            return "no value to alias";
        }

        var (line, start, end) = spots[rng.Next(spots.Count)];
        var text = Encoding.UTF8.GetString(lines[line]);
        if (format == DocFormat.JsonLines)
        {
            var key = text.LastIndexOf('"', Math.Max(0, start - 3));
            var keyStart = key < 0 ? -1 : text.LastIndexOf('"', Math.Max(0, key - 1));
            var pair = keyStart < 0 ? "\"do\":\"x\"" : text[keyStart..end];
            lines[line] = Encoding.UTF8.GetBytes(text[..end] + "," + pair + text[end..]);
            return $"line {line + 1}: duplicated {pair}";
        }

        lines[line] = Encoding.UTF8.GetBytes(text[..start] + "&m " + text[start..]);
        var (other, otherStart, otherEnd) = spots[rng.Next(spots.Count)];
        if (other == line)
        {
            return $"line {line + 1}: anchored a value";
        }

        var otherText = Encoding.UTF8.GetString(lines[other]);
        var alias = rng.Next(4) == 0 ? "{<<: *m}" : "*m";
        lines[other] = Encoding.UTF8.GetBytes(otherText[..otherStart] + alias + otherText[otherEnd..]);
        return $"anchored line {line + 1}, aliased it as {alias} in line {other + 1}";
    }

    /// <summary>Replaces one value (chosen at random) with <paramref name="value"/>; returns the line index (-1 if none) and what changed.</summary>
    public static (int Line, string Description) ReplaceValue(List<byte[]> lines, DocFormat format, string value, Random rng)
    {
        var spots = Spots(lines, format);
        if (spots.Count == 0)
        {
            return (-1, "");
        }

        var (line, start, end) = spots[rng.Next(spots.Count)];
        var text = Encoding.UTF8.GetString(lines[line]);
        var old = text[start..end];
        // A multi-line block scalar must be indented under its key.
        var indent = new string(' ', text.TakeWhile(c => c == ' ').Count() + 2);
        var replacement = value.Replace("\n", "\n" + indent, StringComparison.Ordinal);
        lines[line] = Encoding.UTF8.GetBytes(text[..start] + replacement + text[end..]);
        return (line, $"'{Clip(old)}' → '{Clip(value)}'");
    }

    /// <summary>Replaces one numeric value (chosen at random) with <paramref name="number"/>: repeats, limits, times, coordinates.</summary>
    public static (int Line, string Description) ReplaceNumber(List<byte[]> lines, string number, Random rng)
    {
        var spots = Spots(lines, DocFormat.Yaml).Concat(Spots(lines, DocFormat.JsonLines))
            .Where(s => double.TryParse(Encoding.UTF8.GetString(lines[s.Line])[s.Start..s.End].Trim(), System.Globalization.CultureInfo.InvariantCulture, out _))
            .ToList();
        if (spots.Count == 0)
        {
            return (-1, "");
        }

        var (line, start, end) = spots[rng.Next(spots.Count)];
        var text = Encoding.UTF8.GetString(lines[line]);
        lines[line] = Encoding.UTF8.GetBytes(text[..start] + number + text[end..]);
        return (line, $"'{Clip(text[start..end])}' → {number}");
    }

    private static string Clip(string s) => s.Length > 40 ? s[..40] + "…" : s;

    /// <summary>Every (line, start, end) of a value: after <c>": "</c> or <c>"- "</c> in YAML, after <c>":</c> in JSON.</summary>
    private static List<(int Line, int Start, int End)> Spots(List<byte[]> lines, DocFormat format)
    {
        var spots = new List<(int, int, int)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > 20_000)
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(lines[i]);
            if (format == DocFormat.JsonLines)
            {
                for (var at = text.IndexOf("\":", StringComparison.Ordinal); at >= 0; at = text.IndexOf("\":", at + 2, StringComparison.Ordinal))
                {
                    spots.Add((i, at + 2, JsonValueEnd(text, at + 2)));
                }

                continue;
            }

            if (text.TrimStart().StartsWith('#'))
            {
                continue;
            }

            for (var at = 0; at < text.Length; at++)
            {
                var afterColon = text[at] == ':' && (at + 1 == text.Length || text[at + 1] == ' ');
                var afterDash = text[at] == '-' && at + 1 < text.Length && text[at + 1] == ' ' && text[..at].Trim().Length == 0;
                if (afterColon || afterDash)
                {
                    var start = Math.Min(text.Length, at + 2);
                    spots.Add((i, start, YamlValueEnd(text, start)));
                }
            }
        }

        return spots;
    }

    /// <summary>Where a YAML value starting at <paramref name="start"/> ends: the next , ] or } at its own depth inside flow, else the line end.</summary>
    private static int YamlValueEnd(string text, int start)
    {
        var inFlow = text[..start].Count(c => c is '{' or '[') > text[..start].Count(c => c is '}' or ']');
        return inFlow ? ScanToDelimiter(text, start, quoteChars: "\"'") : text.Length;
    }

    private static int JsonValueEnd(string text, int start) => ScanToDelimiter(text, start, quoteChars: "\"");

    private static int ScanToDelimiter(string text, int start, string quoteChars)
    {
        var depth = 0;
        char? quote = null;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == '\\' && q == '"')
                {
                    i++;
                }
                else if (c == q)
                {
                    quote = null;
                }

                continue;
            }

            if (quoteChars.Contains(c))
            {
                quote = c;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']' or ',')
            {
                if (depth == 0)
                {
                    return i;
                }

                if (c != ',')
                {
                    depth--;
                }
            }
        }

        return text.Length;
    }
}
