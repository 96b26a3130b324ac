using Simulator.Core.Scenarios;

namespace Simulator.Core.Engine;

/// <summary>One measured value of a performed event against one of its step's targets, as the trainee is told at once.</summary>
/// <param name="Target">The target.</param>
/// <param name="Value">The measured number, or null when the event does not carry it.</param>
/// <param name="Grade">✓ inside, ⚠ near, ✗ outside.</param>
/// <remarks>
/// The near band is 10 % of the range's width (one-sided ranges: of the bound's size, as technique credit
/// uses; a zero width counts as 1 unit). A value inside the range but within the band of a bound is ⚠, and
/// so is a value outside by no more than the band — except for a critical target, where any value outside
/// is ✗ because it fails the attempt. A bound that is the measurement's natural limit is not an edge: a minimum of 0
/// (offsets, angles and distances cannot go below it) and a maximum of 100 % (a share cannot exceed it), so
/// sitting on it is on target.
/// </remarks>
public sealed record TargetCheck(Target Target, double? Value, CheckGrade Grade)
{
    /// <summary>The near band as a fraction of the range's width.</summary>
    public const double NearFraction = 0.1;

    /// <summary>The target is a safety limit.</summary>
    public bool Critical => Target.Critical;

    /// <summary>✓, ⚠ or ✗.</summary>
    public string Symbol => Grade switch
    {
        CheckGrade.Inside => "✓",
        CheckGrade.Near => "⚠",
        _ => "✗",
    };

    /// <summary>
    /// The measurement's name, value and range: "depth_mm 55 mm (target 45–65 mm)", "depth_mm 46 mm (target 45–65 mm), close to
    /// the minimum", "entry_offset_mm 10.2 mm outside 0–5 mm", "foramen_clearance_mm 3.7 mm below the minimum 5 mm (safety limit)",
    /// "angle_to_plan_deg not measured (target 0–10 deg)".
    /// </summary>
    public string Text
    {
        get
        {
            var name = Target.Name;
            var safety = Critical ? " (safety limit)" : "";
            if (Value is not { } v)
            {
                return $"{name} not measured ({(Critical ? "safety limit" : "target")} {Target.RangeText})";
            }

            if (v < Target.Min || v > Target.Max)
            {
                return $"{name} {Target.OutsideText(v)}{safety}";
            }

            var near = Grade == CheckGrade.Near ? $", close to the {(NearMin(v) ? "minimum" : "maximum")}" : "";
            return $"{name} {Target.ValueText(v)} (target {Target.RangeText}){near}{(near.Length > 0 ? safety : "")}";
        }
    }

    /// <summary>The symbol and the text: the line every session kind shows and the log records.</summary>
    public string Line => $"{Symbol} {Text}";

    /// <summary>Grades <paramref name="value"/> against <paramref name="target"/>.</summary>
    public static TargetCheck Of(Target target, double? value)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (value is not { } v)
        {
            return new TargetCheck(target, null, CheckGrade.Outside);
        }

        var band = NearBand(target);
        if (v < target.Min || v > target.Max)
        {
            var by = v < target.Min ? target.Min - v : v - target.Max;
            return new TargetCheck(target, v, !target.Critical && by <= band ? CheckGrade.Near : CheckGrade.Outside);
        }

        var nearMin = EdgeMin(target) && v - target.Min <= band;
        var nearMax = EdgeMax(target) && target.Max - v <= band;
        return new TargetCheck(target, v, nearMin || nearMax ? CheckGrade.Near : CheckGrade.Inside);
    }

    /// <summary>10 % of the range's width; of the bound's size for a one-sided range; a zero width counts as 1.</summary>
    public static double NearBand(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var width = double.IsFinite(target.Width)
            ? target.Width
            : Math.Abs(double.IsFinite(target.Min) ? target.Min : double.IsFinite(target.Max) ? target.Max : 0);
        return NearFraction * (width == 0 ? 1 : width);
    }

    private bool NearMin(double v) =>
        EdgeMin(Target) && v - Target.Min <= NearBand(Target) && (!EdgeMax(Target) || v - Target.Min <= Target.Max - v);

    /// <summary>The minimum is an edge to warn about: finite, not the natural floor 0, and not the natural ceiling 100 % (all of it: nothing to be closer to).</summary>
    private static bool EdgeMin(Target t) => double.IsFinite(t.Min) && t.Min != 0 && !(t.Min == 100 && t.Unit == "%");

    /// <summary>The maximum is an edge to warn about: finite and not the natural ceiling 100 %.</summary>
    private static bool EdgeMax(Target t) => double.IsFinite(t.Max) && !(t.Max == 100 && t.Unit == "%");
}
