using System.Globalization;
using System.Security.Cryptography;

namespace Simulator.Records;

/// <summary>The store's own settings (schema v2) and the per-session reads the exports need beyond <see cref="Sessions"/>.</summary>
/// <remarks>The SQL here is plain (TEXT columns, <c>@name</c> parameters, <c>ON CONFLICT … DO NOTHING</c>) so it runs on SQLite and PostgreSQL alike.</remarks>
public sealed partial class RecordStore
{
    /// <summary>The setting that holds the pseudonym salt: 32 random bytes, as 64 lowercase hex digits.</summary>
    public const string SaltKey = "pseudonym_salt";

    internal const string SettingsMigration = """
        CREATE TABLE store_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """;

    /// <summary>
    /// The store's pseudonym salt, created (32 bytes from <see cref="RandomNumberGenerator"/>) the first time it is asked for and kept in
    /// the store from then on. Two processes asking at once get the same salt: the first insert wins and both read it back.
    /// </summary>
    public string Salt() => _retry.Run(() =>
    {
        // Read first, so a store this user may read but not write still gives its pseudonyms once the salt exists.
        if (Setting(SaltKey) is { } salt)
        {
            return salt;
        }

        using (var insert = Command("INSERT INTO store_settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO NOTHING;"))
        {
            Add(insert, "key", SaltKey);
            Add(insert, "value", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
            insert.ExecuteNonQuery();
        }

        return Setting(SaltKey)!;
    });

    private string? Setting(string key)
    {
        using var read = Command("SELECT value FROM store_settings WHERE key = @key;");
        Add(read, "key", key);
        return read.ExecuteScalar() as string;
    }

    /// <summary>
    /// Each session's completeness (0–1): the share of the scenario's required step performances that were done. 1 means no required
    /// step was left out.
    /// </summary>
    public IReadOnlyDictionary<long, double> Completeness() => _retry.Run(() =>
    {
        using var query = Command("SELECT id, completeness FROM sessions;");
        var map = new Dictionary<long, double>();
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            map[Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture)] = Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return (IReadOnlyDictionary<long, double>)map;
    });
}
