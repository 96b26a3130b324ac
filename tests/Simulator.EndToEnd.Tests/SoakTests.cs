using System.Diagnostics;
using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Rendering.Gl;
using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;
using Xunit.Abstractions;

namespace Simulator.EndToEnd.Tests;

/// <summary>
/// A long scripted session in the real window (Xvfb): the GL objects it holds and its managed heap stay flat from the
/// first thousand events to the last, and closing the window releases every GL object it made.
/// </summary>
/// <remarks>Run alone with <c>dotnet test --filter Category=Soak</c>; see README.md, "Robustness".</remarks>
[Collection("gl")]
[Trait("Category", "Soak")]
public class SoakTests(ITestOutputHelper output)
{
    private const int Events = 10_000;
    private const int SampleEvery = 1_000;

    /// <summary>A frame is drawn (and swapped) after every this many events, as the window would between a trainee's actions.</summary>
    private const int FrameEvery = 10;

    /// <summary>The heap may grow this much more than the session's own record of the events: a tenth of the first sample, or 2 MB if more.</summary>
    private static long HeapAllowance(long first) => Math.Max(first / 10, 2L * 1024 * 1024);

    /// <param name="scenarioId">The scenario; the open approach adds its own scene (marks, strokes, the window and block).</param>
    /// <param name="example">Its reference attempt in docs/examples, played again and again.</param>
    [Theory]
    [InlineData("si-joint-fusion-mis", "mis-perfect.yaml")]
    [InlineData("si-joint-fusion-open", "open-perfect.yaml")]
    public void Ten_thousand_events_hold_GL_objects_and_the_heap_flat_and_closing_the_window_releases_every_GL_object(string scenarioId, string example)
    {
        var scenario = ScenarioLocator.Load(Path.Combine(RepoPaths.Root, "scenarios", scenarioId + ".yaml"));
        var reference = AttemptLoader.LoadFile(Path.Combine(RepoPaths.Root, "docs", "examples", example), scenario).ValueOrThrow().Events;
        var samples = new List<(int Events, long GlObjects, long Heap)>();
        var watch = Stopwatch.StartNew();
        var drawing = new Stopwatch();
        var before = GlObjects.Live;
        long afterClose;
        Session session;
        SoakScript script;
        using (XvfbServer.Start())
        {
            session = new Session(scenario, Mode.Guided, AnatomyJudge.Shared);
            using (var window = new TrainerWindow(session, Pelvis.Build(), new TrainerSettings()))
            {
                Assert.True(GlObjects.Live > before, "the window made no GL objects through the wrappers: nothing is counted");
                script = new SoakScript(window, scenario, reference, seed: 2024);
                var drawnAt = 0;
                while (session.Recorded.Count < Events)
                {
                    script.Step();
                    var count = session.Recorded.Count;
                    if (count - drawnAt >= FrameEvery)
                    {
                        drawnAt = count;
                        drawing.Start();
                        window.DrawFrame();
                        window.Window.SwapBuffers();
                        window.Window.PollEvents();
                        drawing.Stop();
                    }

                    if (count >= SampleEvery * (samples.Count + 1))
                    {
                        samples.Add((count, GlObjects.Live, SettledHeap()));
                        output.WriteLine($"{count,6} events: {samples[^1].GlObjects} GL objects, heap {Mb(samples[^1].Heap)}, {watch.Elapsed.TotalSeconds:F0} s");
                    }
                }

                // The end of the session: the debrief renders the final views through GL objects of its own.
                window.Finish();
                window.DrawFrame();
                window.Window.SwapBuffers();
                Assert.Equal(TrainerScreen.Debrief, window.Screen);
            }

            afterClose = GlObjects.Live;
        }

        var windowTime = watch.Elapsed;
        var recordGrowth = BareSessionGrowth(scenario, session);
        output.WriteLine($"{script.Describe()}; window {windowTime.TotalSeconds:F0} s ({drawing.Elapsed.TotalSeconds:F0} s drawing), "
            + $"bare session record {Mb(recordGrowth)} from {SampleEvery} to {Events} events, {watch.Elapsed.TotalSeconds:F0} s in all");

        Assert.Equal(Events / SampleEvery, samples.Count);
        Assert.Contains(session.Recorded, v => v.Outcome == Outcome.Refused);
        Assert.Contains(session.Recorded, v => v.Outcome == Outcome.Distractor);
        Assert.Contains(session.Recorded, v => v.Outcome == Outcome.Repeated);
        var first = samples[0];
        Assert.All(samples, s => Assert.True(s.GlObjects == first.GlObjects,
            $"{s.GlObjects} GL objects after {s.Events} events, {first.GlObjects} after {first.Events}: GL objects leak"));
        // The session keeps every event it was given (it scores them at the end); nothing else may grow with them.
        var last = samples[^1];
        Assert.True(last.Heap - first.Heap <= recordGrowth + HeapAllowance(first.Heap),
            $"heap {Mb(first.Heap)} after {first.Events} events, {Mb(last.Heap)} after {last.Events}, of which the session's record of "
            + $"the events is {Mb(recordGrowth)}: the window's managed heap grows");
        Assert.Equal(before, afterClose);
    }

