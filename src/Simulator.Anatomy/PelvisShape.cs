using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>The signed distance functions of each bone and of the soft-tissue envelope (mm, LPS).</summary>
/// <remarks>
/// Built from rounded boxes, capsules and ellipsoids blended with smooth unions; foramina and the
/// sacral canal are subtracted so they are real openings. Figures follow ../shared/procedure.md
/// (see docs/anatomy.md). The right hip bone is the mirror image of the left.
/// </remarks>
public sealed class PelvisShape
{
    /// <summary>Angle of the SI joint plane to the median (sagittal) plane in an axial cut, degrees (Kułakowski 2023: 21–31°).</summary>
    public const float JointAngleDeg = 25f;

    /// <summary>SI joint plane (per side, in |x|, y): unit normal pointing laterally (and posteriorly), at <see cref="JointAngleDeg"/> to the x axis.</summary>
    public static readonly Vector2 JointNormal = new(MathF.Cos(JointAngleDeg * MathF.PI / 180f), MathF.Sin(JointAngleDeg * MathF.PI / 180f));

    /// <summary>Offset of the joint plane: it passes through |x| = 45.7, y = 5 (the centre of the auricular surface).</summary>
    public static readonly float JointOffset = JointNormal.X * 45.7f + JointNormal.Y * 5f;

    /// <summary>Half the joint space (the gap is 2 mm; 1–2.5 mm in adults).</summary>
    public const float JointHalfGap = 1.0f;

    /// <summary>Thickness of the posterior ilium normal to the joint, from the joint plane to the outer table (mm).</summary>
    public const float IliumThicknessMm = 20f;

    // One row per sacral level: s (mm down the axis), body half-extents, lateral mass centre/half-extents, dorsal plate.
    private static readonly (float S, Vector3 Body, Vector3 LateralCentre, Vector3 LateralHalf, Vector3 DorsalHalf, float DorsalZ)[] Levels =
    {
        (14, new(22, 14, 13.5f), new(34, -6, -3), new(16, 18, 13), new(24, 13, 7), -31),
        (42, new(17, 12, 11), new(28, -2, -3), new(14, 14, 12), new(20, 12, 6), -27),
        (64, new(13, 10, 9), new(20, 0, -3), new(10, 10, 9), new(15, 10, 5), -22),
        (83, new(10, 8, 7), new(14, 0, -2), new(7, 8, 7), new(11, 8, 4), -17),
        (99, new(8, 7, 6), new(9, 0, -1), new(4, 6, 5), new(8, 7, 3), -13),
    };

    /// <summary>Anterior sacral foramina: level s, centre |x|, radius.</summary>
    public static readonly (string Name, float S, float X, float Radius)[] Foramina =
    {
        ("s1", 33, 24, 6.0f),
        ("s2", 64, 20, 5.5f),
        ("s3", 80, 16, 4.5f),
        ("s4", 94, 13, 3.5f),
    };

    private readonly Frame[] _levelFrames = Levels.Select(l => SacralFrames.At(l.S)).ToArray();
    private readonly (Vector3 A, Vector3 B)[] _foramenAxes;
    private readonly (Vector3 A, Vector3 B, float R)[] _canal;
    private readonly (Vector3 A, Vector3 B) _crest;
    private readonly (Vector3 A, Vector3 B) _coccyx;
    private readonly Vector3[] _iliacCrest;
    private readonly Frame _l5;

    public PelvisShape()
    {
        _foramenAxes = Foramina.Select(f => (SacralFrames.Point(f.S, f.X, 0, -40), SacralFrames.Point(f.S, f.X + 3, 0, 25))).ToArray();
        _canal = new[]
        {
            // Wide under S1, narrowing by S2, so the dorsal roof keeps a few millimetres of bone where the plate thins.
            (SacralFrames.Point(-5, 0, 0, -23.5f), SacralFrames.Point(20, 0, 0, -22.5f), 10f),
            (SacralFrames.Point(20, 0, 0, -22.5f), SacralFrames.Point(64, 0, 0, -17), 7f),
            (SacralFrames.Point(64, 0, 0, -17), SacralFrames.Point(95, 0, 0, -11), 4f),
        };
        _crest = (SacralFrames.Point(8, 0, 0, -39), SacralFrames.Point(80, 0, 0, -21));
        _coccyx = (SacralFrames.Point(106, 0, 0, 1), SacralFrames.Point(128, 0, 0, 6));
        _iliacCrest = CrestPoints();
        var up = Vector3.Normalize(new Vector3(0, -MathF.Sin(25 * MathF.PI / 180), MathF.Cos(25 * MathF.PI / 180)));
        var origin = SacralFrames.EndplateNormal * 9f + up * 13f;
        _l5 = new Frame(origin, Vector3.UnitX, up, Vector3.Cross(Vector3.UnitX, up));
    }

