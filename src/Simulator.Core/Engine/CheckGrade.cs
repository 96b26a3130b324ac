namespace Simulator.Core.Engine;

/// <summary>How one measured value sits against its target: ✓ inside, ⚠ near a bound, ✗ outside (see <see cref="TargetCheck"/>).</summary>
public enum CheckGrade
{
    /// <summary>✓ Inside the range and clear of its bounds.</summary>
    Inside,

    /// <summary>⚠ Inside but within the near band of a bound, or outside by no more than the near band (never for a critical target).</summary>
    Near,

    /// <summary>✗ Outside the range by more than the near band, outside a critical target at all, or not measured.</summary>
    Outside,
}
