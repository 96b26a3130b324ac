using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Scenarios;

public class ScenarioLoaderTests
{
    private const string Minimal = """
        id: demo
        title: Demo
        steps:
          - id: a
            name: A
            instruction: do a
            rationale: because
            instrument: hand
          - group: cycle
            repeat: 2
            steps:
              - {id: b, name: B, instruction: i, rationale: r, instrument: x}
              - {id: c, name: C, instruction: i, rationale: r, instrument: x, requires: [b], targets: {depth: {min: 1, max: 3, unit: mm}}}
          - {id: d, name: D, instruction: i, rationale: r, instrument: x, requires: [c]}
        distractors:
          - {id: oops, name: Oops, consequence: bad, critical: true}
        """;

    [Fact]
    public void Valid_scenario_loads_with_groups_targets_and_distractors()
    {
        var result = ScenarioLoader.LoadText(Minimal, "demo.yaml");
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        var s = result.Value!;
        Assert.Equal(new[] { "a", "b", "c", "d" }, s.Steps.Select(x => x.Id));
        Assert.Equal(new[] { "a", "b", "c", "b", "c", "d" }, s.ExpandedReference().Select(x => x.Id));
        Assert.Equal(2, s.FindStep("c")!.ExpectedCount);
        Assert.Equal(new Target("depth", 1, 3, "mm") { Line = 13, Column = 96 }, s.FindStep("c")!.Targets.Single());
        Assert.True(s.FindDistractor("oops")!.Critical);
        Assert.Equal(70, s.PassMark);
    }

