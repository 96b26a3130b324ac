using System.CommandLine;
using System.Globalization;
using Simulator.App.Sessions;
using Simulator.Records;

namespace Simulator.App.Cli;

/// <summary>
/// <c>simulator progress --trainee T --out curve.png</c>: the learning curve — the total of every attempt in order, guided and
/// assessment runs marked differently, the pass mark, a moving average of three, and the attempt at which the trainee became
/// proficient (by default three assessment passes in a row with no critical error).
/// </summary>
public static class ProgressCommand
{
    /// <summary>Consecutive assessment passes with no critical error that make a trainee proficient (the default criterion).</summary>
    public const int DefaultConsecutive = 3;

    public static Command Create(CliContext context)
    {
        var trainee = new Option<string>("--trainee", "-t") { Description = "The trainee.", Required = true };
        var scenario = new Option<string?>("--scenario", "-s") { Description = "Only this scenario id (default: every scenario)." };
        var output = new Option<string>("--out", "-o") { Description = "The PNG to write.", Required = true };
        var store = SessionRecorder.StoreOption();
        var command = new Command("progress", "Draw a trainee's learning curve: totals per attempt, the pass mark, a moving average and when proficiency was reached.")
        {
            trainee, scenario, output, store,
        };
        command.SetAction(parse => Run(context, parse.GetValue(trainee)!, parse.GetValue(scenario), parse.GetValue(output)!, parse.GetValue(store)));
        return command;
    }

    public static int Run(CliContext context, string trainee, string? scenario, string output, string? store)
    {
        IReadOnlyList<StoredSession> sessions;
        using (var records = SessionRecorder.OpenStore(context, store))
        {
            if (records is null)
            {
                return ExitCodes.BadInput;
            }

            sessions = records.Sessions(trainee, scenario).OrderBy(s => s.Started).ThenBy(s => s.Id).ToList();
        }

        if (sessions.Count == 0)
        {
            context.Error.WriteLine($"simulator: no recorded sessions of '{trainee}'{(scenario is null ? "" : $" on '{scenario}'")}; nothing to draw");
            return ExitCodes.BadInput;
        }

        var passMark = PassMark(scenario ?? sessions[0].ScenarioId);
        var proficientAt = ProficientAt(sessions, DefaultConsecutive);
        var png = Draw(sessions, passMark, proficientAt, trainee, scenario);
        ResultsFolder.WriteAtomically(output, png);
        context.Error.WriteLine($"saved: {output}");
        context.Out.WriteLine(proficientAt is { } k
            ? $"{trainee}: proficient since attempt {k + 1} ({sessions[k].Started.ToLocalTime():yyyy-MM-dd}), {sessions.Count} attempts"
            : $"{trainee}: not yet proficient ({DefaultConsecutive} assessment passes in a row with no critical error), {sessions.Count} attempts");
        return ExitCodes.Ok;
    }

    /// <summary>The index of the attempt that completed the first run of <paramref name="consecutive"/> clean assessment passes, or null.</summary>
    public static int? ProficientAt(IReadOnlyList<StoredSession> sessions, int consecutive)
    {
        var run = 0;
        for (var i = 0; i < sessions.Count; i++)
        {
            var s = sessions[i];
            if (s.Mode != "assessment")
            {
                continue; // guided practice neither counts nor breaks the run
            }

            run = s.Passed && s.CriticalErrors == 0 ? run + 1 : 0;
            if (run >= consecutive)
            {
                return i;
            }
        }

        return null;
    }

    private static double PassMark(string scenarioId)
    {
        try
        {
            return ScenarioLocator.Load(scenarioId).PassMark;
        }
        catch (Core.Diagnostics.InputException)
        {
            return 70;
        }
    }

    private static byte[] Draw(IReadOnlyList<StoredSession> sessions, double passMark, int? proficientAt, string trainee, string? scenario)
    {
        var plot = new ScottPlot.Plot();
        var xs = Enumerable.Range(1, sessions.Count).Select(i => (double)i).ToArray();
        var totals = sessions.Select(s => s.Total).ToArray();
        var average = totals.Select((_, i) => totals.Skip(Math.Max(0, i - 2)).Take(Math.Min(3, i + 1)).Average()).ToArray();
        var line = plot.Add.ScatterLine(xs, average);
        line.LegendText = "moving average (3)";
        line.LineWidth = 2;
        // Guided and assessment runs are marked differently; a failed run (below the pass mark, or a critical error at any total) in red.
        foreach (var (mode, passed, shape, label) in new[]
        {
            ("guided", true, ScottPlot.MarkerShape.OpenCircle, "guided, passed"),
            ("guided", false, ScottPlot.MarkerShape.Eks, "guided, failed"),
            ("assessment", true, ScottPlot.MarkerShape.FilledSquare, "assessment, passed"),
            ("assessment", false, ScottPlot.MarkerShape.Cross, "assessment, failed (below the mark or a critical error)"),
        })
        {
            var pick = sessions.Select((s, i) => (s, i)).Where(p => p.s.Mode == mode && p.s.Passed == passed).ToList();
            if (pick.Count == 0)
            {
                continue;
            }

            var points = plot.Add.ScatterPoints(pick.Select(p => xs[p.i]).ToArray(), pick.Select(p => p.s.Total).ToArray());
            points.MarkerShape = shape;
            points.MarkerSize = 11;
            points.LegendText = label;
            if (!passed)
            {
                points.Color = ScottPlot.Colors.Red;
            }
        }

        var pass = plot.Add.HorizontalLine(passMark);
        pass.LinePattern = ScottPlot.LinePattern.Dashed;
        pass.LegendText = $"pass mark {passMark.ToString("0", CultureInfo.InvariantCulture)}";
        if (proficientAt is { } k)
        {
            var when = plot.Add.VerticalLine(xs[k]);
            when.LegendText = $"proficient {sessions[k].Started.ToLocalTime():yyyy-MM-dd}";
            when.Color = ScottPlot.Colors.Green;
        }

        plot.Title($"{trainee}{(scenario is null ? "" : " — " + scenario)}: {sessions.Count} attempts");
        plot.XLabel("attempt");
        plot.YLabel("total (0–100)");
        plot.Axes.SetLimitsY(0, 105);
        plot.Axes.SetLimitsX(0.5, sessions.Count + 0.5);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.ShowLegend();
        return plot.GetImageBytes(900, 500, ScottPlot.ImageFormat.Png);
    }
}
