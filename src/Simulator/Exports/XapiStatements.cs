using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Simulator.Records;

namespace Simulator.App.Exports;

/// <summary>
/// xAPI 1.0.3 statements for the recorded sessions. Each session gives, in this order: <c>attempted</c> (timestamp: when it started),
/// <c>completed</c> (timestamp: when it ended; only when no required step was left out) and <c>passed</c> or <c>failed</c> (timestamp:
/// when it ended). All of a session's statements carry its result and share a <c>context.registration</c>; each statement's <c>id</c> is
/// a name-based UUID (version 5) of the session and the verb, so sending the same export again is idempotent at the LRS.
/// </summary>
public static class XapiStatements
{
    /// <summary>The IRI prefix of actors' home page, activities and extensions.</summary>
    public const string Home = "https://si-joint-trainer.local";

    /// <summary>The ADL verb IRIs' common prefix.</summary>
    public const string VerbPrefix = "http://adlnet.gov/expapi/verbs/";

    /// <summary>The xAPI version the statements follow, sent as <c>X-Experience-API-Version</c>.</summary>
    public const string Version = "1.0.3";

    /// <summary>The namespace of the statement ids: the version-5 UUID of <see cref="Home"/> in the RFC 4122 URL namespace.</summary>
    public static readonly Guid Namespace = NameBased(new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), Home);

    /// <summary>True if the session left no required step out: every required step was performed as often as the scenario expects.</summary>
    public static bool IsCompleted(double completeness) => completeness >= 1 - 1e-9;

    /// <param name="sessions">The sessions, in the order their statements should be sent.</param>
    /// <param name="completeness">Each session's completeness by id (<see cref="RecordStore.Completeness"/>); a session missing from it is not completed.</param>
    public static JsonArray Build(IEnumerable<StoredSession> sessions, IReadOnlyDictionary<long, double> completeness)
    {
        var statements = new JsonArray();
        foreach (var s in sessions)
        {
            var completed = completeness.TryGetValue(s.Id, out var share) && IsCompleted(share);
            statements.Add(Statement(s, "attempted", s.Started, completed));
            if (completed)
            {
                statements.Add(Statement(s, "completed", s.Ended, completed));
            }

            statements.Add(Statement(s, s.Passed ? "passed" : "failed", s.Ended, completed));
        }

        return statements;
    }

    private static JsonObject Statement(StoredSession s, string verb, DateTimeOffset at, bool completed)
    {
        var actor = s.Trainee.Length > 0 ? s.Trainee : "anonymous";
        // Who, what and when identify a session in any store (row ids differ between stores); the log path is left out because it
        // holds the trainee's real name, which a pseudonymised export must not carry even hashed.
        var session = $"{s.Started.ToUniversalTime():O}|{s.ScenarioId}|{actor}";
        return new JsonObject
        {
            ["id"] = NameBased(Namespace, $"{session}|{verb}").ToString(),
            ["actor"] = new JsonObject
            {
                ["objectType"] = "Agent",
                ["account"] = new JsonObject { ["homePage"] = Home, ["name"] = actor },
            },
            ["verb"] = new JsonObject
            {
                ["id"] = VerbPrefix + verb,
                ["display"] = new JsonObject { ["en-US"] = verb },
            },
            ["object"] = new JsonObject
            {
                ["objectType"] = "Activity",
                ["id"] = $"{Home}/scenarios/{Uri.EscapeDataString(s.ScenarioId)}",
                ["definition"] = new JsonObject { ["type"] = "http://adlnet.gov/expapi/activities/simulation" },
            },
            ["result"] = new JsonObject
            {
                ["score"] = new JsonObject { ["scaled"] = Math.Round(s.Total / 100, 4), ["raw"] = s.Total, ["min"] = 0, ["max"] = 100 },
                ["success"] = s.Passed,
                ["completion"] = completed,
                ["duration"] = System.Xml.XmlConvert.ToString(TimeSpan.FromSeconds(Math.Round(s.DurationSeconds, 1))),
            },
            ["context"] = new JsonObject
            {
                ["registration"] = NameBased(Namespace, session).ToString(),
                ["extensions"] = new JsonObject
                {
                    [$"{Home}/xapi/mode"] = s.Mode,
                    [$"{Home}/xapi/shots"] = s.Shots,
                },
            },
            ["timestamp"] = at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The RFC 4122 version-5 (SHA-1, name-based) UUID of <paramref name="name"/> in <paramref name="space"/>.</summary>
    public static Guid NameBased(Guid space, string name)
    {
        var input = space.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
        var hash = SHA1.HashData(input)[..16];
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }
}
