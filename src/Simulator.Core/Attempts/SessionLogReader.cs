using System.Text;
using System.Text.Json;
using Simulator.Core.Diagnostics;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Attempts;

/// <summary>Reads a session log back as an <see cref="Attempt"/>; a torn last line (crash mid-write) is skipped with a warning.</summary>
/// <remarks>
/// Only the last line can be torn, and only if it has no line end: the writer ends every line with
/// <c>\n</c> before it flushes, so a complete line that does not parse is damage, not a crash, and is
/// an error. Each line gets its own diagnostics, so one bad line is reported once.
/// </remarks>
public static class SessionLogReader
{
    /// <summary>Reads and checks the header only, to find which scenario the log belongs to.</summary>
    /// <exception cref="InputException">The file is missing or empty, or its header is not a readable session log header.</exception>
    public static SessionLogHeader ReadHeader(string path)
    {
        var first = ReadLines(path).FirstOrDefault();
        if (first.Text is null)
        {
            throw new InputException(new Diagnostic(path, 0, 0, Severity.Error, "the session log is empty"));
        }

        return ParseHeader(path, first.Text);
    }

    public static LoadResult<Attempt> Load(string path, Scenario scenario)
    {
        var lines = ReadLines(path).ToList();
        var diagnostics = new List<Diagnostic>();
        if (lines.Count == 0)
        {
            return new LoadResult<Attempt>(null, new[] { new Diagnostic(path, 0, 0, Severity.Error, "the session log is empty") });
        }

        SessionLogHeader header;
        try
        {
            header = ParseHeader(path, lines[0].Text);
        }
        catch (InputException ex)
        {
            return new LoadResult<Attempt>(null, ex.Diagnostics);
        }

        if (header.Scenario != scenario.Id)
        {
            diagnostics.Add(new Diagnostic(path, 1, 1, Severity.Error,
                $"log is for scenario '{header.Scenario}' but the scenario given is '{scenario.Id}'"));
        }

        var events = new List<AttemptEvent>();
        var notes = new List<SessionNote>();
        for (var i = 1; i < lines.Count; i++)
        {
            var (number, text, terminated) = lines[i];
            try
            {
                using var doc = JsonDocument.Parse(text);
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException($"a line must be a JSON object, not {Kind(root)}");
                }

                if (root.TryGetProperty("note", out var note))
                {
                    notes.Add(new SessionNote(Text(note, "note"), Seconds(root), root.TryGetProperty("message", out var m) ? OptionalText(m, "message") : ""));
                    continue;
                }

                var ev = ParseEvent(root, number);
                var bag = new DiagnosticBag(path);
                if (AttemptLoader.IsKnownAction(scenario, ev.Do, null, bag))
                {
                    events.Add(ev);
                }
                else
                {
                    diagnostics.AddRange(bag.Items.Select(d => d with { Line = number, Column = 1 }));
                }
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
            {
                var torn = i == lines.Count - 1 && !terminated;
                diagnostics.Add(torn
                    ? new Diagnostic(path, number, 1, Severity.Warning, "last line is incomplete (the session ended while writing it); it is ignored")
                    : new Diagnostic(path, number, 1, Severity.Error, $"not a valid event line: {Reason(ex)}"));
            }
        }

        var ok = !diagnostics.Any(d => d.IsError);
        return new LoadResult<Attempt>(ok ? new Attempt
        {
            ScenarioId = header.Scenario,
            Trainee = header.Trainee,
            Mode = header.Mode,
            Events = events,
            SourcePath = path,
            Notes = notes,
        } : null, diagnostics);
    }

    private static AttemptEvent ParseEvent(JsonElement e, int line)
    {
        var with = new Dictionary<string, Measurement>();
        if (e.TryGetProperty("with", out var w) && w.ValueKind != JsonValueKind.Null)
        {
            if (w.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"\"with\" must be an object of measurements, not {Kind(w)}");
            }

            foreach (var p in w.EnumerateObject())
            {
                var what = $"measurement \"{p.Name}\"";
                with[p.Name] = p.Value.ValueKind == JsonValueKind.Array
                    ? Measurement.Of(p.Value.EnumerateArray().Select(v => Measured(v, what)).ToList())
                    : Measurement.Of(Measured(p.Value, what));
            }
        }

        var redo = false;
        if (e.TryGetProperty("redo", out var r) && r.ValueKind != JsonValueKind.False)
        {
            redo = r.ValueKind == JsonValueKind.True ? true : throw new FormatException($"\"redo\" must be true or false, not {Kind(r)}");
        }

        if (!e.TryGetProperty("do", out var d))
        {
            throw new FormatException("the line has neither \"do\" (an event) nor \"note\"");
        }

