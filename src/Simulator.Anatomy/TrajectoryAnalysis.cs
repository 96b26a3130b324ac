using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>Judges a pin path against the anatomy: the technique figures and safety breaches the debrief reports.</summary>
public static class TrajectoryAnalysis
{
    /// <summary>Sampling step along a path, mm.</summary>
    private const float StepMm = 0.5f;

    public static TrajectoryFindings Analyse(Pelvis pelvis, Vector3 entry, Vector3 tip) => Analyse(pelvis, entry, tip, pelvis.PlannedImplants);

    /// <summary>Judges the pin against the nearest of <paramref name="plans"/> on its side (a scenario's own plan).</summary>
    public static TrajectoryFindings Analyse(Pelvis pelvis, Vector3 entry, Vector3 tip, IReadOnlyList<PlannedTrajectory> plans)
    {
        var plan = NearestPlan(plans, entry, tip);
        var direction = tip - entry;
        var depth = direction.Length();
        var axis = depth < 1e-3f ? plan.Axis : direction / depth;
        var angle = depth < 1e-3f ? 0 : MathF.Acos(Math.Clamp(Vector3.Dot(axis, plan.Axis), -1f, 1f)) * 180f / MathF.PI;

        var clearance = ForamenClearanceMm(pelvis, entry, tip);

        // Sample from 2 mm under the entry point (the cortex) to the tip, ignoring the joint gap itself.
        var path = new PathSamples(pelvis, entry, axis, depth);
        var samples = 0;
        var inBone = 0;
        for (var t = 2f; t <= depth; t += 1f)
        {
            var p = entry + axis * t;
            if (InJointSpace(p))
            {
                continue;
            }

            samples++;
            inBone += path.InBone(t) ? 1 : 0;
        }

        var percent = samples == 0 ? 100.0 : 100.0 * inBone / samples;
        var breaches = pelvis.Dangers.Where(d => d.Intersects(entry, tip)).ToList();
        if (BoneExit(pelvis, path, entry, axis, depth, breaches) is { } exit)
        {
            breaches.Add(exit);
        }

        return new TrajectoryFindings(plan, Vector3.Distance(entry, plan.EntryMm), angle, depth, clearance, Math.Round(percent, 1), breaches);
    }

    /// <summary>
    /// Where an implant of <paramref name="implantLengthMm"/> ends when it is driven over the pin (<paramref name="entry"/> →
    /// <paramref name="tip"/>) down a channel drilled <paramref name="channelDepthMm"/> deep: tapped to the end of the channel,
    /// or flush with the outer table if it is shorter than the channel.
    /// </summary>
    public static ImplantFindings AnalyseImplant(Pelvis pelvis, Vector3 entry, Vector3 tip, double implantLengthMm, double channelDepthMm)
    {
        var path = tip - entry;
        var axis = path.LengthSquared() < 1e-6f ? NearestPlan(pelvis, entry, tip).Axis : Vector3.Normalize(path);
        var length = (float)implantLengthMm;
        var channel = (float)Math.Max(0, channelDepthMm);
        var proud = MathF.Max(0f, length - channel);
        var tipDepth = length - proud;
        var implantTip = entry + axis * tipDepth;
        var joint = Pelvis.JointCrossingMm(entry, axis, maxMm: 150f);
        var sacrum = joint is { } j ? tipDepth - j : -PelvisShape.JointSide(implantTip);
        return new ImplantFindings(implantTip, joint is null ? null : Math.Round(joint.Value, 1), Math.Round(sacrum, 1), Math.Round(proud, 1));
    }

    /// <summary>Surface-to-surface clearance between the pin (entry → tip) and the nearest S1/S2 foramen; negative when inside.</summary>
    public static double ForamenClearanceMm(Pelvis pelvis, Vector3 entry, Vector3 tip) => pelvis.Dangers
        .Where(d => d.Kind == DangerKind.Foramen)
        .Select(d => (double)(Geometry.SegmentSegmentDistance(entry, tip, d.A, d.B) - d.RadiusMm))
        .DefaultIfEmpty(double.MaxValue)
        .Min();

    /// <summary>The nearest planned implant path on the pin's side.</summary>
    public static PlannedTrajectory NearestPlan(Pelvis pelvis, Vector3 entry, Vector3 tip) => NearestPlan(pelvis.PlannedImplants, entry, tip);

