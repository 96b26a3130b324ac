using System.CommandLine;
using System.Globalization;
using Simulator.App.Sessions;
using Simulator.Records;

namespace Simulator.App.Cli;

/// <summary>
/// <c>simulator progress --trainee T --out curve.png</c>: the learning curve — the total of every attempt in order, guided and
/// assessment runs marked differently, the pass mark, a moving average of three, and the attempt at which the trainee became
/// proficient by the scenario's <c>proficiency:</c> criterion (by default three assessment passes in a row with no critical error).
/// </summary>
public static class ProgressCommand
{
    public static Command Create(CliContext context)
    {
        var trainee = new Option<string>("--trainee", "-t") { Description = "The trainee.", Required = true };
        var scenario = new Option<string?>("--scenario", "-s") { Description = "Only this scenario: an id, or a scenario file (default: every scenario)." };
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
        Core.Scenarios.Scenario? file = null;
        if (scenario is not null)
        {
            (scenario, file) = RecordedScenario.Resolve(scenario);
        }

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

        // Proficiency is per scenario, by each scenario's own criterion (the default, said on stderr, when its file is not found).
        var ids = sessions.Select(s => s.ScenarioId).Distinct().ToList();
        var found = new Dictionary<string, Core.Scenarios.Scenario?>();
        var states = new List<(string Id, ProficiencyState State)>();
        foreach (var id in ids)
        {
            var criterion = RecordedScenario.Criterion(context.Error, id, out var loaded, file);
            found[id] = loaded;
            states.Add((id, Proficiency.Evaluate(sessions.Where(s => s.ScenarioId == id).ToList(), criterion)));
        }

        var passMark = found[scenario ?? sessions[0].ScenarioId]?.PassMark ?? 70;
        var marks = states.Where(p => p.State.ProficientBy is not null)
            .Select(p => (Index: IndexOf(sessions, p.State.ProficientBy!), Label: ids.Count > 1 ? p.Id : null)).ToList();
        var png = Draw(sessions, passMark, marks, trainee, scenario);
        ResultsFolder.WriteAtomically(output, png);
        context.Error.WriteLine($"saved: {output}");
        foreach (var (id, state) in states)
        {
            var who = ids.Count > 1 ? $"{trainee} on {id}" : trainee;
            context.Out.WriteLine(state.ProficientBy is { } by
                ? $"{who}: proficient since attempt {state.ProficientAt + 1} ({by.Started.ToLocalTime():yyyy-MM-dd}), {state.Attempts} attempts"
                : $"{who}: not yet proficient ({state.Streak} of {state.Criterion.Consecutive} in a row; proficient is {state.Criterion.Describe()}), {state.Attempts} attempts");
        }

        return ExitCodes.Ok;
    }

    private static int IndexOf(IReadOnlyList<StoredSession> sessions, StoredSession session)
    {
        for (var i = 0; i < sessions.Count; i++)
        {
            if (ReferenceEquals(sessions[i], session))
            {
                return i;
            }
        }

        return -1;
    }

    private static byte[] Draw(IReadOnlyList<StoredSession> sessions, double passMark, IReadOnlyList<(int Index, string? Scenario)> proficient,
        string trainee, string? scenario)
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
        foreach (var (k, which) in proficient)
        {
            var when = plot.Add.VerticalLine(xs[k]);
            when.LegendText = $"proficient{(which is null ? "" : " on " + which)} {sessions[k].Started.ToLocalTime():yyyy-MM-dd}";
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
