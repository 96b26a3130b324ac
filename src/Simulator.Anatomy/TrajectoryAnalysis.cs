using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>Judges a pin path against the anatomy: the technique figures and safety breaches the debrief reports.</summary>
public static class TrajectoryAnalysis
{
    public static TrajectoryFindings Analyse(Pelvis pelvis, Vector3 entry, Vector3 tip)
    {
        var side = entry.X >= 0 ? "left" : "right";
        var plan = pelvis.PlannedImplants
            .Where(p => p.Name.EndsWith(side, StringComparison.Ordinal))
            .OrderBy(p => Vector3.Distance(p.EntryMm, entry) + Geometry.DistanceToSegment(tip, p.EntryMm, p.TargetMm))
            .First();
        var path = tip - entry;
        var depth = path.Length();
        var angle = depth < 1e-3f ? 0 : MathF.Acos(Math.Clamp(Vector3.Dot(path / depth, plan.Axis), -1f, 1f)) * 180f / MathF.PI;

        var clearance = double.MaxValue;
        foreach (var danger in pelvis.Dangers.Where(d => d.Kind == DangerKind.Foramen))
        {
            clearance = Math.Min(clearance, Geometry.SegmentSegmentDistance(entry, tip, danger.A, danger.B) - danger.RadiusMm);
        }

        // Sample from 2 mm under the entry point (the cortex) to the tip, ignoring the joint gap itself.
        var samples = 0;
        var inBone = 0;
        for (var t = 2f; t <= depth; t += 1f)
        {
            var p = entry + path / depth * t;
            if (MathF.Abs(PelvisShape.JointSide(p)) < PelvisShape.JointHalfGap + 1.5f)
            {
                continue;
            }

            samples++;
            inBone += pelvis.IsInBone(p) ? 1 : 0;
        }

        var percent = samples == 0 ? 100.0 : 100.0 * inBone / samples;
        var breaches = pelvis.Dangers.Where(d => d.Intersects(entry, tip)).ToList();
        return new TrajectoryFindings(plan, Vector3.Distance(entry, plan.EntryMm), angle, depth, clearance, Math.Round(percent, 1), breaches);
    }
}
