using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Engine;

public class TargetCheckTests
{
    private static readonly Target Depth = new("depth_mm", 45, 65, "mm");
    private static readonly Target Offset = new("entry_offset_mm", 0, 5, "mm");
    private static readonly Target Clearance = new("foramen_clearance_mm", 5, double.PositiveInfinity, "mm", Critical: true);

    [Theory]
    [InlineData(55, CheckGrade.Inside, "✓ depth_mm 55 mm (target 45–65 mm)")]
    [InlineData(47, CheckGrade.Near, "⚠ depth_mm 47 mm (target 45–65 mm), close to the minimum")]
    [InlineData(64, CheckGrade.Near, "⚠ depth_mm 64 mm (target 45–65 mm), close to the maximum")]
    [InlineData(67, CheckGrade.Near, "⚠ depth_mm 67 mm outside 45–65 mm")]
    [InlineData(67.5, CheckGrade.Outside, "✗ depth_mm 67.5 mm outside 45–65 mm")]
    [InlineData(30, CheckGrade.Outside, "✗ depth_mm 30 mm outside 45–65 mm")]
    public void A_two_sided_range_has_a_near_band_of_ten_percent_of_its_width(double value, CheckGrade grade, string line)
    {
        var check = TargetCheck.Of(Depth, value);
        Assert.Equal((grade, line), (check.Grade, check.Line));
    }

    [Theory]
    [InlineData(0, CheckGrade.Inside)]
    [InlineData(0.2, CheckGrade.Inside)]
    [InlineData(4.6, CheckGrade.Near)]
    [InlineData(5.5, CheckGrade.Near)]
    [InlineData(5.6, CheckGrade.Outside)]
    public void A_lower_bound_of_zero_is_a_floor_not_an_edge(double value, CheckGrade grade) =>
        Assert.Equal(grade, TargetCheck.Of(Offset, value).Grade);

    [Theory]
    [InlineData(100, CheckGrade.Inside)]
    [InlineData(91, CheckGrade.Near)]
    [InlineData(89.5, CheckGrade.Outside)]
    public void A_maximum_of_100_percent_is_a_ceiling_not_an_edge(double value, CheckGrade grade) =>
        Assert.Equal(grade, TargetCheck.Of(new Target("bone_path_pct", 90, 100, "%", Critical: true), value).Grade);

    [Theory]
    [InlineData(100, CheckGrade.Inside)]
    [InlineData(95, CheckGrade.Near)]
    [InlineData(80, CheckGrade.Outside)]
    public void A_minimum_of_100_percent_all_of_it_done_is_on_target_not_close_to_the_limit(double value, CheckGrade grade) =>
        Assert.Equal(grade, TargetCheck.Of(new Target("bleeders_sealed_pct", 100, double.PositiveInfinity, "%"), value).Grade);

    [Fact]
    public void The_log_line_names_the_measurement_its_value_and_its_range() =>
        Assert.Equal("✗ entry_offset_mm 10.2 mm outside 0–5 mm", TargetCheck.Of(Offset, 10.2).Line);

    [Theory]
    [InlineData(8, CheckGrade.Inside, "✓ foramen_clearance_mm 8 mm (target ≥ 5 mm)")]
    [InlineData(5.3, CheckGrade.Near, "⚠ foramen_clearance_mm 5.3 mm (target ≥ 5 mm), close to the minimum (safety limit)")]
    [InlineData(4.9, CheckGrade.Outside, "✗ foramen_clearance_mm 4.9 mm below the minimum 5 mm (safety limit)")]
    public void A_critical_target_is_never_near_outside_and_says_it_is_a_safety_limit(double value, CheckGrade grade, string line)
    {
        var check = TargetCheck.Of(Clearance, value);
        Assert.Equal((grade, line), (check.Grade, check.Line));
        Assert.True(check.Critical);
    }

    [Fact]
    public void A_missing_value_is_outside_and_says_not_measured()
    {
        var check = TargetCheck.Of(Clearance, null);
        Assert.Equal((CheckGrade.Outside, "✗ foramen_clearance_mm not measured (safety limit ≥ 5 mm)"), (check.Grade, check.Line));
    }

    [Fact]
    public void A_zero_width_target_uses_one_unit_for_the_band()
    {
        var exact = new Target("count", 3, 3, "");
        Assert.Equal(0.1, TargetCheck.NearBand(exact), 12);
        Assert.Equal(CheckGrade.Near, TargetCheck.Of(exact, 3).Grade);
        Assert.Equal(CheckGrade.Outside, TargetCheck.Of(exact, 3.2).Grade);
    }
}
