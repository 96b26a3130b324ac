using System.Globalization;
using Simulator.Core.Scenarios;
using Simulator.Records;

namespace Simulator.App.Sessions;

/// <summary>What the window tells a trainee about their record on a scenario: a few lines, and how to colour them.</summary>
/// <param name="Lines">The last scores, then where the trainee stands on proficiency (or one line saying why there is nothing).</param>
/// <param name="Proficient">The trainee is proficient on the scenario (drawn in the "good" colour).</param>
/// <param name="Problem">The records could not be read (drawn in the "problem" colour).</param>
public sealed record StandingText(IReadOnlyList<string> Lines, bool Proficient = false, bool Problem = false)
{
    public static StandingText None { get; } = new(Array.Empty<string>());

    /// <summary>"Records unavailable: REASON", the reason on one line without the store's "records: " prefix.</summary>
    public static StandingText Unavailable(string reason)
    {
        var line = reason.ReplaceLineEndings(" ").Trim();
        line = line.StartsWith("records: ", StringComparison.Ordinal) ? line["records: ".Length..] : line;
        return new StandingText(new[] { $"Records unavailable: {line}" }, Problem: true);
    }
}

/// <summary>
/// Reads the records store for the start screen and the debrief: a trainee's last scores on a scenario and their proficiency
/// state, by the scenario's own criterion (<see cref="Proficiency"/>).
/// </summary>
/// <remarks>
/// The store is read once per scenario asked about (all its sessions; the trainee is picked out in memory, so typing a name costs
/// no query), and the text is made only when the trainee, the scenario or its criterion changes — never per frame. A store that
/// cannot be opened is said once and not tried again (a store that does not exist yet is created, as recording would).
/// </remarks>
public sealed class TraineeStanding
{
    /// <summary>How many of the most recent scores are shown.</summary>
    public const int ScoresShown = 5;

    private readonly string _location;
    private readonly Dictionary<string, IReadOnlyList<StoredSession>> _byScenario = new(StringComparer.Ordinal);
    private string? _unavailable;
    private (string Trainee, string ScenarioId, ProficiencyCriterion Criterion)? _key;
    private StandingText _text = StandingText.None;

    /// <param name="storeOption">The <c>--store</c> value, or null for <c>SIMULATOR_STORE</c> or the default file.</param>
    public TraineeStanding(string? storeOption) => _location = StoreLocation.Resolve(storeOption);

    /// <summary>How many times the store has been read (tests check it is not read per frame or per keystroke).</summary>
    public int Reads { get; private set; }

    /// <summary>The standing of <paramref name="trainee"/> on <paramref name="scenario"/>; the same object until either changes.</summary>
    public StandingText For(string trainee, Scenario? scenario)
    {
        if (scenario is null)
        {
            return StandingText.None;
        }

        var key = (trainee.Trim(), scenario.Id, scenario.Proficiency);
        if (_key == key)
        {
            return _text;
        }

        _key = key;
        _text = Make(key.Item1, scenario);
        return _text;
    }

    /// <summary>The standing once, read fresh (the debrief, after the session was recorded); none for a session without a name.</summary>
    public static StandingText Read(string? storeOption, string trainee, Scenario scenario) =>
        trainee.Trim().Length == 0 ? StandingText.None : new TraineeStanding(storeOption).For(trainee, scenario);

    /// <summary>The lines for <paramref name="oldestFirst"/> (one trainee's attempts at one scenario) judged by <paramref name="criterion"/>.</summary>
    public static StandingText Describe(IReadOnlyList<StoredSession> oldestFirst, ProficiencyCriterion criterion)
    {
        var state = Proficiency.Evaluate(oldestFirst, criterion, ScoresShown);
        if (state.Attempts == 0)
        {
            return new StandingText(new[] { "No recorded attempts on this scenario yet.", $"Proficient after {criterion.Describe()}." });
        }

        // No-break spaces hold each score to its mark when the line wraps ("99.6 ✘" never splits; the arrows do).
        var scores = string.Join(" → ", state.Last.Select(s =>
            $"{s.Total.ToString("0.#", CultureInfo.InvariantCulture)}\u00A0{(s.Passed ? "✔" : "✘")}{(s.Mode == "assessment" ? "" : "\u00A0(" + s.Mode + ")")}"));
        var more = state.Attempts > state.Last.Count ? $" (last {state.Last.Count} of {state.Attempts})" : "";
        return new StandingText(new[] { $"Last scores{more}: {scores}", state.Summary }, Proficient: state.Proficient);
    }

    private StandingText Make(string trainee, Scenario scenario)
    {
        if (trainee.Length == 0)
        {
            return new StandingText(new[] { "Type your name to see your last scores and proficiency here." });
        }

        if (Sessions(scenario.Id) is not { } all)
        {
            return StandingText.Unavailable(_unavailable!);
        }

        return Describe(all.Where(s => s.Trainee == trainee).ToList(), scenario.Proficiency);
    }

    /// <summary>Every session of the scenario, oldest first; null when the store cannot be read (<see cref="_unavailable"/> says why).</summary>
    private IReadOnlyList<StoredSession>? Sessions(string scenarioId)
    {
        if (_unavailable is not null)
        {
            return null;
        }

        if (_byScenario.TryGetValue(scenarioId, out var cached))
        {
            return cached;
        }

        try
        {
            Reads++;
            using var store = RecordStore.Open(_location);
            return _byScenario[scenarioId] = store.Sessions(scenario: scenarioId).OrderBy(s => s.Started).ThenBy(s => s.Id).ToList();
        }
        catch (Exception e) when (e is RecordsException or System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            _unavailable = e.Message;
            return null;
        }
    }
}