        return new AttemptEvent(Text(d, "do"), Seconds(e), with, line, 1) { Redo = redo };
    }

    private static double Seconds(JsonElement line)
    {
        var at = line.TryGetProperty("at", out var value) ? Number(value, "\"at\"") : throw new FormatException("the line has no \"at\" (seconds from the start)");
        return at is >= 0 and <= AttemptEvent.MaxAtSeconds
            ? at
            : throw new FormatException($"\"at\" must be between 0 and {AttemptEvent.MaxAtSeconds:0} seconds, not {Kind(value)}");
    }

    private static double Measured(JsonElement value, string what)
    {
        var number = Number(value, what);
        return Measurement.InRange(number)
            ? number
            : throw new FormatException($"{what} must be between -{Measurement.MaxMagnitude:0} and {Measurement.MaxMagnitude:0}, not {Kind(value)}");
    }

    private static double Number(JsonElement value, string what) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetDouble(out var number) && double.IsFinite(number) => number,
        JsonValueKind.Number => throw new FormatException($"{what} is out of range ({Kind(value)})"),
        _ => throw new FormatException($"{what} must be a number, not {Kind(value)}"),
    };

    /// <summary>A non-empty JSON string.</summary>
    private static string Text(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new FormatException($"\"{name}\" must be non-empty text, not {Kind(value)}");

    /// <summary>A JSON string, or "" for null.</summary>
    private static string OptionalText(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "",
        _ => throw new FormatException($"\"{name}\" must be text, not {Kind(value)}"),
    };

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => value.GetString() is { Length: > 0 } s ? $"\"{(s.Length > 40 ? s[..40] + "…" : s)}\"" : "empty text",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };

    /// <summary>
    /// System.Text.Json's message without its own line and byte counts (the line is ours to print), plus the byte; an
    /// <see cref="InvalidOperationException"/> is text that is not Unicode (a lone UTF-16 surrogate escape, say).
    /// </summary>
    private static string Reason(Exception ex)
    {
        if (ex is not JsonException json)
        {
            return ex.Message;
        }

        var message = json.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = (cut >= 0 ? message[..cut] : message).Trim().TrimEnd('.');
        return json.BytePositionInLine is { } at ? $"invalid JSON at byte {at + 1}: {reason}" : $"invalid JSON: {reason}";
    }

    private static SessionLogHeader ParseHeader(string path, string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            var h = doc.RootElement;
            if (h.ValueKind != JsonValueKind.Object || !h.TryGetProperty("log", out var magic) || magic.ValueKind != JsonValueKind.String
                || magic.GetString() != SessionLogFormat.Magic)
            {
                throw HeaderError(path, "not a simulator session log (first line has no \"log\": \"simulator-session\")");
            }

            CheckVersion(path, h);
            var scenario = h.TryGetProperty("scenario", out var id) ? Text(id, "scenario") : throw new FormatException("the header has no \"scenario\"");
            var mode = h.TryGetProperty("mode", out var m) && OptionalText(m, "mode") == "guided" ? Mode.Guided : Mode.Assessment;
            return new SessionLogHeader(scenario,
                h.TryGetProperty("trainee", out var t) ? OptionalText(t, "trainee") : "", mode,
                h.TryGetProperty("started", out var s) && DateTimeOffset.TryParse(OptionalText(s, "started"), out var started) ? started : default,
                h.TryGetProperty("scenario_file", out var f) ? OptionalText(f, "scenario_file") : "");
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            throw HeaderError(path, $"not a simulator session log: {Reason(ex)}");
        }
    }

    /// <summary>Rejects a header without a version, or with one this reader does not know.</summary>
    /// <remarks>A newer format may change what a line means, so guessing would re-score it wrongly; saying so is safer.</remarks>
    private static void CheckVersion(string path, JsonElement header)
    {
        if (!header.TryGetProperty("version", out var v))
        {
            throw HeaderError(path, $"the session log header has no \"version\" (this simulator reads versions {SessionLogFormat.OldestVersion}–{SessionLogFormat.Version})");
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var version))
        {
            throw HeaderError(path, $"the session log \"version\" must be a whole number, not {v.GetRawText()}");
        }

        if (version > SessionLogFormat.Version)
        {
            throw HeaderError(path, $"session log version {version} is newer than this simulator reads ({SessionLogFormat.Version}); update the simulator to replay it");
        }

        if (version < SessionLogFormat.OldestVersion)
        {
            throw HeaderError(path, $"unknown session log version {version}; this simulator reads versions {SessionLogFormat.OldestVersion}–{SessionLogFormat.Version}");
        }
    }

    private static InputException HeaderError(string path, string message) =>
        new(new Diagnostic(path, 1, 1, Severity.Error, message));

    /// <summary>The non-blank lines with their 1-based numbers and whether each ended with a line break.</summary>
    private static IEnumerable<(int Number, string Text, bool Terminated)> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(new Diagnostic(path, 0, 0, Severity.Error, "file not found"));
        }

        var text = File.ReadAllText(path, Encoding.UTF8);
        var parts = text.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            var line = parts[i].TrimEnd('\r');
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return (i + 1, line, i < parts.Length - 1);
            }
        }
    }
}
