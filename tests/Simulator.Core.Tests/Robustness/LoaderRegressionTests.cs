using System.Diagnostics;
using Simulator.Core.Attempts;
using Simulator.Core.Diagnostics;
using Simulator.Core.Scenarios;
using static Simulator.Core.Tests.Scoring.TestScenarios;

namespace Simulator.Core.Tests.Robustness;

/// <summary>Crashes and hangs the mutation tests (tests/Simulator.Tests/Robustness) found, each pinned down on its own.</summary>
public sealed class LoaderRegressionTests : IDisposable
{
    private const string Header = """{"log":"simulator-session","version":2,"scenario":"test","trainee":"t","mode":"assessment"}""";

    private readonly string _dir = Directory.CreateTempSubdirectory("sim-regress-").FullName;
    private readonly Scenario _scenario = Make(new StepNode[] { S("a"), S("b") });

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Log(string text)
    {
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.log.jsonl");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_value_quoted_from_the_file_with_line_breaks_and_escapes_stays_on_one_line()
    {
        var result = ScenarioLoader.LoadText("id: x\ntitle: X\n\"re\\nquires\\u001b[31m\": 1\nsteps: [{id: a}]\n", "x.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal("x.yaml:3:1: error: unknown key 're\\nquires\\u001B[31m' at top level", error.ToString());
        Assert.Equal("a\\r\\n\\tb\\u2028c\\u0000", new Diagnostic("p", 1, 1, Severity.Error, "a\r\n\tb\u2028c\0").Message);
    }

    [Fact]
    public void A_pasted_paragraph_for_an_id_is_rejected_at_once_with_a_short_message()
    {
        var paragraph = new string('x', 400_000);
        var watch = Stopwatch.StartNew();

        var result = AttemptLoader.LoadText($"scenario: test\nevents:\n  - {{do: {paragraph}, at: 1}}\n", _scenario, "a.yaml");

        // The quadratic search took 19 s; a loaded CI machine can take a second or two for the rest.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"took {watch.Elapsed}: the 'did you mean' search compared it with every id");
        var error = Assert.Single(result.Errors).ToString();
        Assert.StartsWith("a.yaml:3:10: error: unknown step or distractor id 'xxx", error);
        Assert.EndsWith(" more characters)", error);
        Assert.InRange(error.Length, 1000, 1100);
        Assert.Equal("drill", Simulator.Core.Yaml.NodeReader.Suggest("dril", new[] { "drill", "broach" }));
    }

    [Theory]
    [InlineData("repeat: 2000000000", "4:21: error: repeat must be at most 100 (got 2000000000)")]
    [InlineData("repeat: 101", "4:21: error: repeat must be at most 100 (got 101)")]
    public void A_huge_repeat_is_an_error_not_a_reference_of_two_billion_steps(string repeat, string expected)
    {
        var watch = Stopwatch.StartNew();
        var result = ScenarioLoader.LoadText($"id: x\ntitle: X\nsteps:\n  - {{id: a, {repeat}}}\n", "x.yaml");

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal(new[] { "x.yaml:" + expected }, result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Repeats_that_multiply_past_1000_actions_are_one_error_at_the_steps()
    {
        var yaml = "id: x\ntitle: X\nsteps:\n  - group: g\n    repeat: 100\n    steps:\n      - {id: a, repeat: 100}\n  - {id: b, repeat: 100}\n";

        var result = ScenarioLoader.LoadText(yaml, "x.yaml");

        Assert.Equal("x.yaml:4:3: error: the steps expand to 10100 actions with their repeats; the limit is 1000", Assert.Single(result.Errors).ToString());
        Assert.True(ScenarioLoader.LoadText(yaml.Replace("repeat: 100\n    steps", "repeat: 9\n    steps", StringComparison.Ordinal), "x.yaml").Ok);
    }

    [Theory]
    [InlineData("""{"do":null,"at":1}""", "\"do\" must be non-empty text, not null")]
    [InlineData("""{"do":"","at":1}""", "\"do\" must be non-empty text, not empty text")]
    [InlineData("""{"do":"\ud800","at":1}""", "Cannot read incomplete UTF-16")]
    [InlineData("""{"do":"a","at":1,"with":{"\udc00":1}}""", "Cannot read invalid UTF-16")]
    [InlineData("""{"do":"a","at":"1"}""", "\"at\" must be a number, not \"1\"")]
    [InlineData("""{"do":"a","at":1e400}""", "\"at\" is out of range (the number 1e400)")]
    [InlineData("""{"do":"a","at":1,"with":{"m":[1,"x"]}}""", "measurement \"m\" must be a number, not \"x\"")]
    [InlineData("""{"do":"a","at":1,"with":[1]}""", "\"with\" must be an object of measurements, not a list")]
    [InlineData("""{"do":"a","at":1,"redo":"yes"}""", "\"redo\" must be true or false, not \"yes\"")]
    [InlineData("""{"note":null,"at":1}""", "\"note\" must be non-empty text, not null")]
    [InlineData("""{"at":1}""", "the line has neither \"do\" (an event) nor \"note\"")]
    [InlineData("""[1,2]""", "a line must be a JSON object, not a list")]
    [InlineData("""{"do":"a","at":1]""", "invalid JSON at byte 17: ")]
    public void A_bad_event_line_is_one_located_error_not_an_exception(string line, string reason)
    {
        var path = Log(Header + "\n" + line + "\n" + """{"do":"b","at":2}""" + "\n");

        var loaded = SessionLogReader.Load(path, _scenario);

        Assert.False(loaded.Ok);
        var error = Assert.Single(loaded.Diagnostics);
        Assert.StartsWith($"{path}:2:1: error: not a valid event line: {reason}", error.ToString());
    }

    [Theory]
    [InlineData("at: 99999999999999999999", "3:17: error: 'at' must be at most 10000000 seconds (got 1E+20)")]
    [InlineData("at: 1, with: {m: 1e308}", "3:30: error: measurement 'm' must be between -1000000 and 1000000 (got 1E+308)")]
    [InlineData("at: 1, with: {m: [1, -2e6]}", "3:34: error: measurement 'm' must be between -1000000 and 1000000 (got -2000000)")]
    public void Times_and_measurements_beyond_any_session_are_located_errors(string fields, string expected)
    {
        var result = AttemptLoader.LoadText($"scenario: test\nevents:\n  - {{do: a, {fields}}}\n", _scenario, "a.yaml");

        Assert.Equal(new[] { "a.yaml:" + expected }, result.Errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("""{"do":"a","at":1e20}""", "\"at\" must be between 0 and 10000000 seconds, not the number 1e20")]
    [InlineData("""{"do":"a","at":-1}""", "\"at\" must be between 0 and 10000000 seconds, not the number -1")]
    [InlineData("""{"do":"a","at":1,"with":{"tip":[1,2,1e300]}}""", "measurement \"tip\" must be between -1000000 and 1000000, not the number 1e300")]
    public void Log_times_and_measurements_beyond_any_session_are_located_errors(string line, string reason)
    {
        var path = Log(Header + "\n" + line + "\n");

        Assert.Equal($"{path}:2:1: error: not a valid event line: {reason}", Assert.Single(SessionLogReader.Load(path, _scenario).Diagnostics).ToString());
    }

    [Theory]
    [InlineData("""{"log":"simulator-session","version":2,"scenario":null,"mode":"guided"}""", "not a simulator session log: \"scenario\" must be non-empty text, not null")]
    [InlineData("""{"log":"simulator-session","version":2,"mode":"guided"}""", "not a simulator session log: the header has no \"scenario\"")]
    [InlineData("""{"log":"simulator-session","version":2,"scenario":"test","trainee":7}""", "not a simulator session log: \"trainee\" must be text, not the number 7")]
    [InlineData("""{"log":5}""", "not a simulator session log (first line has no \"log\": \"simulator-session\")")]
    [InlineData("""["log"]""", "not a simulator session log (first line has no \"log\": \"simulator-session\")")]
    public void A_bad_header_is_one_error_on_line_1(string header, string message)
    {
        var path = Log(header + "\n" + """{"do":"a","at":1}""" + "\n");

        var thrown = Assert.Throws<InputException>(() => SessionLogReader.ReadHeader(path));

        Assert.Equal($"{path}:1:1: error: {message}", Assert.Single(thrown.Diagnostics).ToString());
        Assert.Equal($"{path}:1:1: error: {message}", Assert.Single(SessionLogReader.Load(path, _scenario).Diagnostics).ToString());
    }
}