    /// <summary>How much a bare <see cref="Session"/> (no window) grows from the first sample to the last, given the same events.</summary>
    private static long BareSessionGrowth(Core.Scenarios.Scenario scenario, Session played)
    {
        // The window's hints name its keys, so its messages are a little longer than a bare session's: use them too.
        var bare = new Session(scenario, played.Mode, AnatomyJudge.Shared) { Hints = played.Hints };
        var first = 0L;
        foreach (var verdict in played.Recorded)
        {
            bare.Submit(verdict.Event);
            if (bare.Recorded.Count == SampleEvery)
            {
                first = SettledHeap();
            }
        }

        var growth = SettledHeap() - first;
        GC.KeepAlive(bare);
        return growth;
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024:F1} MB";

    /// <summary>The managed heap after full blocking collections (finalizers run in between).</summary>
    private static long SettledHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>
    /// What the soak does, one step at a time (seeded): mostly the reference attempt's next event, interleaved with distractors,
    /// repeats of the last event, C-arm shots from a preset and camera moves (orbit, zoom, preset views), which are not events.
    /// </summary>
    private sealed class SoakScript(TrainerWindow window, Core.Scenarios.Scenario scenario, IReadOnlyList<AttemptEvent> reference, int seed)
    {
        private readonly Random _rng = new(seed);
        private readonly CameraView[] _views = Enum.GetValues<CameraView>();
        private readonly CameraView[] _carmViews = { CameraView.Lateral, CameraView.Ap, CameraView.Inlet, CameraView.Outlet };
        private int _next;
        private int _distractors;
        private int _repeats;
        private int _shots;
        private int _moves;

        public void Step()
        {
            var roll = _rng.Next(100);
            var table = window.Table;
            if (roll < 8 && scenario.Distractors.Count > 0)
            {
                _distractors++;
                Submit(scenario.Distractors[_rng.Next(scenario.Distractors.Count)].Id, new Dictionary<string, Measurement>());
            }
            else if (roll < 15 && table.Session.Recorded.Count > 0)
            {
                _repeats++;
                var last = table.Session.Recorded[^1].Event;
                Submit(last.Do, last.With);
            }
            else if (roll < 20)
            {
                _shots++;
                window.PresetCArm(_carmViews[_rng.Next(_carmViews.Length)]);
                table.TakeShot();
            }
            else if (roll < 30)
            {
                _moves++;
                MoveCamera();
            }
            else
            {
                var ev = reference[_next++ % reference.Count];
                Submit(ev.Do, ev.With);
            }
        }

        public string Describe() =>
            $"{window.Session.Recorded.Count} events ({window.Session.Recorded.Count(v => v.Outcome == Outcome.Refused)} refused), "
            + $"{_distractors} distractors, {_repeats} repeats, {_shots} shots tried, {_moves} camera moves, reference passes {_next / reference.Count}";

        private void Submit(string id, IReadOnlyDictionary<string, Measurement> with) =>
            window.Table.Submit(new AttemptEvent(id, Math.Round(window.ClockSeconds(), 1), with));

        private void MoveCamera()
        {
            switch (_rng.Next(3))
            {
                case 0:
                    window.SetView(_views[_rng.Next(_views.Length)]);
                    break;
                case 1:
                    // Orbit with a right drag across the 3D view.
                    var (x, y) = (700 + _rng.Next(300), 200 + _rng.Next(300));
                    window.OnMouseMove(x, y);
                    window.OnMouseButton(MouseButton.Right, true, 0);
                    window.OnMouseMove(x + _rng.Next(-150, 150), y + _rng.Next(-100, 100));
                    window.OnMouseButton(MouseButton.Right, false, 0);
                    break;
                default:
                    window.OnScroll(0, _rng.Next(-3, 4));
                    break;
            }
        }
    }
}