    public Frame L5Frame => _l5;

    public IReadOnlyList<Vector3> IliacCrest => _iliacCrest;

    /// <summary>Positive lateral of the SI joint plane on the side of <paramref name="p"/>, negative medial.</summary>
    public static float JointSide(Vector3 p) => JointNormal.X * MathF.Abs(p.X) + JointNormal.Y * p.Y - JointOffset;

    // The sacral plate, lofted along the sacral axis: s, half-width, half-thickness, centre depth (z in the sacral frame).
    private static readonly (float S, float HalfWidth, float HalfThickness, float Centre)[] Loft =
    {
        (0, 48, 24, -13),
        (18, 50, 24, -13),
        (34, 44, 21, -11),
        (52, 34, 16, -9),
        (70, 24, 12, -7),
        (88, 15, 8, -5),
        (106, 9, 6, -3),
    };

    private static (float HalfWidth, float HalfThickness, float Centre) LoftAt(float s)
    {
        if (s <= Loft[0].S)
        {
            return (Loft[0].HalfWidth, Loft[0].HalfThickness, Loft[0].Centre);
        }

        for (var i = 1; i < Loft.Length; i++)
        {
            if (s <= Loft[i].S)
            {
                var t = (s - Loft[i - 1].S) / (Loft[i].S - Loft[i - 1].S);
                t = t * t * (3 - 2 * t);
                return (
                    Loft[i - 1].HalfWidth + (Loft[i].HalfWidth - Loft[i - 1].HalfWidth) * t,
                    Loft[i - 1].HalfThickness + (Loft[i].HalfThickness - Loft[i - 1].HalfThickness) * t,
                    Loft[i - 1].Centre + (Loft[i].Centre - Loft[i - 1].Centre) * t);
            }
        }

        var last = Loft[^1];
        return (last.HalfWidth, last.HalfThickness, last.Centre);
    }

    public float Sacrum(Vector3 p)
    {
        // Position along the (gently curved) sacral axis, then the cross-section there.
        var s0 = Vector3.Dot(p, SacralFrames.Down);
        var local = SacralFrames.At(Math.Clamp(s0, -10f, 115f)).ToLocal(p);
        var s = Math.Clamp(s0, -10f, 115f) + local.Y;
        var (halfWidth, halfThickness, centre) = LoftAt(s);
        var rounding = MathF.Min(9f, halfThickness * 0.7f);
        var q = new Vector2(MathF.Abs(local.X) - (halfWidth - rounding), MathF.Abs(local.Z - centre) - (halfThickness - rounding));
        var cross = Vector2.Max(q, Vector2.Zero).Length() + MathF.Min(MathF.Max(q.X, q.Y), 0f) - rounding;
        // The base slopes down laterally over the alae; the apex is rounded.
        var top = 2f + MathF.Max(0f, MathF.Abs(local.X) - 20f) * 0.08f;
        var ends = MathF.Max(top - s, s - 108f);
        var d = SmoothMax(cross, ends, 4f);

        for (var i = 0; i < Levels.Length; i++)
        {
            var body = Sdf.RoundBox(_levelFrames[i].ToLocal(p), Levels[i].Body, 7f);
            d = Sdf.SmoothUnion(d, body, 4f);
        }

        d = Sdf.SmoothUnion(d, Sdf.Capsule(p, _crest.A, _crest.B, 4f), 4f);
        d = Sdf.SmoothUnion(d, Sdf.TaperedCapsule(p, _coccyx.A, _coccyx.B, 6f, 3f), 4f);

        var mirrored = new Vector3(MathF.Abs(p.X), p.Y, p.Z);
        for (var i = 0; i < Foramina.Length; i++)
        {
            d = Sdf.SmoothSubtract(d, Sdf.Capsule(mirrored, _foramenAxes[i].A, _foramenAxes[i].B, Foramina[i].Radius), 1.5f);
        }

        foreach (var (a, b, r) in _canal)
        {
            var scaled = new Vector3(p.X / 1.5f, p.Y, p.Z);
            var sa = new Vector3(a.X / 1.5f, a.Y, a.Z);
            var sb = new Vector3(b.X / 1.5f, b.Y, b.Z);
            d = Sdf.Subtract(d, Sdf.Capsule(scaled, sa, sb, r));
        }

        return SmoothMax(d, JointSide(p) + JointHalfGap, 1.5f);
    }

