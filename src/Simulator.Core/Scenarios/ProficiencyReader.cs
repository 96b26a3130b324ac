using System.Globalization;
using Simulator.Core.Diagnostics;
using Simulator.Core.Yaml;

namespace Simulator.Core.Scenarios;

/// <summary>Reads a scenario's optional <c>proficiency: {consecutive: K, min_total: N}</c>, every problem located at its key or value.</summary>
internal static class ProficiencyReader
{
    /// <summary>The criterion the node states, or <see cref="ProficiencyCriterion.Default"/> when it is absent or wrong (errors reported).</summary>
    /// <param name="node">The value of the <c>proficiency</c> key, or null when the key is absent.</param>
    /// <param name="r">The loader's node reader (its errors go to <paramref name="bag"/>).</param>
    /// <param name="bag">Where errors and warnings go, located at the key or value.</param>
    /// <param name="passMark">The scenario's pass mark: a min_total below it changes nothing, which is worth a warning.</param>
    public static ProficiencyCriterion Read(YNode? node, NodeReader r, DiagnosticBag bag, double passMark)
    {
        if (node is null)
        {
            return ProficiencyCriterion.Default;
        }

        if (r.Map(node, "'proficiency'") is not { } map)
        {
            return ProficiencyCriterion.Default;
        }

        r.CheckKeys(map, ScenarioKeys.Proficiency, "in proficiency");
        var consecutive = r.Int(map.Get("consecutive"), "'consecutive' of proficiency", 1) ?? ProficiencyCriterion.DefaultConsecutive;
        var minNode = map.Get("min_total");
        var minTotal = r.Number(minNode, "'min_total' of proficiency");
        if (minTotal is < 0 or > 100)
        {
            bag.Error(minNode, $"'min_total' of proficiency must be between 0 and 100 (got {minTotal.Value.ToString("0.##", CultureInfo.InvariantCulture)})");
            minTotal = null;
        }
        else if (minTotal < passMark)
        {
            var (n, p) = (minTotal.Value.ToString("0.##", CultureInfo.InvariantCulture), passMark.ToString("0.##", CultureInfo.InvariantCulture));
            bag.Warning(minNode, $"'min_total' of proficiency ({n}) is below pass_mark ({p}): only passes count, so it changes nothing");
            minTotal = null;
        }

        return new ProficiencyCriterion(consecutive, minTotal);
    }
}
