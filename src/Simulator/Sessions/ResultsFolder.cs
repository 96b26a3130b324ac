using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;

namespace Simulator.App.Sessions;

/// <summary>Names and creates the files of one session in the results folder.</summary>
/// <remarks>
/// All files of a session share a stem <c>yyyyMMdd-HHmmss-scenario[-trainee]</c> so they sort by time and
/// group together; the folder is created on demand and an existing stem is never overwritten.
/// </remarks>
public sealed class ResultsFolder
{
    public ResultsFolder(string directory, Scenario scenario, string trainee, DateTimeOffset started)
    {
        Directory.CreateDirectory(directory);
        var who = string.IsNullOrWhiteSpace(trainee) ? "" : "-" + Sanitize(trainee);
        var stem = $"{started:yyyyMMdd-HHmmss}-{scenario.Id}{who}";
        var candidate = stem;
        for (var n = 2; File.Exists(Path.Combine(directory, candidate + ".log.jsonl")); n++)
        {
            candidate = $"{stem}-{n}";
        }

        Stem = Path.Combine(directory, candidate);
    }

    public const string DefaultDirectory = "results";

    /// <summary>Directory plus file-name stem shared by the session's files.</summary>
    public string Stem { get; }

    public string LogPath => Stem + ".log.jsonl";

    public string ResultPath => Stem + ".result.json";

    public string DebriefPath => Stem + ".debrief.txt";

    public string ReportPath => Stem + ".report.html";

    public SessionLogWriter CreateLog(Scenario scenario, string trainee, Mode mode, DateTimeOffset started) =>
        SessionLogWriter.Create(LogPath, scenario, trainee, mode, started);

    /// <summary>Writes a whole file via a temporary name, so a full disk never leaves a half-written result.</summary>
    public static void WriteAtomically(string path, string text) => WriteAtomically(path, temp => File.WriteAllText(temp, text));

    /// <summary>Writes a whole binary file (a PNG) via a temporary name, like <see cref="WriteAtomically(string, string)"/>.</summary>
    public static void WriteAtomically(string path, byte[] bytes) => WriteAtomically(path, temp => File.WriteAllBytes(temp, bytes));

    /// <summary>
    /// Lets <paramref name="write"/> create the file under a temporary name beside <paramref name="path"/>, then
    /// renames it into place; on failure the temporary file is removed and the <see cref="IOException"/> names
    /// <paramref name="path"/> in one line.
    /// </summary>
    public static void WriteAtomically(string path, Action<string> write)
    {
        var temp = path + ".tmp";
        try
        {
            write(temp);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new IOException($"{path}: cannot write ({ex.Message})", ex);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the temporary file is harmless if it stays.
        }
    }

    private static string Sanitize(string name) =>
        new(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
}
