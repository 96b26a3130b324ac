using System.Numerics;
using System.Text.Json;
using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Scene;
using Simulator.Core.Attempts;
using Simulator.Core.Diagnostics;
using Simulator.Core.Scoring;

namespace Simulator.Tests.Cli;

/// <summary>Plans and implants declared in the scenario, and the iliosacral screw scenario that is YAML only.</summary>
public class ScenarioPlanTests
{
    private static readonly Pelvis Pelvis = Pelvis.Build();

    private static Core.Scenarios.Scenario Load(string id) => ScenarioLocator.Load(RepoPaths.Scenario(id));

    [Fact]
    public void The_mis_scenario_declares_the_anatomys_own_ifuse_paths_and_sizes()
    {
        var declared = ImplantPlan.Planned(Load("si-joint-fusion-mis"), Pelvis);
        var anatomy = ImplantPlan.Planned(Pelvis);

        Assert.Equal(3, declared.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(Vector3.Distance(declared[i].EntryMm, anatomy[i].EntryMm) < 0.01f);
            Assert.True(Vector3.Distance(declared[i].TargetMm, anatomy[i].TargetMm) < 0.01f);
            Assert.Equal(anatomy[i].ImplantLengthMm, declared[i].ImplantLengthMm);
            Assert.Equal(anatomy[i].IliumMm, declared[i].IliumMm, 0.05);
        }
    }

    [Theory]
    [InlineData("si-joint-fusion-mis")]
    [InlineData("si-joint-fusion-open")]
    [InlineData("iliosacral-screw")]
    public void Checking_and_resolving_a_plan_never_builds_the_anatomys_meshes(string id)
    {
        // What the start screen and validate do for every scenario: only the session's window needs the meshes.
        var pelvis = Pelvis.Create();
        var scenario = Core.Scenarios.ScenarioLoader.LoadFile(RepoPaths.Scenario(id)).ValueOrThrow();

        Assert.Empty(ImplantPlan.Check(scenario, pelvis));
        Assert.NotEmpty(ImplantPlan.Planned(scenario, pelvis));
        Assert.False(pelvis.MeshesBuilt);
    }

