using System.Text;

namespace Simulator.Tests.Robustness;

/// <summary>The syntax a mutated file is written in: YAML (scenarios, attempts) or JSON Lines (session logs).</summary>
public enum DocFormat
{
    Yaml,
    JsonLines,
}

/// <summary>
/// Breaks a real file the ways files get broken — by editors, truncated copies, bad encodings, careless or hostile
/// authors — reproducibly from a seed: lines deleted, duplicated and swapped, a truncation at a random byte, random
/// characters, tabs, byte-order marks and invalid UTF-8, indentation changes, scalars replaced by other types (numbers,
/// text, lists, mappings, huge numbers, NaN), empty documents, deep nesting and anchors/aliases up to an alias bomb.
/// </summary>
public static class Mutator
{
    public enum Kind
    {
        DeleteLine,
        DuplicateLine,
        SwapLines,
        Truncate,
        InsertChars,
        InsertTab,
        InsertBom,
        InvalidUtf8,
        Indent,
        Dedent,
        ReplaceValue,
        ReplaceValueAgain,
        ReplaceNumber,
        DeleteValue,
        EmptyDocument,
        DeepNesting,
        AliasBomb,
        AnchorAlias,
        SecondDocument,
        LongLine,
    }

    private static readonly Kind[] Kinds = Enum.GetValues<Kind>();

    /// <summary>Applies 1–<paramref name="maxEdits"/> random edits; returns the bytes and what was done (for the failure message).</summary>
    public static (byte[] Bytes, string Description) Mutate(byte[] original, DocFormat format, Random rng, int maxEdits = 3)
    {
        var lines = SplitLines(original);
        var done = new List<string>();
        var edits = 1 + rng.Next(maxEdits);
        for (var i = 0; i < edits; i++)
        {
            var kind = Kinds[rng.Next(Kinds.Length)];
            done.Add(Apply(kind, lines, format, rng));
        }

        return (JoinLines(lines), string.Join("; ", done));
    }

