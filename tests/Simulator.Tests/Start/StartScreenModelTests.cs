using Simulator.App.Start;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Rendering.Hosts;

namespace Simulator.Tests.Start;

/// <summary>The start screen without GL: what it offers, what every key and click does, and that a bad file never ends it.</summary>
public class StartScreenModelTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("sim-start-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Scenarios => Path.Combine(RepoPaths.Root, "scenarios");

    private string Broken()
    {
        var path = Path.Combine(_temp, "mine.yaml");
        File.WriteAllText(path, "id: mine\ntitle: Mine\nsteps:\n  - {id: a, instrument: s, nme: A}\n");
        return path;
    }

    private StartScreenModel Remembering(string last, Mode? mode = null) =>
        new(Scenarios, new TrainerSettings { LastScenario = last, Trainee = "r-smith", LastMode = "assessment" }, mode);

    [Fact]
    public void A_broken_remembered_scenario_shows_its_located_errors_offers_the_default_and_still_starts()
    {
        var broken = Broken();
        var model = Remembering(broken);

        var notice = Assert.IsType<StartNotice>(model.Notice);
        Assert.Contains("cannot be opened", notice.Headline);
        Assert.Contains($"{broken}:4:28: error: unknown key 'nme' in step 'a' (did you mean 'name'?)", notice.Lines);
        Assert.True(notice.OffersDefault);
        Assert.Equal("si-joint-fusion-mis", model.SelectedEntry!.Name);
        Assert.False(model.QuitRequested);

        model.Key(Keys.Enter, 0);
        Assert.Equal("si-joint-fusion-mis", model.Choice!.Scenario.Id);
        Assert.Equal(Mode.Assessment, model.Choice.Mode);
        Assert.Equal("r-smith", model.Choice.Trainee);
    }

    [Fact]
    public void A_missing_remembered_scenario_is_a_notice_naming_the_file()
    {
        var missing = Path.Combine(_temp, "gone.yaml");
        var model = Remembering(missing);
        Assert.Equal($"{missing}: error: file not found", Assert.Single(model.Notice!.Lines));
        Assert.Equal("si-joint-fusion-mis", model.SelectedEntry!.Name);
    }

    [Fact]
    public void A_valid_remembered_file_outside_the_scenarios_folder_is_listed_and_selected()
    {
        var copy = Path.Combine(_temp, "variant.yaml");
        File.Copy(RepoPaths.Scenario("si-joint-fusion-open"), copy);
        var model = Remembering(copy, Mode.Guided);
        Assert.Null(model.Notice);
        Assert.Equal(copy, model.SelectedEntry!.Path);
        Assert.True(model.SelectedEntry.Opened);
        Assert.Equal(Mode.Guided, model.Mode);
    }

    [Fact]
    public void Ctrl_D_takes_the_default_and_clears_the_problem()
    {
        var model = Remembering(Broken());
        model.Key(Keys.Down, 0);
        model.Key('D', Keys.ModControl);
        Assert.Null(model.Notice);
        Assert.Equal("si-joint-fusion-mis", model.SelectedEntry!.Name);
    }

    [Fact]
    public void The_keyboard_reaches_every_field_types_text_and_starts()
    {
        var model = Remembering("");
        Assert.Equal(StartField.Scenarios, model.Focus);
        model.Key(Keys.Down, 0);
        Assert.Equal("si-joint-fusion-open", model.SelectedEntry!.Name);

        model.Key(Keys.Tab, 0);
        model.Key(Keys.Tab, 0);
        Assert.Equal(StartField.Mode, model.Focus);
        model.Key(Keys.Right, 0);
        Assert.Equal(Mode.Guided, model.Mode);

        model.Key(Keys.Tab, 0);
        Assert.Equal(StartField.Trainee, model.Focus);
        model.Key(Keys.Backspace, Keys.ModControl);
        foreach (var c in "Dr Müllerx")
        {
            model.Type(c);
        }

        model.Key(Keys.Backspace, 0);
        Assert.Equal("Dr Müller", model.Trainee);

        model.Key(Keys.Tab, Keys.ModShift);
        Assert.Equal(StartField.Mode, model.Focus);
        model.Type('x');
        Assert.Equal("Dr Müller", model.Trainee);

        model.Key(Keys.Enter, 0);
        Assert.Equal(new[] { "si-joint-fusion-open", "guided", "Dr Müller" },
            new[] { model.Choice!.Scenario.Id, model.Choice.Mode == Mode.Guided ? "guided" : "assessment", model.Choice.Trainee });
    }

    [Fact]
    public void Escape_asks_to_quit_without_a_choice()
    {
        var model = Remembering("");
        model.Key(Keys.Escape, 0);
        Assert.True(model.QuitRequested);
        Assert.Null(model.Choice);
    }

    [Fact]
    public void A_file_opened_by_path_is_listed_if_it_loads_and_shows_its_errors_if_not()
    {
        var model = Remembering("");
        model.Key('O', Keys.ModControl);
        Assert.Equal(StartField.OpenFile, model.Focus);
        var broken = Broken();
        foreach (var c in broken)
        {
            model.Type(c);
        }

        model.Key(Keys.Enter, 0);
        Assert.Contains(model.Notice!.Lines, l => l.StartsWith($"{broken}:4:28: error:", StringComparison.Ordinal));
        Assert.DoesNotContain(model.Entries, e => e.Path == broken);
        Assert.Null(model.Choice);

        var copy = Path.Combine(_temp, "variant.yaml");
        File.Copy(RepoPaths.Scenario("si-joint-fusion-open"), copy);
        model.OpenPath = copy;
        model.Key(Keys.Enter, 0);
        Assert.Null(model.Notice);
        Assert.Equal(copy, model.SelectedEntry!.Path);
        Assert.Equal(StartField.Scenarios, model.Focus);
    }

    [Fact]
    public void A_scenario_broken_after_listing_does_not_start_and_says_why()
    {
        var copy = Path.Combine(_temp, "variant.yaml");
        File.Copy(RepoPaths.Scenario("si-joint-fusion-open"), copy);
        var model = Remembering(copy);
        File.WriteAllText(copy, "id: [\n");
        Assert.False(model.Start());
        Assert.Null(model.Choice);
        Assert.StartsWith($"{copy}:", model.Notice!.Lines[0]);
        Assert.False(model.SelectedEntry!.Valid);
    }

    [Fact]
    public void The_mouse_clicks_what_the_layout_draws_and_a_double_click_starts()
    {
        var model = Remembering(Broken());
        var layout = new StartScreenLayout(1024, 640, 1f, model);
        Click(model, layout, layout.Assessment, 1.0);
        Assert.Equal(Mode.Assessment, model.Mode);
        Click(model, layout, layout.UseDefault!.Value, 2.0);
        Assert.Null(model.Notice);

        layout = new StartScreenLayout(1024, 640, 1f, model);
        var open = layout.Rows.Single(r => model.Entries[r.Index].Name == "si-joint-fusion-open").Rect;
        Click(model, layout, open, 3.0);
        Assert.Equal("si-joint-fusion-open", model.SelectedEntry!.Name);
        Assert.Null(model.Choice);
        Click(model, layout, open, 3.2);
        Assert.Equal("si-joint-fusion-open", model.Choice!.Scenario.Id);
    }

    [Fact]
    public void The_start_button_click_starts_and_the_trainee_field_takes_focus()
    {
        var model = Remembering("");
        var layout = new StartScreenLayout(1280, 800, 1f, model);
        Click(model, layout, layout.Trainee, 1.0);
        Assert.Equal(StartField.Trainee, model.Focus);
        Click(model, layout, layout.Start, 2.0);
        Assert.Equal("si-joint-fusion-mis", model.Choice!.Scenario.Id);
    }

    [Theory]
    [InlineData(1024, 640, 1f)]
    [InlineData(1600, 1000, 1f)]
    [InlineData(2560, 1440, 2f)]
    public void No_two_controls_overlap_with_a_problem_shown(int width, int height, float scale)
    {
        var model = Remembering(Broken());
        var layout = new StartScreenLayout(width, height, scale, model);
        var controls = new List<SkiaSharp.SKRect> { layout.List, layout.OpenField, layout.OpenButton, layout.Guided, layout.Assessment, layout.Trainee, layout.Start, layout.Notice!.Value };
        for (var i = 0; i < controls.Count; i++)
        {
            Assert.True(controls[i].Left >= 0 && controls[i].Right <= width && controls[i].Top >= 0 && controls[i].Bottom <= height, $"control {i} is off screen: {controls[i]}");
            for (var j = i + 1; j < controls.Count; j++)
            {
                Assert.False(controls[i].IntersectsWith(controls[j]), $"controls {i} and {j} overlap: {controls[i]} {controls[j]}");
            }
        }

        Assert.True(layout.VisibleRows >= 3, $"only {layout.VisibleRows} scenario rows fit");
        Assert.True(layout.Notice.Value.Contains(layout.UseDefault!.Value));
    }

    [Fact]
    public void Settings_remember_the_choice_and_recent_files_most_recent_first()
    {
        var path = Path.Combine(_temp, "settings.json");
        var settings = new TrainerSettings();
        settings.Remember(RepoPaths.Scenario("si-joint-fusion-open"), Mode.Assessment, "r-smith");
        settings.Remember(RepoPaths.Scenario("si-joint-fusion-mis"), Mode.Guided, "r-jones");
        settings.Remember(RepoPaths.Scenario("si-joint-fusion-open"), Mode.Assessment, "r-smith");
        Assert.True(settings.Save(path));

        var loaded = TrainerSettings.Load(path);
        Assert.Equal(RepoPaths.Scenario("si-joint-fusion-open"), loaded.LastScenario);
        Assert.Equal(Mode.Assessment, loaded.Mode);
        Assert.Equal("r-smith", loaded.Trainee);
        Assert.Equal(new[] { RepoPaths.Scenario("si-joint-fusion-open"), RepoPaths.Scenario("si-joint-fusion-mis") }, loaded.RecentScenarios);
    }

    private static void Click(StartScreenModel model, StartScreenLayout layout, SkiaSharp.SKRect rect, double at) =>
        model.Click(Assert.IsType<StartTarget>(layout.Hit(rect.MidX, rect.MidY)), at);
}
