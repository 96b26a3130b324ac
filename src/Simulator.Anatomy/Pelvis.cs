using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>The procedural pelvis: part meshes, landmarks, safe corridors, danger structures and exact shape queries.</summary>
/// <remarks>
/// Patient coordinates: DICOM LPS in millimetres (+x patient left, +y posterior, +z superior), origin
/// at the centre of the S1 superior endplate. Built once per process (<see cref="Build"/> caches);
/// immutable and safe to share between threads. The shape, landmarks, corridors, dangers and plan are
/// built at once and cheaply; the part meshes only when <see cref="Parts"/> is first read (or
/// <see cref="PrepareMeshes"/> starts them), from the <see cref="MeshCache"/> when it holds them.
/// </remarks>
public sealed partial class Pelvis
{
    private static readonly Lazy<Pelvis> Cached = new(() => new Pelvis(MeshCache.Default), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly PelvisShape _shape = new();
    private readonly Lazy<IReadOnlyList<Part>> _parts;

    private Pelvis(MeshCache? cache)
    {
        _parts = new(() => PelvisMeshes.Load(_shape, TriangleBudget, cache), LazyThreadSafetyMode.ExecutionAndPublication);
        Corridors = BuildCorridors();
        Dangers = BuildDangers();
        PlannedImplants = BuildPlannedImplants();
        Landmarks = BuildLandmarks();
    }

    /// <summary>The process's pelvis (built on first call; its meshes wait for <see cref="Parts"/>).</summary>
    public static Pelvis Build() => Cached.Value;

    /// <summary>A pelvis of its own, not the process's: its meshes come from <paramref name="cache"/> (null: always built).</summary>
    internal static Pelvis Create(MeshCache? cache = null) => new(cache);

    /// <summary>
    /// Each part's render budget in triangles: its marching-cubes mesh is decimated (<see cref="MeshDecimator"/>,
    /// vertices kept on the shape function's surface) to this many.
    /// </summary>
    /// <remarks>
    /// llvmpipe, the CPU rasteriser the trainer must hold 60 fps on, slows down far more than linearly past ≈15 k
    /// triangles; see docs/anatomy.md for the measurements and for why each part gets what it gets.
    /// </remarks>
    public static IReadOnlyDictionary<string, int> TriangleBudget { get; } = new Dictionary<string, int>
    {
        ["sacrum"] = 4500,
        ["l5"] = 1200,
        ["ilium-left"] = 3500,
        ["ilium-right"] = 3500,
        ["soft-tissue"] = 1500,
    };

    /// <summary>The part meshes: built (or read from the mesh cache) on first use, which takes up to seconds; later reads are free.</summary>
    public IReadOnlyList<Part> Parts => _parts.Value;

    /// <summary>Whether the part meshes are built yet: shape queries, landmarks, corridors and plans never need them.</summary>
    public bool MeshesBuilt => _parts.IsValueCreated;

    /// <summary>Starts building the part meshes on a worker thread (done already: nothing); <see cref="Parts"/> then waits only for what is left.</summary>
    public Task PrepareMeshes() => _parts.IsValueCreated ? Task.CompletedTask : Task.Run(() => _parts.Value);

    public IReadOnlyList<Landmark> Landmarks { get; }

    public IReadOnlyList<Corridor> Corridors { get; }

    public IReadOnlyList<DangerStructure> Dangers { get; }

    /// <summary>
    /// The three implant paths per side of the lateral transiliac technique: cephalad S1, caudal S1 and S2,
    /// spread ≈16 mm apart within the corridors (names <c>implant-1-left</c> … <c>implant-3-right</c>).
    /// </summary>
    public IReadOnlyList<PlannedTrajectory> PlannedImplants { get; }

    /// <summary>Distance between the two S1 implant paths (each 8 mm off the S1 corridor axis).</summary>
    public const float S1SplitMm = 8f;

    public int TriangleCount => Parts.Sum(p => p.Mesh.TriangleCount);

    public Landmark Landmark(string name) => Landmarks.First(l => l.Name == name);

    public Corridor Corridor(string name) => Corridors.First(c => c.Name == name);

    /// <summary>Signed distance to the nearest bone surface in mm (negative inside bone).</summary>
    public float BoneDistance(Vector3 p) => _shape.Bone(p);

    public bool IsInBone(Vector3 p) => _shape.Bone(p) < 0;

    /// <summary>The bone part containing <paramref name="p"/>, "soft-tissue" inside the envelope, or null outside the body.</summary>
    public string? StructureAt(Vector3 p)
    {
        var (name, d) = Nearest(p, includeSoftTissue: false);
        if (d < 0)
        {
            return name;
        }

        return PelvisShape.Envelope(p) < 0 ? "soft-tissue" : null;
    }

    /// <summary>The first surface along the ray (sphere tracing the shape functions), or null within 3 m.</summary>
    public RayHit? Pick(Vector3 origin, Vector3 direction, bool includeSoftTissue = false)
    {
        var dir = Vector3.Normalize(direction);
        var t = 0f;
        var startInside = includeSoftTissue && PelvisShape.Envelope(origin) < 0;
        for (var i = 0; i < 1500 && t < 3000f; i++)
        {
            var p = origin + dir * t;
            var (name, d) = Nearest(p, includeSoftTissue && !startInside);
            if (d < 0.05f)
            {
                // Step back onto the surface by bisection for a precise point.
                var lo = MathF.Max(0, t - 2f);
                var hi = t;
                for (var k = 0; k < 20; k++)
                {
                    var mid = (lo + hi) / 2;
                    if (Nearest(origin + dir * mid, includeSoftTissue && !startInside).Distance < 0)
                    {
                        hi = mid;
                    }
                    else
                    {
                        lo = mid;
                    }
                }

                var hit = origin + dir * hi;
                Func<Vector3, float> f = name switch
                {
                    "sacrum" => _shape.Sacrum,
                    "l5" => _shape.L5,
                    "ilium-left" => _shape.HipLeft,
                    "ilium-right" => _shape.HipRight,
                    _ => PelvisShape.Envelope,
                };
                return new RayHit(name, hit, Sdf.Gradient(f, hit, 0.25f), hi);
            }

            t += MathF.Max(0.6f * d, 0.2f);
        }

        return null;
    }

    private (string Name, float Distance) Nearest(Vector3 p, bool includeSoftTissue)
    {
        var best = ("sacrum", _shape.Sacrum(p));
        var l5 = _shape.L5(p);
        if (l5 < best.Item2)
        {
            best = ("l5", l5);
        }

        var left = _shape.HipLeft(p);
        if (left < best.Item2)
        {
            best = ("ilium-left", left);
        }

        var right = _shape.HipRight(p);
        if (right < best.Item2)
        {
            best = ("ilium-right", right);
        }

        if (includeSoftTissue)
        {
            // The envelope is entered from outside: its surface counts, not its inside.
            var skin = PelvisShape.Envelope(p);
            if (skin < best.Item2)
            {
                best = ("soft-tissue", skin);
            }
        }

        return best;
    }

    private IReadOnlyList<Corridor> BuildCorridors()
    {
        var list = new List<Corridor>();
        foreach (var side in new[] { 1f, -1f })
        {
            var name = side > 0 ? "left" : "right";
            list.Add(MakeCorridor($"s1-{name}", SacralFrames.Point(12, 3 * side, 0, -2), side, 6.5f,
                "Transiliac S1 corridor: from the outer table of the ilium across the SI joint into the S1 body, below the ala's upper cortex and above the S1 foramen."));
            list.Add(MakeCorridor($"s2-{name}", SacralFrames.Point(48, 3 * side, 0, -2), side, 6.5f,
                "Transiliac S2 corridor: across the joint into the S2 body, between the S1 and S2 foramina."));
        }

        return list;
    }

    private Corridor MakeCorridor(string name, Vector3 target, float side, float radius, string description)
    {
        var outward = Vector3.Normalize(new Vector3(side * 90f, 20f, 0f));
        var hip = side > 0 ? (Func<Vector3, float>)_shape.HipLeft : _shape.HipRight;
        // March from far outside toward the target; the first hip-bone surface is the entry on the outer table.
        var start = target + outward * 250f;
        var entry = target + outward * 80f;
        for (var t = 0f; t < 250f; t += 0.25f)
        {
            var p = start - outward * t;
            if (hip(p) < 0)
            {
                entry = p;
                break;
            }
        }

        return new Corridor(name, entry, target, radius, description);
    }

    private IReadOnlyList<PlannedTrajectory> BuildPlannedImplants()
    {
        var list = new List<PlannedTrajectory>();
        foreach (var side in new[] { "left", "right" })
        {
            var s1 = Corridor($"s1-{side}");
            var s2 = Corridor($"s2-{side}");
            var towardS2 = s2.TargetMm - s1.TargetMm;
            var across = Vector3.Normalize(towardS2 - Vector3.Dot(towardS2, s1.Axis) * s1.Axis) * S1SplitMm;
            var sign = side == "left" ? 1f : -1f;
            list.Add(Plan($"implant-1-{side}", s1.TargetMm - across, s1.Axis, sign, "Implant 1: cephalad in S1, in the ala below its upper cortex, ending in the S1 body."));
            list.Add(Plan($"implant-2-{side}", s1.TargetMm + across, s1.Axis, sign, "Implant 2: caudal in S1, above the S1 foramen."));
            list.Add(Plan($"implant-3-{side}", s2.TargetMm, s2.Axis, sign, "Implant 3: through the S2 corridor, between the S1 and S2 foramina."));
        }

        return list;
    }

    /// <summary>Sacral purchase the plan aims for: well past the 10 mm counted as short, toward the sacral body (Shin 2019, Lindsey 2018).</summary>
    public const float PlannedSacrumMm = 25f;

    /// <summary>
    /// Plans one implant along <paramref name="axis"/> toward <paramref name="target"/>: the entry on the outer table, the joint
    /// crossing, and the implant size (30–70 mm, 5 mm steps) whose tip lies closest to <see cref="PlannedSacrumMm"/> past the joint
    /// with the guide pin still clear of every danger structure.
    /// </summary>
    private PlannedTrajectory Plan(string name, Vector3 target, Vector3 axis, float side, string description)
    {
        var hip = side > 0 ? (Func<Vector3, float>)_shape.HipLeft : _shape.HipRight;
        var start = target - axis * 250f;
        var entry = target - axis * 80f;
        for (var t = 0f; t < 250f; t += 0.25f)
        {
            if (hip(start + axis * t) < 0)
            {
                entry = start + axis * t;
                break;
            }
        }

        var ilium = JointCrossingMm(entry, axis) ?? throw new InvalidOperationException($"{name}: the planned axis does not cross the SI joint");
        var best = 0;
        var bestError = float.MaxValue;
        for (var length = 30; length <= 70; length += 5)
        {
            var sacrum = length - PlannedTrajectory.ProudMm - ilium;
            var pinTip = entry + axis * (length - PlannedTrajectory.ProudMm + PlannedTrajectory.PinBeyondImplantMm);
            // The pin stays on its own side of the midline: past it lies the sacral canal and the other joint.
            if (sacrum < 15f || pinTip.X * side < 2f || Dangers.Any(d => d.Intersects(entry, pinTip)))
            {
                continue;
            }

            var error = MathF.Abs(sacrum - PlannedSacrumMm);
            if (error < bestError)
            {
                (best, bestError) = (length, error);
            }
        }

        if (best == 0)
        {
            throw new InvalidOperationException($"{name}: no implant size from 30 to 70 mm crosses the joint by 15 mm with the pin clear of danger");
        }

        var tip = entry + axis * (best - PlannedTrajectory.ProudMm + PlannedTrajectory.PinBeyondImplantMm);
        return new PlannedTrajectory(name, entry, tip, description, best, ilium, best - PlannedTrajectory.ProudMm - ilium);
    }

    /// <summary>The implant lengths the anatomy's own plan chooses from when a scenario declares none: 30–70 mm in 5 mm steps.</summary>
    public static IReadOnlyList<int> DefaultImplantLengthsMm { get; } = Enumerable.Range(0, 9).Select(i => 30 + 5 * i).ToArray();

    /// <summary>
    /// A declared plan (a scenario's): the guide pin from <paramref name="entry"/> to <paramref name="pinTip"/>, where it crosses the SI
    /// joint, and the implant: <paramref name="implantLengthMm"/> if given, else the longest of <paramref name="lengthsMm"/> that,
    /// standing <see cref="PlannedTrajectory.ProudMm"/> proud, ends <see cref="PlannedTrajectory.PinBeyondImplantMm"/> short of the
    /// pin tip (the shortest if none does). A path that crosses no joint has <c>IliumMm</c> 0.
    /// </summary>
    public static PlannedTrajectory PlanPath(string name, Vector3 entry, Vector3 pinTip, string description, IReadOnlyList<int> lengthsMm, int? implantLengthMm = null)
    {
        var axis = Vector3.Normalize(pinTip - entry);
        var pin = Vector3.Distance(entry, pinTip);
        var ilium = JointCrossingMm(entry, axis, maxMm: pin) ?? 0f;
        var sizes = lengthsMm.Count > 0 ? lengthsMm : DefaultImplantLengthsMm;
        var fits = sizes.Where(l => l - PlannedTrajectory.ProudMm + PlannedTrajectory.PinBeyondImplantMm <= pin + 0.5f).ToList();
        var length = implantLengthMm ?? (fits.Count > 0 ? fits.Max() : sizes.Min());
        return new PlannedTrajectory(name, entry, pinTip, description, length, ilium, length - PlannedTrajectory.ProudMm - ilium);
    }

    /// <summary>Distance along <paramref name="axis"/> from <paramref name="from"/> to where it crosses the SI joint plane of its side (lateral to medial), or null.</summary>
    public static float? JointCrossingMm(Vector3 from, Vector3 axis, float maxMm = 200f)
    {
        var normal = JointNormal(from.X >= 0 ? 1f : -1f);
        var approach = Vector3.Dot(normal, axis);
        if (approach >= 0)
        {
            return null;
        }

        var t = -PelvisShape.JointSide(from) / approach;
        return t >= 0 && t <= maxMm ? t : null;
    }

    /// <summary>The unit normal of the SI joint plane on one side (<paramref name="side"/> +1 left, −1 right), pointing laterally.</summary>
    public static Vector3 JointNormal(float side) => new(side * PelvisShape.JointNormal.X, PelvisShape.JointNormal.Y, 0f);

    /// <summary>
    /// The SI joints as planes at the implants' level: <c>si-left</c> and <c>si-right</c>, each through the mean of its side's
    /// planned joint crossings, with the lateral unit normal.
    /// </summary>
    public IReadOnlyList<(string Name, Vector3 PointMm, Vector3 Normal)> Joints => new[] { "left", "right" }
        .Select(side =>
        {
            var crossings = PlannedImplants.Where(p => p.Name.EndsWith(side, StringComparison.Ordinal)).Select(p => p.JointPointMm).ToList();
            var centre = crossings.Aggregate(Vector3.Zero, (a, b) => a + b) / crossings.Count;
            return ($"si-{side}", centre, JointNormal(side == "left" ? 1f : -1f));
        })
        .ToArray();

    private IReadOnlyList<Landmark> BuildLandmarks()
    {
        var list = new List<Landmark>
        {
            new("s1-endplate-centre", Vector3.Zero, "Centre of the S1 superior endplate: the origin of the coordinate system."),
            new("sacral-promontory", SacralFrames.Point(0, 0, 0, 13.5f), "Anterior edge of the S1 endplate."),
            new("pubic-symphysis", new Vector3(0, -76, -128), "Midline joint between the pubic bodies."),
        };
        foreach (var (foramen, s, x, _) in PelvisShape.Foramina)
        {
            list.Add(new($"{foramen}-foramen-left", SacralFrames.Point(s, x, 0, 9), $"Anterior {foramen.ToUpperInvariant()} foramen, left."));
            list.Add(new($"{foramen}-foramen-right", SacralFrames.Point(s, -x, 0, 9), $"Anterior {foramen.ToUpperInvariant()} foramen, right."));
        }

        foreach (var side in new[] { 1f, -1f })
        {
            var name = side > 0 ? "left" : "right";
            Vector3 M(float x, float y, float z) => new(x * side, y, z);
            var crestTop = _shape.IliacCrest.OrderByDescending(p => p.Z).First();
            list.Add(new($"iliac-crest-top-{name}", M(crestTop.X, crestTop.Y, crestTop.Z + 5), $"Highest point of the iliac crest, {name}."));
            list.Add(new($"asis-{name}", M(112, -76, -15), $"Anterior superior iliac spine, {name}."));
            list.Add(new($"psis-{name}", M(52, 60, -14), $"Posterior superior iliac spine, {name}."));
            list.Add(new($"greater-sciatic-notch-{name}", M(60, 23, -85), $"Deepest point of the greater sciatic notch, {name}."));
            list.Add(new($"acetabulum-{name}", M(92, -26, -105), $"Centre of the acetabulum (hip socket), {name}."));
            var joint = Joints.Single(j => j.Name == $"si-{name}").PointMm;
            var cephalad = PlannedImplants.First(p => p.Name == $"implant-1-{name}").JointPointMm;
            list.Add(new($"iliac-cortical-density-{name}", cephalad + new Vector3(0, 0, 12f),
                $"Iliac cortical density, {name}: where the inner cortex of the ilium meets the sacral ala, the line seen on a true lateral view; S1 pins enter below it, above it lies the L5 root."));
            list.Add(new($"si-joint-{name}", joint, $"Centre of the sacroiliac joint space at the implants' level, {name}."));
            list.Add(new($"s1-entry-{name}", Corridor($"s1-{name}").EntryMm, $"Entry point of the S1 corridor on the outer table of the ilium, {name}."));
            list.Add(new($"s2-entry-{name}", Corridor($"s2-{name}").EntryMm, $"Entry point of the S2 corridor on the outer table of the ilium, {name}."));
        }

        return list;
    }
}
