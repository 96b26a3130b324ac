using System.Text.Json;
using System.Text.Json.Serialization;

namespace Simulator.App.Window;

/// <summary>What the trainer remembers between sessions: window size, text scale, last scenario.</summary>
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
                var settings = JsonSerializer.Deserialize<TrainerSettings>(File.ReadAllText(file)) ?? new TrainerSettings();
                settings.WindowWidth = Math.Clamp(settings.WindowWidth, MinWidth, 7680);
                settings.WindowHeight = Math.Clamp(settings.WindowHeight, MinHeight, 4320);
                settings.TextScale = Math.Clamp(settings.TextScale, 0.8f, 2f);
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
            File.WriteAllText(file, JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true }));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