    [Fact]
    public void A_target_may_be_critical_and_critical_must_be_true_or_false()
    {
        const string yaml = """
            id: t
            title: T
            steps:
              - {id: a, name: A, instruction: i, rationale: r, instrument: x, targets: {gap_mm: {min: 5, max: 30, unit: mm, critical: true}, tilt: {min: 1, max: 2}}}
              - {id: b, name: B, instruction: i, rationale: r, instrument: x, targets: {gap_mm: {min: 5, max: 30, critical: often}}}
            """;

        var result = ScenarioLoader.LoadText(yaml, "t.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal("t.yaml:5:113: error: 'critical' of target 'gap_mm' of step 'b' must be true or false, not 'often'", error.ToString());
        var loaded = ScenarioLoader.LoadText(yaml.Replace("critical: often", "critical: false"), "t.yaml").ValueOrThrow();
        Assert.Equal(new[] { true, false }, loaded.FindStep("a")!.Targets.Select(t => t.Critical));
        Assert.False(loaded.FindStep("b")!.Targets.Single().Critical);
    }

    [Fact]
    public void Default_chain_orders_group_steps_after_the_previous_entry_and_following_steps_after_the_group()
    {
        var s = ScenarioLoader.LoadText(Minimal, "demo.yaml").ValueOrThrow();
        var order = OrderRelation.Build(s.Entries);
        Assert.True(order.Before("a", "b"));
        Assert.True(order.Before("a", "d"));
        Assert.True(order.Before("b", "d"));
        Assert.False(order.Before("d", "a"));
        Assert.False(order.Before("b", "b"));
    }

    [Fact]
    public void Unknown_key_is_located_at_the_key_with_a_suggestion()
    {
        var text = "id: demo\ntitle: T\nsteps:\n  - id: a\n    name: A\n    reqires: []\n";
        var result = ScenarioLoader.LoadText(text, "x.yaml");
        Assert.False(result.Ok);
        Assert.Contains("x.yaml:6:5: error: unknown key 'reqires' in step 'a' (did you mean 'requires'?)",
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void All_errors_of_a_file_are_reported_at_once()
    {
        var text = "id: Bad_Id\ntitle: T\npass_mark: 150\nsteps:\n  - {id: a, after: [zz]}\n  - {id: a}\n";
        var errors = ScenarioLoader.LoadText(text, "x.yaml").Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("x.yaml:1:5: error: id 'Bad_Id' must match [a-z0-9-]+", errors);
        Assert.Contains("x.yaml:3:12: error: pass_mark must be between 0 and 100 (got 150)", errors);
        Assert.Contains("x.yaml:6:10: error: duplicate id 'a' (first defined at 5:10)", errors);
        Assert.Contains("x.yaml:5:21: error: 'after' of step 'a' refers to unknown id 'zz'", errors);
    }

    [Fact]
    public void Cycle_through_after_is_reported_with_its_path()
    {
        var text = "id: d\ntitle: T\nsteps:\n  - {id: a, after: [b]}\n  - {id: b}\n";
        var error = Assert.Single(ScenarioLoader.LoadText(text, "x.yaml").Errors);
        Assert.Equal("x.yaml:4:20: error: order cycle: a → b → a", error.ToString());
    }

    [Fact]
    public void Requires_naming_a_later_step_contradicts_the_order()
    {
        var text = "id: d\ntitle: T\nsteps:\n  - {id: a, requires: [b]}\n  - {id: b}\n";
        var error = Assert.Single(ScenarioLoader.LoadText(text, "x.yaml").Errors);
        Assert.Equal("x.yaml:4:24: error: step 'a' requires 'b', which is listed after it", error.ToString());
    }

    [Fact]
    public void Alias_bomb_is_rejected_at_the_alias_that_crosses_the_cap()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 10; i++)
        {
            var refs = string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10));
            lines.Add($"a{i}: &a{i} [{refs}]");
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Single(ScenarioLoader.LoadText(string.Join("\n", lines), "bomb.yaml").Errors);
        Assert.Contains("expands to more than 100000 nodes", error.Message);
        Assert.True(error.Line > 1);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Deep_nesting_is_rejected()
    {
        var text = "id: " + new string('[', 60) + new string(']', 60);
        var error = Assert.Single(ScenarioLoader.LoadText(text, "deep.yaml").Errors);
        Assert.Equal("deep.yaml:1:44: error: nesting is deeper than 40 levels", error.ToString());
    }

    [Fact]
    public void Missing_file_is_a_clear_error()
    {
        var error = Assert.Single(ScenarioLoader.LoadFile("/nonexistent/s.yaml").Errors);
        Assert.Equal("/nonexistent/s.yaml: error: file not found", error.ToString());
    }

    [Fact]
    public void Yaml_syntax_error_is_located()
    {
        var error = Assert.Single(ScenarioLoader.LoadText("id: a\ntitle: [unclosed\nsteps: x\n", "bad.yaml").Errors);
        Assert.StartsWith("bad.yaml:", error.ToString());
        Assert.Contains("invalid YAML", error.Message);
        Assert.True(error.Line >= 2);
    }

    [Fact]
    public void Actions_and_views_are_read_and_checked()
    {
        var ok = ScenarioLoader.LoadText("id: d\ntitle: T\nsteps:\n  - {id: a, action: imaging, view: inlet}\n  - {id: b}\ndistractors:\n  - {id: x, action: drill}\n").ValueOrThrow();
        Assert.Equal(("imaging", "inlet"), (ok.FindStep("a")!.Action, ok.FindStep("a")!.View));
        Assert.Equal(StepActions.Check, ok.FindStep("b")!.Action);
        Assert.Equal("drill", ok.FindDistractor("x")!.Action);

        var errors = ScenarioLoader.LoadText("id: d\ntitle: T\nsteps:\n  - {id: a, action: dril}\n  - {id: b, view: side}\n  - {id: c, view: ap}\n", "x.yaml")
            .Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("x.yaml:4:21: error: unknown action 'dril' of step 'a' (did you mean 'drill'?); one of: check, imaging, incision, dissection, pin-dock, pin-advance, drill, broach, depth-gauge, implant, pin-removal, irrigation, closure, marking, haemostasis, osteotomy, curettage, graft, block, drain", errors);
        Assert.Contains("x.yaml:5:19: error: unknown view 'side' of step 'b'; one of: lateral, ap, inlet, outlet", errors);
        Assert.Contains("x.yaml:6:19: error: 'view' of step 'c' needs 'action: imaging'", errors);
    }

    [Fact]
    public void A_site_is_read_for_incisions_and_marks_and_checked()
    {
        var ok = ScenarioLoader.LoadText("id: d\ntitle: T\nsteps:\n  - {id: a, action: marking, site: psis}\n  - {id: b, action: incision}\n").ValueOrThrow();
        Assert.Equal(("psis", ""), (ok.FindStep("a")!.Site, ok.FindStep("b")!.Site));

        var errors = ScenarioLoader.LoadText("id: d\ntitle: T\nsteps:\n  - {id: a, action: marking, site: psi}\n  - {id: b, action: drill, site: psis}\n", "x.yaml")
            .Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("x.yaml:4:36: error: unknown site 'psi' of step 'a' (did you mean 'psis'?); one of: implant-entries, implant-entry, iliac-window, psis", errors);
        Assert.Contains("x.yaml:5:34: error: 'site' of step 'b' needs 'action: incision' or 'action: marking'", errors);
    }

    [Fact]
    public void A_target_may_leave_out_one_bound_but_not_both()
    {
        var ok = ScenarioLoader.LoadText("id: d\ntitle: T\nsteps:\n  - id: a\n    targets:\n      clearance_mm: {min: 5, unit: mm, critical: true}\n      angle_deg: {max: 10, unit: deg}\n").ValueOrThrow();
        var clearance = ok.FindStep("a")!.Targets.Single(t => t.Name == "clearance_mm");
        Assert.Equal((5.0, double.PositiveInfinity, true), (clearance.Min, clearance.Max, clearance.Critical));
        Assert.Equal("≥ 5 mm", clearance.RangeText);
        Assert.Equal(5.0, clearance.Centre);
        Assert.Equal(double.NegativeInfinity, ok.FindStep("a")!.Targets.Single(t => t.Name == "angle_deg").Min);

        var errors = ScenarioLoader.LoadText("id: d\ntitle: T\nsteps:\n  - id: a\n    targets:\n      depth_mm: {unit: mm}\n", "x.yaml")
            .Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(errors, e => e.StartsWith("x.yaml:6:17: error:", StringComparison.Ordinal) && e.Contains("needs 'min', 'max' or both"));
    }
}
