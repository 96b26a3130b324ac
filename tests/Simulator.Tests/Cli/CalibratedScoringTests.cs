using System.Text.Json;
using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Scene;
using Simulator.Core.Attempts;
using Simulator.Core.Scoring;

namespace Simulator.Tests.Cli;

/// <summary>The MIS scenario scored on the calibrated model: what a faculty surgeon would expect of the numbers.</summary>
public class CalibratedScoringTests
{
    private static JsonElement Json(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    [Fact]
    public void Anatomy_json_shows_every_planned_implant_crossing_the_joint_with_15_mm_in_the_sacrum()
    {
        var json = Json("anatomy", "--json");
        var joints = json.GetProperty("joints").EnumerateArray().ToDictionary(j => j.GetProperty("name").GetString()!);
        Assert.Equal(new[] { "si-left", "si-right" }, joints.Keys.Order());
        var plans = json.GetProperty("planned_implants").EnumerateArray().ToList();
        Assert.Equal(6, plans.Count);
        foreach (var plan in plans)
        {
            var name = plan.GetProperty("name").GetString()!;
            var ilium = plan.GetProperty("ilium_mm").GetDouble();
            var sacrum = plan.GetProperty("sacrum_mm").GetDouble();
            Assert.InRange(ilium, 15, 30);
            Assert.True(sacrum >= 15, $"{name}: sacrum_mm {sacrum}");
            var length = plan.GetProperty("implant_length_mm").GetInt32();
            Assert.Equal(length - plan.GetProperty("proud_mm").GetDouble(), ilium + sacrum, 1);

            // ilium_mm is the distance from the entry to the side's joint plane along the axis.
            var joint = joints[name.EndsWith("left", StringComparison.Ordinal) ? "si-left" : "si-right"];
            var p = Vec(joint.GetProperty("point"));
            var n = Vec(joint.GetProperty("normal"));
            var entry = Vec(plan.GetProperty("entry"));
            var axis = Vec(plan.GetProperty("axis"));
            var along = Dot(Sub(p, entry), n) / Dot(axis, n);
            Assert.Equal(ilium, along, 0.1);
        }
    }

    [Fact]
    public void A_30_mm_first_implant_fails_with_a_critical_error_naming_sacral_purchase()
    {
        var r = Json("score", "--scenario", RepoPaths.Scenario("si-joint-fusion-mis"),
            "--attempt", Path.Combine(RepoPaths.Root, "docs", "examples", "mis-short-implant.yaml"), "--json");
        Assert.False(r.GetProperty("passed").GetBoolean());
        var error = Assert.Single(r.GetProperty("critical_errors").EnumerateArray());
        Assert.Equal("critical_target", error.GetProperty("kind").GetString());
        var reason = error.GetProperty("reason").GetString()!;
        Assert.Contains("sacral_purchase_mm", reason);
        Assert.Contains("#1", reason);
    }

    [Fact]
    public void The_model_attempt_scores_100_and_its_prefixes_never_lose_points()
    {
        var scenario = ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-mis"));
        var events = ReferenceAttempt.Events(scenario, Pelvis.Build());
        foreach (var mode in new[] { Mode.Assessment, Mode.Guided })
        {
            var previous = -1.0;
            for (var k = 0; k <= events.Count; k++)
            {
                var total = Scorer.Score(scenario, events.Take(k).ToList(), mode, AnatomyJudge.Shared).Total;
                Assert.True(total >= previous, $"{mode}: {k} events total {total}, {k - 1} events {previous}");
                previous = total;
            }

            Assert.Equal(0, Scorer.Score(scenario, Array.Empty<AttemptEvent>(), mode, AnatomyJudge.Shared).Total);
            var full = Scorer.Score(scenario, events, mode, AnatomyJudge.Shared);
            Assert.Equal(100, full.Total);
            Assert.True(full.Passed);
        }
    }

    [Fact]
    public void The_shipped_model_attempt_is_the_reference_autopilot_and_scores_100()
    {
        var r = Json("score", "--scenario", RepoPaths.Scenario("si-joint-fusion-mis"),
            "--attempt", Path.Combine(RepoPaths.Root, "docs", "examples", "mis-perfect.yaml"), "--json");
        Assert.Equal(100, r.GetProperty("total").GetDouble());
        var purchase = r.GetProperty("technique").EnumerateArray()
            .Where(t => t.GetProperty("measurement").GetString() == "sacral_purchase_mm").Select(t => t.GetProperty("value").GetDouble()).ToList();
        Assert.Equal(3, purchase.Count);
        Assert.All(purchase, v => Assert.InRange(v, 15, 45));

        var scenario = ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-mis"));
        var shipped = AttemptLoader.LoadFile(Path.Combine(RepoPaths.Root, "docs", "examples", "mis-perfect.yaml"), scenario).ValueOrThrow();
        var autopilot = ReferenceAttempt.Events(scenario, Pelvis.Build());
        Assert.Equal(autopilot.Select(e => e.Do), shipped.Events.Select(e => e.Do));
    }

    private static double[] Vec(JsonElement e) => e.EnumerateArray().Select(x => x.GetDouble()).ToArray();

    private static double[] Sub(double[] a, double[] b) => a.Zip(b, (x, y) => x - y).ToArray();

    private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