    private static float SoftPlus(float x, float k) => x > 20 * k ? x : k * MathF.Log(1 + MathF.Exp(x / k));

    private static float SmoothMax(float a, float b, float k) => -Sdf.SmoothUnion(-a, -b, k);

    /// <summary>The left hip bone (ilium, ischium, pubis); evaluate the right one at the mirrored point.</summary>
    public float HipLeft(Vector3 p)
    {
        // Posterior ilium around the auricular surface: thick bone from the joint to the outer table.
        var block = Sdf.Ellipsoid(p - new Vector3(50, 17, -26), new Vector3(26, 42, 36));

        // The wing: a 7 mm shell of a bowl (ellipsoid) that flares to the iliac crest and curls
        // medially toward the posterior superior iliac spine.
        var rx = WingRadius(p.Y);
        var shell = MathF.Abs(Sdf.Ellipsoid(p - new Vector3(0, -5, 40), new Vector3(rx, 140, 130))) - 6f;
        var crestHeight = 38f - 0.011f * (p.Y + 5f) * (p.Y + 5f);
        var wing = SmoothMax(shell, SmoothMax(p.Z - crestHeight, SmoothMax(-70f - p.Z, 32f - p.X, 6f), 6f), 5f);
        var crest = float.MaxValue;
        for (var i = 0; i + 1 < _iliacCrest.Length; i++)
        {
            crest = MathF.Min(crest, Sdf.Capsule(p, _iliacCrest[i], _iliacCrest[i + 1], 5f));
        }

        var d = Sdf.SmoothUnion(Sdf.SmoothUnion(block, wing, 10f), crest, 4f);

        // The outer table of the posterior ilium runs parallel to the joint, IliumThicknessMm lateral to it,
        // and curves out into the wing in front of the joint, above it and behind it.
        var relief = SoftPlus(-8f - p.Y, 3f) * 2.5f + SoftPlus(-72f - p.Z, 3f) * 2f + SoftPlus(p.Z - 8f, 3f) * 3f + SoftPlus(p.Y - 42f, 3f) * 2f;
        d = SmoothMax(d, JointSide(p) - IliumThicknessMm - relief, 6f);

        // Anterior border with the spines, the iliac body down to the acetabulum.
        d = Sdf.SmoothUnion(d, Sdf.Sphere(p, new Vector3(110, -74, -15), 8f), 5f);
        d = Sdf.SmoothUnion(d, Sdf.Capsule(p, new Vector3(108, -72, -18), new Vector3(96, -52, -72), 7f), 6f);
        d = Sdf.SmoothUnion(d, Sdf.Capsule(p, new Vector3(86, -2, -50), new Vector3(86, -20, -98), 22f), 10f);
        d = Sdf.SmoothUnion(d, Sdf.Sphere(p, new Vector3(86, -22, -103), 30f), 8f);

        // Ischium, tuberosity, spine and ramus; pubic rami and body.
        d = Sdf.SmoothUnion(d, Sdf.Capsule(p, new Vector3(80, -8, -120), new Vector3(62, 12, -166), 14f), 6f);
        d = Sdf.SmoothUnion(d, Sdf.Ellipsoid(p - new Vector3(62, 14, -170), new Vector3(13, 19, 12)), 5f);
        d = Sdf.SmoothUnion(d, Sdf.Capsule(p, new Vector3(64, 18, -112), new Vector3(50, 28, -117), 4f), 4f);
        d = Sdf.SmoothUnion(d, Sdf.Capsule(p, new Vector3(58, 5, -172), new Vector3(22, -55, -150), 7f), 5f);
        d = Sdf.SmoothUnion(d, Sdf.Capsule(p, new Vector3(22, -55, -150), new Vector3(10, -72, -142), 7f), 5f);
        d = Sdf.SmoothUnion(d, Sdf.Capsule(p, new Vector3(72, -40, -108), new Vector3(14, -75, -120), 10f), 6f);
        d = Sdf.SmoothUnion(d, Sdf.Capsule(p, new Vector3(9, -76, -113), new Vector3(9, -72, -145), 10f), 5f);

        // Acetabular socket, greater sciatic notch, pubic symphysis gap, SI joint gap.
        d = Sdf.SmoothSubtract(d, Sdf.Sphere(p, new Vector3(106, -30, -108), 24f), 6f);
        d = Sdf.SmoothSubtract(d, Sdf.Capsule(p, new Vector3(20, 55, -85), new Vector3(140, 55, -85), 32f), 4f);
        d = MathF.Max(d, 2f - p.X);

        // The SI joint gap: remove whatever lies medial to the joint plane, but only around the sacrum.
        var medial = JointSide(p) - JointHalfGap;
        var sacralRegion = Sdf.RoundBox(p - new Vector3(30, 26, -35), new Vector3(32, 64, 105), 2f);
        return SmoothMax(d, -MathF.Max(medial, sacralRegion), 1.5f);
    }

