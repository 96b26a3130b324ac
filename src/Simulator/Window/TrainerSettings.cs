using System.Text.Json;
using System.Text.Json.Serialization;

namespace Simulator.App.Window;

/// <summary>What the trainer remembers between sessions: window size, text scale, last scenario, mode and trainee, recent files.</summary>
/// <remarks>
/// Stored as JSON in <c>$XDG_CONFIG_HOME/si-joint-trainer/settings.json</c> (default <c>~/.config</c>).
/// A missing or unreadable file means defaults; failing to save never interrupts the trainee.
/// </remarks>
public sealed class TrainerSettings
{
    /// <summary>The smallest window the HUD is laid out for (screen coordinates); the window cannot be made smaller.</summary>
    public const int MinWidth = 1024;

    /// <summary>See <see cref="MinWidth"/>.</summary>
    public const int MinHeight = 640;

    [JsonPropertyName("window_width")]
    public int WindowWidth { get; set; } = 1280;

    [JsonPropertyName("window_height")]
    public int WindowHeight { get; set; } = 800;

    [JsonPropertyName("text_scale")]
    public float TextScale { get; set; } = 1f;

    [JsonPropertyName("last_scenario")]
    public string LastScenario { get; set; } = "";

    /// <summary>The mode last chosen: <c>guided</c> or <c>assessment</c>.</summary>
    [JsonPropertyName("last_mode")]
    public string LastMode { get; set; } = "guided";

    [JsonPropertyName("trainee")]
    public string Trainee { get; set; } = "";

    /// <summary>Scenario files opened by path, most recent first (the start screen lists them).</summary>
    [JsonPropertyName("recent_scenarios")]
    public List<string> RecentScenarios { get; set; } = new();

    public const int MaxRecent = 6;

    /// <summary>What the start screen offers next time: this scenario (full path), mode and trainee.</summary>
    public void Remember(string scenarioPath, Core.Attempts.Mode mode, string trainee)
    {
        var full = Path.GetFullPath(scenarioPath);
        LastScenario = full;
        LastMode = mode == Core.Attempts.Mode.Assessment ? "assessment" : "guided";
        Trainee = trainee;
        RecentScenarios.RemoveAll(p => p == full);
        RecentScenarios.Insert(0, full);
        if (RecentScenarios.Count > MaxRecent)
        {
            RecentScenarios.RemoveRange(MaxRecent, RecentScenarios.Count - MaxRecent);
        }
    }

    /// <summary><see cref="LastMode"/> as a mode (guided unless it says assessment).</summary>
    [JsonIgnore]
    public Core.Attempts.Mode Mode => LastMode == "assessment" ? Core.Attempts.Mode.Assessment : Core.Attempts.Mode.Guided;

    public static string DefaultPath()
    {
        var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        if (string.IsNullOrEmpty(config))
        {
            config = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        }

        return Path.Combine(config, "si-joint-trainer", "settings.json");
    }

    public static TrainerSettings Load(string? path = null)
    {
        try
        {
            var file = path ?? DefaultPath();
            if (File.Exists(file))
            {
                var settings = JsonSerializer.Deserialize(File.ReadAllText(file), TrainerSettingsJson.Default.TrainerSettings) ?? new TrainerSettings();
                settings.WindowWidth = Math.Clamp(settings.WindowWidth, MinWidth, 7680);
                settings.WindowHeight = Math.Clamp(settings.WindowHeight, MinHeight, 4320);
                settings.TextScale = Math.Clamp(settings.TextScale, 0.8f, 2f);
                settings.LastScenario ??= "";
                settings.Trainee ??= "";
                settings.RecentScenarios = (settings.RecentScenarios ?? new()).Where(p => !string.IsNullOrWhiteSpace(p)).Take(MaxRecent).ToList();
                return settings;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            // Defaults are fine; the file is rewritten on the next save.
        }

        return new TrainerSettings();
    }

    /// <summary>Saves; returns false (and changes nothing) if the file cannot be written.</summary>
    public bool Save(string? path = null)
    {
        try
        {
            var file = path ?? DefaultPath();
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, JsonSerializer.Serialize(this, TrainerSettingsJson.Default.TrainerSettings));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

/// <summary>The settings file's JSON code, generated at build time: no reflection, so loading and saving cost little at start and exit.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(TrainerSettings))]
internal sealed partial class TrainerSettingsJson : JsonSerializerContext;