    [Fact]
    public void A_plan_naming_what_the_anatomy_lacks_is_a_located_error_and_validate_fails()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("sim-plan-").FullName, "p.yaml");
        File.WriteAllText(file, "id: p\ntitle: T\nsteps:\n  - {id: a}\nplan:\n  - {id: x, corridor: s3-left}\n  - {id: y, entry: psis-lft, target: [0, 0, 0]}\n");

        var result = ScenarioLocator.LoadFile(file);

        Assert.False(result.Ok);
        Assert.Contains($"{file}:6:5: error: unknown corridor 's3-left' of planned path 'x' (did you mean 's1-left'?); see 'simulator anatomy --json'", result.Errors.Select(e => e.ToString()));
        Assert.Contains($"{file}:7:20: error: unknown landmark 'psis-lft' of planned path 'y' (did you mean 'psis-left'?); see 'simulator anatomy --json'", result.Errors.Select(e => e.ToString()));
        var cli = CliRunner.Run("validate", file);
        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("unknown corridor 's3-left'", cli.Out + cli.Error);
    }

    [Fact]
    public void The_iliosacral_screw_is_judged_against_its_own_plan_not_the_ifuse_paths()
    {
        var scenario = Load("iliosacral-screw");
        var plan = ImplantPlan.Planned(scenario, Pelvis);
        var s1 = Pelvis.Corridor("s1-left");
        Assert.Single(plan);
        Assert.Equal(s1.EntryMm, plan[0].EntryMm);
        Assert.Equal(50, plan[0].ImplantLengthMm); // the longest 7.3 mm screw 10 mm short of the 58 mm wire

        // A wire docked on the MIS plan's second entry is off this scenario's start point.
        var ifuse2 = ImplantPlan.Planned(Pelvis)[1].EntryMm;
        var events = ReferenceAttempt.Events(scenario, Pelvis);
        var dock = events.FindIndex(e => e.Do == "wire-dock");
        events[dock] = events[dock] with { With = new Dictionary<string, Measurement> { ["entry"] = Vec(ifuse2), ["tip"] = Vec(ifuse2 - Vector3.UnitX * 6) } };
        var r = Scorer.Score(scenario, events, Mode.Assessment, AnatomyJudge.Shared);

        var entry = r.Technique.Single(t => t.Measurement == "entry_offset_mm");
        Assert.Equal(Vector3.Distance(ifuse2, s1.EntryMm), entry.Value!.Value, 0.1);
        Assert.False(entry.Within);
    }

    [Fact]
    public void The_depth_gauge_picks_from_the_scenarios_screw_lengths()
    {
        var lengths = ImplantPlan.Lengths(Load("iliosacral-screw"));

        Assert.Equal(40, lengths[0]);
        Assert.Equal(120, lengths[^1]);
        Assert.Equal(40, AnatomyJudge.ImplantSizeFor(31, lengths));
        Assert.Equal(55, AnatomyJudge.ImplantSizeFor(51.2, lengths));
        Assert.Equal(35, AnatomyJudge.ImplantSizeFor(31, ImplantPlan.Lengths(Load("si-joint-fusion-mis"))));
    }

    [Fact]
    public void The_iliosacral_scenario_autopilots_to_100_and_its_example_is_that_attempt()
    {
        var scenario = Load("iliosacral-screw");
        var model = ReferenceAttempt.Events(scenario, Pelvis);

        var r = Scorer.Score(scenario, model, Mode.Assessment, AnatomyJudge.Shared);

        Assert.Equal(100, r.Total);
        Assert.True(r.Passed);
        Assert.Equal(10, r.Order.ShotsTaken);
        var example = AttemptLoader.LoadFile(Path.Combine(RepoPaths.Root, "docs", "examples", "iliosacral-perfect.yaml"), scenario).ValueOrThrow();
        Assert.Equal(model.Select(e => (e.Do, e.At)), example.Events.Select(e => (e.Do, e.At)));
    }

    [Fact]
    public void A_scripted_headless_run_of_the_iliosacral_scenario_writes_its_report()
    {
        var results = Directory.CreateTempSubdirectory("sim-is-").FullName;
        try
        {
            var run = CliRunner.Run("run", "--script", Path.Combine(RepoPaths.Root, "docs", "examples", "iliosacral-perfect.yaml"), "--headless", "--results", results, "--json");

            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Equal(100, JsonDocument.Parse(run.Out).RootElement.GetProperty("total").GetDouble());
            var report = Assert.Single(Directory.GetFiles(results, "*iliosacral-screw*.report.html"));
            Assert.Contains("Percutaneous iliosacral screw fixation of S1", File.ReadAllText(report));
        }
        finally
        {
            Directory.Delete(results, recursive: true);
        }
    }

    private static Measurement Vec(Vector3 v) => Measurement.Of(new double[] { v.X, v.Y, v.Z });
}

/// <summary>The scene draws the scenario's own implant: a screw where it declares one.</summary>
public class DeclaredImplantVisualsTests
{
    [Theory]
    [InlineData("iliosacral-screw", true)]
    [InlineData("si-joint-fusion-open", true)]
    [InlineData("si-joint-fusion-mis", false)]
    public void The_implant_kind_follows_the_scenario(string id, bool screw)
    {
        var scenario = ScenarioLocator.Load(RepoPaths.Scenario(id));
        var visuals = new Rendering.Scene.ProcedureVisuals();

        new VisualsBuilder(scenario, Pelvis.Build()).ShowPlan(visuals);

        Assert.Equal(screw, visuals.ImplantIsScrew);
        Assert.Equal((float?)scenario.Implant?.DiameterMm, visuals.ImplantDiameterMm);
        Assert.Equal(id == "si-joint-fusion-mis" ? 3.2f : 2.8f, visuals.PinDiameterMm);
        Assert.Equal(ImplantPlan.Planned(scenario, Pelvis.Build()).Count, visuals.Plan.Count);
    }
}
