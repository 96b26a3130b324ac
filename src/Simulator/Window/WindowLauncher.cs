using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Imaging;
using Simulator.App.Sessions;
using Simulator.App.Start;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;

namespace Simulator.App.Window;

/// <summary>Runs sessions in the trainer window: live (the trainee operates) or playing a script visibly.</summary>
/// <remarks>Throws <see cref="Rendering.Hosts.DisplayUnavailableException"/> before anything is recorded if no window can open.</remarks>
public static class WindowLauncher
{
    /// <summary>
    /// The launcher in the window: the start screen, then the session chosen there in the same window. Closing
    /// the window (or Esc) on the start screen ends the program with nothing recorded.
    /// </summary>
    public static int Start(CliContext context, LaunchOptions options, TrainerSettings settings)
    {
        // Opening the window is mostly waiting for the display and the GL driver: meanwhile a worker reads the scenarios (their
        // plans checked against the anatomy's shape, not its meshes) and the trainee's record, and another loads the HUD's fonts.
        var loading = Task.Run(() =>
        {
            var model = new StartScreenModel(ScenarioLocator.ScenariosDirectory(), settings, Launcher.ParseMode(options.Mode), options.Trainee)
            {
                Records = new TraineeStanding(options.Store),
            };
            _ = model.Standing;
            return model;
        });
        _ = Task.Run(HudFonts.WarmUp);
        var window = OpenWindow(settings, "SI-joint fusion trainer");
        StartChoice? choice;
        try
        {
            var model = loading.GetAwaiter().GetResult();
            using (var start = new StartWindow(window, model, settings.TextScale))
            {
                // The session needs the anatomy's meshes (seconds to build when not cached): once the start screen is up, get
                // them ready while the trainee chooses, so they take nothing from its first frame.
                Task? meshes = null;
                choice = start.Run(shouldStop: FirstFrameExit.StopCondition(() => start.Frames, context.Error, "start screen"),
                    beforeFrame: () => meshes ??= start.Frames > 0 ? Pelvis.Build().PrepareMeshes() : null);
            }
        }
        catch
        {
            window.Dispose();
            throw;
        }

        if (choice is null)
        {
            (settings.WindowWidth, settings.WindowHeight) = window.WindowSize;
            window.Dispose();
            settings.Save();
            return ExitCodes.Ok;
        }

        return Run(context, choice.Scenario, choice.Mode, options.Results, choice.Trainee, window, settings, options.Store);
    }

    /// <summary>Opens the trainer's window at the remembered size (no smaller than the HUD's minimum), shown or hidden.</summary>
    /// <exception cref="Rendering.Hosts.DisplayUnavailableException">No window can open (the one-line reason).</exception>
    public static Rendering.Hosts.GlfwWindow OpenWindow(TrainerSettings settings, string title, bool visible = true) =>
        Rendering.Hosts.GlfwWindow.Open(title,
            Math.Max(settings.WindowWidth, TrainerSettings.MinWidth), Math.Max(settings.WindowHeight, TrainerSettings.MinHeight),
            visible, minWidth: TrainerSettings.MinWidth, minHeight: TrainerSettings.MinHeight);