    /// <summary>The nearest of <paramref name="plans"/> on the pin's side (by the sign of x), or the nearest of all if none is on it.</summary>
    public static PlannedTrajectory NearestPlan(IReadOnlyList<PlannedTrajectory> plans, Vector3 entry, Vector3 tip)
    {
        var sameSide = plans.Where(p => p.EntryMm.X >= 0 == entry.X >= 0).ToList();
        return (sameSide.Count > 0 ? sameSide : plans)
            .OrderBy(p => Vector3.Distance(p.EntryMm, entry) + Geometry.DistanceToSegment(tip, p.EntryMm, p.TargetMm))
            .First();
    }

    /// <summary>The bony foramina and canal are wider than their danger capsules (the nerve inside): their rim is not a cortex exit.</summary>
    private const float OpeningMarginMm = 2.5f;

    private static bool InJointSpace(Vector3 p) => MathF.Abs(PelvisShape.JointSide(p)) < PelvisShape.JointHalfGap + 1.5f;

    /// <summary>
    /// The first place the path, once in bone, leaves it through a cortex (not through the joint space, and not into a
    /// foramen or the canal, which are breaches of their own): a breach wherever it happens, named by the surface it crosses.
    /// </summary>
    private static DangerStructure? BoneExit(Pelvis pelvis, PathSamples path, Vector3 entry, Vector3 axis, float depth, IReadOnlyList<DangerStructure> known)
    {
        var wasInBone = false;
        for (var t = 0f; t <= depth; t += StepMm)
        {
            var p = entry + axis * t;
            var inside = path.InBone(t);
            if (inside)
            {
                wasInBone = true;
                continue;
            }

            if (!wasInBone || InJointSpace(p) || pelvis.Dangers.Any(d => d.Kind is DangerKind.Foramen or DangerKind.Canal && d.DistanceTo(p) < OpeningMarginMm))
            {
                continue;
            }

            if (known.Any(d => d.Contains(p)))
            {
                return null;
            }

            var normal = Vector3.Normalize(Sdf.Gradient(pelvis.BoneDistance, p, 0.5f));
            var side = p.X >= 0 ? "left" : "right";
            var (name, words) = normal switch
            {
                { Y: < -0.5f } => ($"front-cortex-{side}",
                    "The pin left the bone through the front of the sacral ala or the SI joint into the pelvis, where the L5 nerve root and the internal iliac vessels lie"),
                { Z: > 0.5f } => ($"upper-cortex-{side}",
                    "The pin left the bone through the top of the sacral ala, where the L5 nerve root crosses it"),
                { Y: > 0.5f } => ($"back-cortex-{side}",
                    "The pin left the bone through the back of the sacrum or ilium, missing the sacral body"),
                _ => ($"cortex-{side}", "The pin left the bone through its cortex and ran outside it"),
            };
            var at = FormattableString.Invariant($"{p.X:0.#}, {p.Y:0.#}, {p.Z:0.#}");
            return new DangerStructure(name, DangerKind.BoneExit, p, p, 0f, $"{words} (at [{at}], {t:0} mm along the pin).");
        }

        return null;
    }

    /// <summary>
    /// Whether the points of a path every <see cref="StepMm"/> from its entry are in bone, each worked out once: the bone-path
    /// share (every 1 mm) and the search for a cortex exit (every 0.5 mm) ask about the same points at whole millimetres.
    /// </summary>
    private sealed class PathSamples
    {
        private readonly Pelvis _pelvis;
        private readonly Vector3 _entry;
        private readonly Vector3 _axis;

        /// <summary>Per sample: 0 not yet known, 1 in bone, −1 not.</summary>
        private readonly sbyte[] _known;

        public PathSamples(Pelvis pelvis, Vector3 entry, Vector3 axis, float depth)
        {
            (_pelvis, _entry, _axis) = (pelvis, entry, axis);
            _known = new sbyte[depth >= 0 && float.IsFinite(depth) ? (int)(depth / StepMm) + 1 : 0];
        }

        /// <summary>Whether the point <paramref name="t"/> mm along the path is in bone (<paramref name="t"/> a multiple of <see cref="StepMm"/>).</summary>
        public bool InBone(float t)
        {
            var k = (int)(t / StepMm);
            if (k * StepMm != t || k >= _known.Length)
            {
                return _pelvis.IsInBone(_entry + _axis * t);
            }

            if (_known[k] == 0)
            {
                _known[k] = _pelvis.IsInBone(_entry + _axis * t) ? (sbyte)1 : (sbyte)-1;
            }

            return _known[k] > 0;
        }
    }
}
