using System.Security.Cryptography;
using System.Text;

namespace Simulator.Records;

/// <summary>
/// A trainee's pseudonym: <c>t-</c> and the first 12 hex digits of HMAC-SHA256 of the name, keyed with the store's salt
/// (<see cref="RecordStore.Salt"/>). The same name in the same store always gives the same pseudonym; without the salt, which never
/// leaves the store, a pseudonym cannot be matched to a name by trying names.
/// </summary>
public static class Pseudonym
{
    public const string Prefix = "t-";

    /// <summary>The pseudonym of <paramref name="trainee"/> under <paramref name="salt"/> (hex); an empty name stays empty (there is no one to hide).</summary>
    public static string Of(string salt, string trainee)
    {
        if (trainee.Length == 0)
        {
            return "";
        }

        var mac = HMACSHA256.HashData(Convert.FromHexString(salt), Encoding.UTF8.GetBytes(trainee));
        return Prefix + Convert.ToHexStringLower(mac)[..12];
    }

    /// <summary>
    /// The session as a pseudonymised export shows it: the trainee replaced by their pseudonym, and the file paths left out (the
    /// files are named after the trainee).
    /// </summary>
    public static StoredSession Of(string salt, StoredSession session) =>
        session with { Trainee = Of(salt, session.Trainee), LogPath = "", ResultPath = "", ReportPath = "" };
}
