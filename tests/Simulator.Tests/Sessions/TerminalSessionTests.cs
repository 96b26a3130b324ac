using Simulator.App.Sessions;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Spectre.Console;

namespace Simulator.Tests.Sessions;

public class TerminalSessionTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("sim-term-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static readonly Scenario Tiny = ScenarioLoader.LoadText("""
        id: tiny
        title: Tiny
        steps:
          - {id: cut, name: Cut, instruction: cut the skin, rationale: opens the way, instrument: scalpel, targets: {length: {min: 30, max: 50, unit: mm}}}
          - {id: fix, name: Fix, instruction: fix it, rationale: holds the bone, instrument: driver, requires: [cut]}
        distractors:
          - {id: slip, name: Slip, consequence: damages tissue}
        """).ValueOrThrow();

    private static readonly Scenario Pinned = ScenarioLoader.LoadText("""
        id: pinned
        title: Pinned
        steps:
          - id: dock
            name: Dock the pin
            action: pin-dock
            instrument: guide pin
            targets: {entry_offset_mm: {min: 0, max: 5, unit: mm}}
            feedback: {technique: Dock within 5 mm of the plan.}
          - {id: drill, name: Drill over the pin, action: drill, instrument: drill, requires: [dock]}
        """).ValueOrThrow();

    private (Session Session, string Output, string[] Log) Play(Mode mode, string input) => Play(Tiny, mode, input);

    private (Session Session, string Output, string[] Log) Play(Scenario scenario, Mode mode, string input)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        var logPath = Path.Combine(_temp, $"{scenario.Id}-{mode}.log.jsonl");
        Session session;
        using (var log = SessionLogWriter.Create(logPath, scenario, "tester", mode, DateTimeOffset.UnixEpoch))
        {
            session = new TerminalSession(scenario, mode, console, new StringReader(input)).Run(log);
        }

        return (session, output.ToString(), File.ReadAllLines(logPath));
    }

    [Fact]
    public void Guided_refusal_explains_why_and_asks_no_measurement_then_the_step_succeeds()
    {
        var (session, output, log) = Play(Mode.Guided, "fix\ncut\n42\nfix\nfinish\n");
        Assert.Contains("REFUSED", output);
        Assert.Contains("opens the way", output);
        Assert.Equal(new[] { Outcome.Refused, Outcome.Accepted, Outcome.Accepted }, session.Recorded.Select(r => r.Outcome));
        Assert.Equal(42, session.Recorded[1].Event.With["length"].Number);
        Assert.Equal(4, log.Length);
        Assert.Contains("\"outcome\":\"refused\"", log[1]);
        Assert.Equal(100, session.Finish().Total);
    }

    [Fact]
    public void Actions_are_chosen_by_number_or_id_and_unknown_input_is_explained()
    {
        // Alphabetical list: 1 Cut, 2 Fix, 3 Slip.
        var (session, output, _) = Play(Mode.Assessment, "3\nbogus\n1\n35\n2\n");
        Assert.Contains("'bogus' is not an action", output);
        Assert.Equal(new[] { "slip", "cut", "fix" }, session.Recorded.Select(r => r.Event.Do));
        Assert.DoesNotContain("REFUSED", output);
    }

    [Fact]
    public void Guided_shows_each_measurement_against_its_target_and_redo_redoes_the_pin()
    {
        // Alphabetical list: 1 Dock the pin, 2 Drill over the pin.
        var (session, output, log) = Play(Pinned, Mode.Guided, "1\n10.2\nredo\n2\n2\nfinish\n");

        Assert.Contains("✗ OFF TARGET", output);
        Assert.Contains("✗ entry_offset_mm 10.2 mm outside 0–5 mm", output);
        Assert.Contains("Dock within 5 mm of the plan.", output);
        Assert.Contains("↺ Redo: withdraw and re-dock the pin (choose redo)", output);
        Assert.Contains("↺ REDONE", output);
        Assert.Contains("✓ entry_offset_mm 2 mm (target 0–5 mm)", output);
        Assert.Equal(new[] { Outcome.Accepted, Outcome.Redone, Outcome.Accepted }, session.Recorded.Select(r => r.Outcome));
        Assert.Contains("\"redo\":true", log[2]);
        Assert.Contains("\"outcome\":\"redone\"", log[2]);
        Assert.Contains("✗ entry_offset_mm 10.2 mm outside 0–5 mm", log[1]);
    }

    [Fact]
    public void Assessment_says_only_recorded_and_the_log_keeps_the_verdict()
    {
        var (_, output, log) = Play(Pinned, Mode.Assessment, "1\n10.2\nfinish\n");

        Assert.Contains("recorded", output);
        Assert.DoesNotContain("outside", output);
        Assert.DoesNotContain("OFF TARGET", output);
        Assert.Contains("✗ entry_offset_mm 10.2 mm outside 0–5 mm", log[1]);
    }

    [Fact]
    public void Redo_with_nothing_to_redo_says_so()
    {
        var (session, output, _) = Play(Pinned, Mode.Guided, "redo\nfinish\n");

        Assert.Contains("Nothing to redo", output);
        Assert.Empty(session.Recorded);
    }
}
