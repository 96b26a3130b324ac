using System.Text.Json;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Attempts;

/// <summary>Appends a session to a JSON Lines log: a header line, then one line per event, flushed to disk as it happens.</summary>
/// <remarks>
/// Every line is written, flushed and fsynced before <see cref="Append"/> returns, so a crash or a full
/// disk loses at most the event in flight and the log stays a valid attempt for <c>simulator replay</c>.
/// </remarks>
public sealed class SessionLogWriter : IDisposable
{
    private readonly FileStream _stream;
    private readonly StreamWriter _writer;
    private bool _disposed;

    private SessionLogWriter(string path, FileStream stream)
    {
        Path = path;
        _stream = stream;
        _writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
    }

    public string Path { get; }

    /// <summary>Messages stay readable in the file ("✗ entry_offset_mm 10.2 mm outside 0–5 mm"), not \u-escaped; the file is UTF-8 JSON Lines.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Creates the log at <paramref name="path"/> (which must not exist) with its header line on disk.</summary>
    /// <remarks>
    /// The header is written and synced under a temporary name (<c>path.tmp</c>) and the file is then renamed into place, still
    /// open, so a log that exists always has its header: a crash or <c>kill -9</c> at any moment leaves no log, or one that replays.
    /// </remarks>
    public static SessionLogWriter Create(string path, Scenario scenario, string trainee, Mode mode, DateTimeOffset started)
    {
        var temp = path + ".tmp";
        var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.Read | FileShare.Delete);
        var log = new SessionLogWriter(path, stream);
        try
        {
            log.WriteLine(new Dictionary<string, object?>
            {
                ["log"] = SessionLogFormat.Magic,
                ["version"] = SessionLogFormat.Version,
                ["scenario"] = scenario.Id,
                ["scenario_file"] = scenario.SourcePath,
                ["trainee"] = trainee,
                ["mode"] = mode == Mode.Guided ? "guided" : "assessment",
                ["started"] = started.ToString("O"),
            });
            File.Move(temp, path, overwrite: false);
        }
        catch
        {
            // Leave nothing behind (a full disk may refuse even the flush on closing); the caller sees the first error.
            try
            {
                log.Dispose();
            }
            catch (IOException)
            {
            }

            File.Delete(temp);
            throw;
        }

        return log;
    }

    /// <summary>Appends one event with the verdict it received, in the shared <c>{do, at, with}</c> vocabulary (<c>redo: true</c> for a redo).</summary>
    public void Append(AttemptEvent ev, string outcome, string message)
    {
        var with = ev.With.ToDictionary(kv => kv.Key, kv => kv.Value.Number is { } n ? (object)n : kv.Value.Vector!);
        var line = new Dictionary<string, object?>
        {
            ["do"] = ev.Do,
            ["at"] = Math.Round(ev.At, 3),
        };
        if (ev.Redo)
        {
            line["redo"] = true;
        }

        line["with"] = with;
        line["outcome"] = outcome;
        line["message"] = message;
        WriteLine(line);
    }

    /// <summary>Appends a note (a hint taken): <c>{"note": …, "at": …, "message": …}</c>, never scored and skipped by replay's scoring.</summary>
    public void AppendNote(SessionNote note)
    {
        WriteLine(new Dictionary<string, object?>
        {
            ["note"] = note.Note,
            ["at"] = Math.Round(note.At, 3),
            ["message"] = note.Message,
        });
    }

    private void WriteLine(Dictionary<string, object?> line)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            _writer.Write(JsonSerializer.Serialize(line, Json));
            _writer.Write('\n');
            _writer.Flush();
            _stream.Flush(flushToDisk: true);
        }
        catch (IOException ex)
        {
            // Everything before this line is already on disk; say which file could not grow.
            throw new IOException($"{Path}: cannot append to the session log ({ex.Message}); the events before this one are saved", ex);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writer.Dispose();
    }
}