    public float HipRight(Vector3 p) => HipLeft(new Vector3(-p.X, p.Y, p.Z));

    public float L5(Vector3 p)
    {
        var local = _l5.ToLocal(p);
        var body = Sdf.RoundBox(local, new Vector3(25, 13, 17), 9f);
        var m = new Vector3(MathF.Abs(local.X), local.Y, local.Z);
        var d = body;
        d = Sdf.SmoothUnion(d, Sdf.Capsule(m, new Vector3(14, 2, -14), new Vector3(14, 2, -30), 5f), 3f);
        d = Sdf.SmoothUnion(d, Sdf.Capsule(m, new Vector3(14, 0, -31), new Vector3(0, -4, -42), 5f), 3f);
        d = Sdf.SmoothUnion(d, Sdf.Capsule(m, new Vector3(0, -4, -42), new Vector3(0, -14, -66), 6f), 3f);
        d = Sdf.SmoothUnion(d, Sdf.Capsule(m, new Vector3(15, 4, -27), new Vector3(46, 8, -25), 5f), 3f);
        d = Sdf.SmoothUnion(d, Sdf.Capsule(m, new Vector3(14, 10, -30), new Vector3(15, 17, -33), 4f), 2f);
        return d;
    }

    /// <summary>Skin and gluteal soft tissue: a torso section with the two buttocks, capped above and below.</summary>
    public static float Envelope(Vector3 p)
    {
        var torso = Sdf.Ellipsoid(p - new Vector3(0, 5, -40), new Vector3(175, 125, 170));
        var m = new Vector3(MathF.Abs(p.X), p.Y, p.Z);
        var buttock = Sdf.Ellipsoid(m - new Vector3(72, 70, -115), new Vector3(88, 62, 80));
        var d = Sdf.SmoothUnion(torso, buttock, 25f);
        return MathF.Max(d, MathF.Max(p.Z - 70f, -235f - p.Z));
    }

    public float Bone(Vector3 p) => MathF.Min(MathF.Min(Sacrum(p), L5(p)), MathF.Min(HipLeft(p), HipRight(p)));

    /// <summary>Lateral radius of the wing's bowl at <paramref name="y"/>: wide in front, narrowing behind toward the PSIS.</summary>
    private static float WingRadius(float y) => MathF.Max(62f, 150f - SoftPlus(y + 50f, 16f) * 1.5f);

    private static Vector3[] CrestPoints()
    {
        var points = new List<Vector3>();
        for (var y = -74f; y <= 56f; y += 10f)
        {
            var z = 38f - 0.011f * (y + 5f) * (y + 5f);
            var rx = WingRadius(y);
            var ty = (y + 5f) / 140f;
            var tz = (z - 40f) / 130f;
            var x = rx * MathF.Sqrt(MathF.Max(0f, 1f - ty * ty - tz * tz));
            points.Add(new Vector3(x, y, z - 2f));
        }

        return points.ToArray();
    }
}