    /// <summary>A live session: events are logged as they happen; the debrief appears when the trainee ends.</summary>
    /// <param name="window">The window to run it in (the start screen's; disposed here), or null to open one.</param>
    /// <param name="settings">The trainer's settings (loaded when null); the scenario, mode and trainee are remembered in them.</param>
    /// <param name="store">The records store (<c>--store</c>; null: <c>SIMULATOR_STORE</c> or the default file).</param>
    public static int Run(CliContext context, Scenario scenario, Mode mode, string resultsDirectory = ResultsFolder.DefaultDirectory, string trainee = "",
        Rendering.Hosts.GlfwWindow? window = null, TrainerSettings? settings = null, string? store = null)
    {
        settings ??= TrainerSettings.Load();
        var folder = new ResultsFolder(resultsDirectory, scenario, trainee, DateTimeOffset.Now);
        var (trainer, log) = Open(context, scenario, mode, folder, trainee, settings, window, store);
        using (log)
        using (trainer)
        {
            // Remember the choice as soon as it is open, so even a killed session brings it back next time.
            settings.Remember(scenario.SourcePath, mode, trainee);
            settings.Save();
            if (File.Exists(scenario.SourcePath))
            {
                // Educators edit the file while the window runs: a save reloads it.
                trainer.WatchScenario(scenario.SourcePath, context.Out, context.Error);
            }

            trainer.Run(shouldStop: FirstFrameExit.StopCondition(() => trainer.Frames, context.Error, "session"));
            if (trainer.Result is null && trainer.Session.Recorded.Count > 0)
            {
                // Window closed without the end dialog: still score and save what was done.
                trainer.Finish();
            }

            (settings.WindowWidth, settings.WindowHeight) = trainer.Window.WindowSize;
            settings.Save();
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// Plays <paramref name="attempt"/> visibly (one event every <paramref name="secondsPerEvent"/>), shows the
    /// debrief, saves a screenshot of it and the result files, and closes.
    /// </summary>
    /// <remarks>Uses default settings and saves none: a script plays the same on every machine and changes nothing of the trainee's.</remarks>
    public static int PlayScript(CliContext context, Scenario scenario, Attempt attempt, Mode mode, ResultsFolder folder, string trainee,
        double secondsPerEvent = 0.25, double debriefSeconds = 1.5, string? store = null)
    {
        var (window, log) = Open(context, scenario, mode, folder, trainee, new TrainerSettings(), store: store);
        using (log)
        using (window)
        {
            return Play(context, scenario, attempt, folder, window, secondsPerEvent, debriefSeconds);
        }
    }

    /// <summary>Opens the window on a new session whose events go to the log as they happen and whose end writes the results.</summary>
    private static (TrainerWindow Window, SessionLogWriter Log) Open(CliContext context, Scenario scenario, Mode mode, ResultsFolder folder,
        string trainee, TrainerSettings settings, Rendering.Hosts.GlfwWindow? existing = null, string? store = null)
    {
        var session = new Session(scenario, mode, Scene.AnatomyJudge.Shared);
        TrainerWindow window;
        try
        {
            window = new TrainerWindow(session, Pelvis.Build(), settings, existing);
        }
        catch
        {
            existing?.Dispose();
            throw;
        }

        var started = DateTimeOffset.Now;
        SessionLogWriter log;
        try
        {
            log = folder.CreateLog(scenario, trainee, mode, started);
        }
        catch
        {
            window.Dispose();
            throw;
        }

        window.Recorded += v => log.Append(v.Event, OutcomeNames.Of(v.Outcome), v.Message);
        window.Noted += log.AppendNote;
        var info = new Reports.SessionInfo(trainee, mode == Mode.Guided ? "guided" : "assessment", started, folder.LogPath);
        // The scenario of the session as it ends: a live reload may have replaced it.
        window.OnFinished = result => WriteResults(context, folder, window.Session.Scenario, result, info with { Notes = window.Table.Notes.ToList() }, window, store);
        return (window, log);
    }

    private static int Play(CliContext context, Scenario scenario, Attempt attempt, ResultsFolder folder, TrainerWindow window,
        double secondsPerEvent, double debriefSeconds)
    {
        var next = 0;
        window.Clock.Start(); // the script's events carry their own times; the HUD clock just runs beside them
        var due = Rendering.Hosts.GlfwWindow.TimeSeconds + secondsPerEvent;
        double? closeAt = null;
        window.Run(
            shouldStop: () => closeAt is { } t && Rendering.Hosts.GlfwWindow.TimeSeconds >= t,
            beforeFrame: () =>
            {
                var now = Rendering.Hosts.GlfwWindow.TimeSeconds;
                if (next < attempt.Events.Count && now >= due)
                {
                    var verdict = window.Table.Submit(attempt.Events[next++]);
                    context.Error.WriteLine(OutcomeNames.Line(verdict, scenario, window.Session.Mode));
                    due = now + secondsPerEvent;
                }
                else if (next >= attempt.Events.Count && window.Result is null && now >= due)
                {
                    window.Finish();
                    closeAt = now + debriefSeconds;
                }
            });

        // The last frame drawn is the debrief: keep a picture of it with the results.
        window.DrawFrame();
        var (w, h) = window.Window.FramebufferSize;
        PngFile.Write(folder.Stem + ".window.png", window.ReadFrame(), w, h);
        context.Error.WriteLine($"screenshot:  {folder.Stem}.window.png");
        context.Out.WriteLine(Debrief.Render(window.Result!, scenario));
        return ExitCodes.Ok;
    }

    private static IReadOnlyList<string> WriteResults(CliContext context, ResultsFolder folder, Scenario scenario, ScoreResult result,
        Reports.SessionInfo info, TrainerWindow window, string? store)
    {
        var files = SessionResults.Write(folder, scenario, result, info, window.FinalImages ?? Reports.ReportViews.NotRendered);

        foreach (var file in files)
        {
            context.Error.WriteLine($"saved: {file}");
        }

        // The debrief shows the trainee's record with this attempt in it (or why it cannot).
        window.Standing = SessionRecorder.Record(context, store, scenario, result, info, folder, out var problem)
            ? TraineeStanding.Read(store, info.Trainee, scenario)
            : StandingText.Unavailable(problem!);
        if (!window.Standing.Problem && window.Standing.Lines.Count > 0)
        {
            context.Error.WriteLine("record: " + string.Join(" · ", window.Standing.Lines));
        }

        return files;
    }
}
