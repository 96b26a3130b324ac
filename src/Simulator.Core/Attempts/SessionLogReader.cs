using System.Text.Json;
using Simulator.Core.Diagnostics;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Attempts;

/// <summary>Reads a session log back as an <see cref="Attempt"/>; a torn last line (crash mid-write) is skipped with a warning.</summary>
public static class SessionLogReader
{
    /// <summary>Reads the header only, to find which scenario the log belongs to.</summary>
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
            header = ParseHeader(path, lines[0].Text!);
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
        var bag = new DiagnosticBag(path);
        for (var i = 1; i < lines.Count; i++)
        {
            var (number, text) = lines[i];
            try
            {
                using var doc = JsonDocument.Parse(text!);
                var ev = ParseEvent(doc.RootElement, number);
                if (AttemptLoader.IsKnownAction(scenario, ev.Do, null, bag))
                {
                    events.Add(ev);
                }
                else
                {
                    diagnostics.AddRange(bag.Items.Select(d => d with { Line = number, Column = 1 }));
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                var last = i == lines.Count - 1;
                diagnostics.Add(new Diagnostic(path, number, 1, last ? Severity.Warning : Severity.Error,
                    last ? "last line is incomplete (the session ended while writing it); it is ignored" : $"not a valid event line: {ex.Message}"));
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
        } : null, diagnostics);
    }

    private static AttemptEvent ParseEvent(JsonElement e, int line)
    {
        var with = new Dictionary<string, Measurement>();
        if (e.TryGetProperty("with", out var w) && w.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in w.EnumerateObject())
            {
                with[p.Name] = p.Value.ValueKind == JsonValueKind.Array
                    ? Measurement.Of(p.Value.EnumerateArray().Select(v => v.GetDouble()).ToList())
                    : Measurement.Of(p.Value.GetDouble());
            }
        }

        return new AttemptEvent(e.GetProperty("do").GetString()!, e.GetProperty("at").GetDouble(), with, line, 1);
    }

    private static SessionLogHeader ParseHeader(string path, string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            var h = doc.RootElement;
            if (!h.TryGetProperty("log", out var magic) || magic.GetString() != SessionLogFormat.Magic)
            {
                throw new InputException(new Diagnostic(path, 1, 1, Severity.Error, "not a simulator session log (first line has no \"log\": \"simulator-session\")"));
            }

            var mode = h.GetProperty("mode").GetString() == "guided" ? Mode.Guided : Mode.Assessment;
            return new SessionLogHeader(h.GetProperty("scenario").GetString()!,
                h.TryGetProperty("trainee", out var t) ? t.GetString() ?? "" : "", mode,
                h.TryGetProperty("started", out var s) && DateTimeOffset.TryParse(s.GetString(), out var started) ? started : default,
                h.TryGetProperty("scenario_file", out var f) ? f.GetString() ?? "" : "");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new InputException(new Diagnostic(path, 1, 1, Severity.Error, $"not a simulator session log: {ex.Message}"));
        }
    }

    private static IEnumerable<(int Number, string? Text)> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(new Diagnostic(path, 0, 0, Severity.Error, "file not found"));
        }

        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return (number, line);
            }
        }
    }
}
