using System.Data.Common;
using System.Text.RegularExpressions;

namespace Simulator.Records;

/// <summary>Where the records live: <c>--store</c>, else <c>SIMULATOR_STORE</c>, else <c>$XDG_DATA_HOME/simulator/records.db</c> (or <c>~/.local/share/…</c>).</summary>
public static partial class StoreLocation
{
    public const string EnvironmentVariable = "SIMULATOR_STORE";

    private const string Masked = "***";

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

    /// <summary>
    /// True if <paramref name="location"/> is a PostgreSQL connection string (<c>Host=…;…</c>, or any <c>Key=Value</c> list that names the
    /// server, database, user or password, or a <c>postgresql://</c> URI) rather than a file path.
    /// </summary>
    public static bool IsConnectionString(string location) => IsUri(location) || ConnectionKeyword().IsMatch(location);

    /// <summary>The location as it may be shown: a connection string without its password (<c>Password=***</c>, <c>user:***@host</c>).</summary>
    public static string Display(string location)
    {
        if (!IsConnectionString(location))
        {
            return location;
        }

        return IsUri(location)
            ? UriQueryPassword().Replace(UriPassword().Replace(location, m => m.Groups[1].Value + Masked + "@"), m => m.Groups[1].Value + Masked)
            : KeywordPassword().Replace(location, m => m.Groups[1].Value + "=" + Masked);
    }

    /// <summary><paramref name="message"/> with every occurrence of the password of <paramref name="location"/> masked, for text that came from elsewhere (a driver's error).</summary>
    public static string Scrub(string location, string message)
    {
        if (!IsConnectionString(location))
        {
            return message;
        }

        message = message.Replace(location, Display(location), StringComparison.Ordinal);
        var password = Password(location);
        return password is { Length: > 0 } ? message.Replace(password, Masked, StringComparison.Ordinal) : message;
    }

    /// <summary>The connection string in the <c>Key=Value;…</c> form Npgsql reads: a <c>postgresql://user:password@host:port/database?key=value</c> URI is rewritten.</summary>
    /// <exception cref="ArgumentException">The URI is malformed (the message never holds the password).</exception>
    public static string ToKeywords(string location)
    {
        if (!IsUri(location))
        {
            return location;
        }

        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException("not a valid postgresql:// URI");
        }

        var builder = new DbConnectionStringBuilder();
        if (uri.Host.Length > 0)
        {
            builder["Host"] = Uri.UnescapeDataString(uri.Host);
        }

        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder["Port"] = uri.Port;
        }

        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder["Username"] = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length == 2)
        {
            builder["Password"] = Uri.UnescapeDataString(user[1]);
        }

        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0)
        {
            builder["Database"] = Uri.UnescapeDataString(database);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
        }

        return builder.ConnectionString;
    }

    private static bool IsUri(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    private static string? Password(string location)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = ToKeywords(location) };
            foreach (var key in new[] { "password", "pwd", "psw" })
            {
                if (builder.TryGetValue(key, out var value) && value is string { Length: > 0 } text)
                {
                    return text;
                }
            }
        }
        catch (ArgumentException)
        {
            // A string that does not parse has no password that could be found this way; Display still masks the keyword's value.
        }

        return null;
    }

    /// <summary>A keyword that only a connection string starts a part with.</summary>
    [GeneratedRegex(@"(?i)(^|;)\s*(host|server|database|db|username|user\s*id|userid|user|password|pwd|psw|passfile)\s*=")]
    private static partial Regex ConnectionKeyword();

    /// <summary>A <c>Password=</c> (or <c>Pwd=</c>, <c>Psw=</c>) keyword and its value, quoted or not.</summary>
    [GeneratedRegex("""(?i)\b(password|pwd|psw)\s*=\s*('(?:[^']|'')*'|"(?:[^"]|"")*"|[^;]*)""")]
    private static partial Regex KeywordPassword();

    /// <summary>The <c>scheme://user:</c> before a URI's password, and the password up to the last <c>@</c>.</summary>
    [GeneratedRegex("^([a-zA-Z]+://[^:/@]*:)[^/]*@")]
    private static partial Regex UriPassword();

    /// <summary>A <c>password=</c> parameter in a URI's query.</summary>
    [GeneratedRegex("(?i)([?&](?:password|pwd|psw)=)[^&]*")]
    private static partial Regex UriQueryPassword();
}
