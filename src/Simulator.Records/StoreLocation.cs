namespace Simulator.Records;

/// <summary>Where the records live: <c>--store</c>, else <c>SIMULATOR_STORE</c>, else <c>$XDG_DATA_HOME/simulator/records.db</c> (or <c>~/.local/share/…</c>).</summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "SIMULATOR_STORE";

    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env)
        {
            return env;
        }

        var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(data, "simulator", "records.db");
    }

    /// <summary>True if <paramref name="location"/> is a PostgreSQL connection string rather than a file path.</summary>
    public static bool IsConnectionString(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The location as it may be shown: a connection string without its password.</summary>
    public static string Display(string location) => IsConnectionString(location)
        ? System.Text.RegularExpressions.Regex.Replace(location, @"(?i)(password|pwd)\s*=\s*[^;]*", "$1=***")
        : location;
}
