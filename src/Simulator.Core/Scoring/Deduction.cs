namespace Simulator.Core.Scoring;

/// <summary>Points lost for one reason: <c>{component, points, reason, step, rationale}</c>.</summary>
/// <param name="Component">sequence, precedence, completeness, technique, economy, or critical (0 points).</param>
/// <param name="Points">Points lost on the 0–100 scale.</param>
/// <param name="Reason">What went wrong.</param>
/// <param name="Step">The step (or distractor) concerned, or "".</param>
/// <param name="Rationale">Rationale of the correct step involved, or "".</param>
/// <remarks>Deductions add up to 100 − total so every lost point is explained in the debrief.</remarks>
public sealed record Deduction(string Component, double Points, string Reason, string Step, string Rationale);