    private static string Apply(Kind kind, List<byte[]> lines, DocFormat format, Random rng)
    {
        var n = Math.Max(1, lines.Count);
        var at = rng.Next(n);
        EnsureLine(lines);
        switch (kind)
        {
            case Kind.DeleteLine:
                lines.RemoveAt(at);
                return $"deleted line {at + 1}";
            case Kind.DuplicateLine:
                lines.Insert(rng.Next(lines.Count + 1), lines[at]);
                return $"duplicated line {at + 1}";
            case Kind.SwapLines:
            {
                var other = rng.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                return $"swapped lines {at + 1} and {other + 1}";
            }

            case Kind.Truncate:
            {
                var bytes = JoinLines(lines);
                var cut = rng.Next(bytes.Length + 1);
                Replace(lines, bytes[..cut]);
                return $"truncated at byte {cut}";
            }

            case Kind.InsertChars:
            {
                var text = RandomChars(rng);
                lines[at] = Splice(lines[at], rng.Next(lines[at].Length + 1), Encoding.UTF8.GetBytes(text));
                return $"inserted {Show(text)} in line {at + 1}";
            }

            case Kind.InsertTab:
                lines[at] = Splice(lines[at], rng.Next(2) == 0 ? 0 : rng.Next(lines[at].Length + 1), "\t"u8.ToArray());
                return $"inserted a tab in line {at + 1}";
            case Kind.InsertBom:
            {
                var line = rng.Next(3) == 0 ? at : 0;
                lines[line] = Splice(lines[line], line == 0 ? 0 : rng.Next(lines[line].Length + 1), [0xEF, 0xBB, 0xBF]);
                return $"inserted a BOM in line {line + 1}";
            }

            case Kind.InvalidUtf8:
            {
                byte[][] bad = [[0xFF], [0xC3], [0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF], [0xFE, 0xFF]];
                var pick = bad[rng.Next(bad.Length)];
                lines[at] = Splice(lines[at], rng.Next(lines[at].Length + 1), pick);
                return $"inserted invalid UTF-8 {Convert.ToHexString(pick)} in line {at + 1}";
            }

            case Kind.Indent:
            {
                var spaces = 1 + rng.Next(4);
                lines[at] = Splice(lines[at], 0, Encoding.ASCII.GetBytes(new string(' ', spaces)));
                return $"indented line {at + 1} by {spaces}";
            }

            case Kind.Dedent:
            {
                var drop = Math.Min(lines[at].TakeWhile(b => b == ' ').Count(), 1 + rng.Next(4));
                lines[at] = lines[at][drop..];
                return $"dedented line {at + 1} by {drop}";
            }

            case Kind.ReplaceValue:
            case Kind.ReplaceValueAgain:
            case Kind.DeleteValue:
            {
                var value = kind == Kind.DeleteValue ? "" : ValueMutations.RandomValue(format, rng);
                var (line, description) = ValueMutations.ReplaceValue(lines, format, value, rng);
                return line < 0 ? "no value to replace" : $"line {line + 1}: {description}";
            }

            case Kind.ReplaceNumber:
            {
                string[] numbers = ["0", "-1", "2147483647", "2147483648", "2000000000", "1e308", "-1e308", "1e400", "1e-320", "-0.0", "101", "1000"];
                var (line, description) = ValueMutations.ReplaceNumber(lines, numbers[rng.Next(numbers.Length)], rng);
                return line < 0 ? "no number to replace" : $"line {line + 1}: {description}";
            }

            case Kind.EmptyDocument:
            {
                string[] empties = ["", "\n", "---\n", "...\n", "# only a comment\n", "~\n", "null\n", "\uFEFF", "   \n\t\n", "{}\n", "[]\n", "\"\"\n"];
                var pick = empties[rng.Next(empties.Length)];
                Replace(lines, Encoding.UTF8.GetBytes(pick));
                return $"replaced the document by {Show(pick)}";
            }

            case Kind.DeepNesting:
            {
                var depth = new[] { 20, 39, 41, 64, 65, 500, 20_000 }[rng.Next(7)];
                var (line, description) = ValueMutations.ReplaceValue(lines, format, ValueMutations.Nested(format, depth, rng), rng);
                return line < 0 ? "no value to nest" : $"line {line + 1}: nested {depth} deep ({description[..Math.Min(60, description.Length)]}…)";
            }

            case Kind.AliasBomb:
                if (format == DocFormat.JsonLines)
                {
                    lines.Insert(at, Encoding.UTF8.GetBytes(ValueMutations.JsonBomb(rng)));
                    return $"inserted a wide JSON line at {at + 1}";
                }

                lines.InsertRange(0, ValueMutations.YamlBomb(rng).Select(Encoding.UTF8.GetBytes));
                return "prepended a billion-laughs alias bomb";
            case Kind.AnchorAlias:
                return ValueMutations.AnchorAlias(lines, format, rng);
            case Kind.SecondDocument:
            {
                var marker = format == DocFormat.Yaml ? (rng.Next(2) == 0 ? "---" : "...") : "}{";
                lines.Insert(at, Encoding.UTF8.GetBytes(marker));
                return $"inserted {marker} at line {at + 1}";
            }

            case Kind.LongLine:
            {
                var length = new[] { 5_000, 70_000, 400_000 }[rng.Next(3)];
                var filler = new string((char)('a' + rng.Next(26)), length);
                var value = format == DocFormat.Yaml ? filler : $"\"{filler}\"";
                var (line, _) = ValueMutations.ReplaceValue(lines, format, value, rng);
                return line < 0 ? "no value to lengthen" : $"line {line + 1}: a {length}-character value";
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static string RandomChars(Random rng)
    {
        string[] pool = [":", "-", " ", "[", "]", "{", "}", "\"", "'", "&", "*", "!", "%", "@", "`", "|", ">", "#", ",", "?", "\\", "\0", "\u0007",
            "\r", "\u00A0", "\u2028", "\u202E", "😀", "é", "\u0301", "\uFFFD", "\uFEFF", "0", "9", "e", "x", "\t", "\n", "---", ": -", "- "];
        var count = 1 + rng.Next(4);
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(rng.Next(4) == 0 ? ((char)rng.Next(0x20, 0x7F)).ToString() : pool[rng.Next(pool.Length)]);
        }

        return sb.ToString();
    }

    private static string Show(string text) =>
        "\"" + string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";

    private static void EnsureLine(List<byte[]> lines)
    {
        if (lines.Count == 0)
        {
            lines.Add([]);
        }
    }

    private static byte[] Splice(byte[] line, int at, byte[] insert) => [.. line[..at], .. insert, .. line[at..]];

    private static void Replace(List<byte[]> lines, byte[] bytes)
    {
        lines.Clear();
        lines.AddRange(SplitLines(bytes));
    }

    /// <summary>Lines without their '\n'; a final line without one is kept as a last element (empty if the text ends with '\n').</summary>
    public static List<byte[]> SplitLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }

        lines.Add(bytes[start..]);
        return lines;
    }

    public static byte[] JoinLines(List<byte[]> lines)
    {
        var output = new List<byte>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                output.Add((byte)'\n');
            }

            output.AddRange(lines[i]);
        }

        return output.ToArray();
    }
}
