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

    private (Session Session, string Output, string[] Log) Play(Mode mode, string input)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        var logPath = Path.Combine(_temp, $"{mode}.log.jsonl");
        Session session;
        using (var log = SessionLogWriter.Create(logPath, Tiny, "tester", mode, DateTimeOffset.UnixEpoch))
        {
            session = new TerminalSession(Tiny, mode, console, new StringReader(input)).Run(log);
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
}
