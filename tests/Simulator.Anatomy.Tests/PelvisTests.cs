using System.Numerics;
using System.Text.Json;

namespace Simulator.Anatomy.Tests;

public class PelvisTests
{
    private static readonly Pelvis P = Pelvis.Build();

    [Theory]
    [InlineData("s1")]
    [InlineData("s2")]
    [InlineData("s3")]
    [InlineData("s4")]
    public void Foramina_are_real_openings_through_the_sacrum(string foramen)
    {
        var (_, s, x, radius) = PelvisShape.Foramina.Single(f => f.Name == foramen);
        foreach (var sign in new[] { 1f, -1f })
        {
            // Along the foramen's axis, from in front of the sacrum to behind it, nothing is bone.
            var front = SacralFrames.Point(s, sign * (x + 2.5f), 0, 20);
            var back = SacralFrames.Point(s, sign * x, 0, -35);
            for (var t = 0f; t <= 1f; t += 0.02f)
            {
                Assert.False(P.IsInBone(Vector3.Lerp(back, front, t)), $"{foramen} ({sign}): bone at {t:0.00} along the foramen axis");
            }

            // Beside the hole (medially, toward the body), at mid-depth, there is bone all round it.
            Assert.True(P.IsInBone(SacralFrames.Point(s, sign * (x - radius - 4f), 0, -5)), $"{foramen} ({sign}): no bone beside the foramen");
        }
    }

    [Theory]
    [InlineData("s1-left")]
    [InlineData("s1-right")]
    [InlineData("s2-left")]
    [InlineData("s2-right")]
    public void Corridors_lie_in_bone_and_clear_the_foramina(string name)
    {
        var corridor = P.Corridor(name);
        var samples = 0;
        var inBone = 0;
        for (var t = 0.02f; t <= 0.98f; t += 0.02f)
        {
            var p = Vector3.Lerp(corridor.EntryMm, corridor.TargetMm, t);
            if (MathF.Abs(PelvisShape.JointSide(p)) < 2.5f)
            {
                continue; // the SI joint gap itself
            }

            samples++;
            inBone += P.IsInBone(p) ? 1 : 0;
        }

        Assert.True(inBone >= 0.9 * samples, $"{name}: only {inBone} of {samples} samples in bone");
        foreach (var danger in P.Dangers.Where(d => d.Kind is DangerKind.Foramen or DangerKind.NerveRoot or DangerKind.Canal or DangerKind.Cortex))
        {
            Assert.False(danger.Intersects(corridor.EntryMm, corridor.TargetMm), $"{name} crosses {danger.Name}");
        }

        // Outer table to 3 mm from the midline: ≈20 mm of ilium, the joint, and the sacrum to its body.
        Assert.InRange(corridor.LengthMm, 45f, 110f);
    }

    [Theory]
    [InlineData("left")]
    [InlineData("right")]
    public void The_si_joint_gap_exists_between_sacrum_and_ilium(string side)
    {
        var joint = P.Landmark($"si-joint-{side}").PointMm;
        var normal = new Vector3(MathF.Sign(joint.X) * PelvisShape.JointNormal.X, PelvisShape.JointNormal.Y, 0);
        Assert.False(P.IsInBone(joint));
        Assert.Equal("sacrum", P.StructureAt(joint - normal * 5f));
        Assert.Equal($"ilium-{side}", P.StructureAt(joint + normal * 5f));
    }

    [Fact]
    public void A_lateral_ray_hits_the_left_ilium_outer_table_near_the_s1_entry()
    {
        var entry = P.Landmark("s1-entry-left").PointMm;
        var hit = P.Pick(new Vector3(400, entry.Y, entry.Z), -Vector3.UnitX);
        Assert.NotNull(hit);
        Assert.Equal("ilium-left", hit!.Structure);
        Assert.True(Vector3.Distance(hit.Point, entry) < 15f, $"hit {hit.Point}, entry {entry}");
        Assert.True(hit.Normal.X > 0.3f, $"outer table normal should face laterally, got {hit.Normal}");
    }

    [Fact]
    public void A_ray_through_the_skin_stops_at_the_envelope_when_asked()
    {
        var entry = P.Landmark("s1-entry-left").PointMm;
        var skin = P.Pick(new Vector3(400, entry.Y, entry.Z), -Vector3.UnitX, includeSoftTissue: true);
        Assert.Equal("soft-tissue", skin!.Structure);
        Assert.True(skin.Point.X > entry.X + 20f);
    }

    [Fact]
    public void Proportions_follow_the_published_figures()
    {
        var crestLeft = P.Landmark("iliac-crest-top-left").PointMm;
        var crestWidth = P.Parts.Where(p => p.Name.StartsWith("ilium", StringComparison.Ordinal))
            .Select(p => p.Mesh.BoundsMax.X).Max() - P.Parts.Where(p => p.Name.StartsWith("ilium", StringComparison.Ordinal)).Select(p => p.Mesh.BoundsMin.X).Min();
        Assert.InRange(crestWidth, 260f, 300f);
        var sacrum = P.Parts.Single(p => p.Name == "sacrum").Mesh;
        Assert.InRange(sacrum.BoundsMax.X - sacrum.BoundsMin.X, 85f, 115f);
        Assert.InRange(crestLeft.Z, 25f, 50f); // the sacral base lies ≈38 mm below the crest tops
        var asisGap = Vector3.Distance(P.Landmark("asis-left").PointMm, P.Landmark("asis-right").PointMm);
        Assert.InRange(asisGap, 200f, 250f);
    }

    [Fact]
    public void Meshes_use_their_triangle_budget_and_have_unit_normals()
    {
        Assert.Equal(Pelvis.TriangleBudget.Keys.Order(), P.Parts.Select(p => p.Name).Order());
        Assert.All(P.Parts, part =>
        {
            var budget = Pelvis.TriangleBudget[part.Name];
            Assert.InRange(part.Mesh.TriangleCount, 0.95 * budget, budget);
            Assert.All(part.Mesh.Normals, n => Assert.InRange(n.Length(), 0.99f, 1.01f));
        });

        // llvmpipe draws the whole scene within a 60 fps frame only up to ≈15 k triangles (docs/anatomy.md).
        Assert.True(P.TriangleCount <= 15_000, $"{P.TriangleCount} triangles");
    }

    [Theory]
    [InlineData("sacrum", 1.5f)]
    [InlineData("l5", 1.5f)]
    [InlineData("ilium-left", 1.5f)]
    [InlineData("ilium-right", 1.5f)]
    [InlineData("soft-tissue", 5f)]
    public void Decimated_meshes_stay_on_their_shape_functions(string name, float maxCentroidMm)
    {
        var shape = new PelvisShape();
        Func<Vector3, float> sdf = name switch
        {
            "sacrum" => shape.Sacrum,
            "l5" => shape.L5,
            "ilium-left" => shape.HipLeft,
            "ilium-right" => shape.HipRight,
            _ => PelvisShape.Envelope,
        };
        var mesh = P.Parts.Single(p => p.Name == name).Mesh;

        // Merged vertices sit on the surface; the few the decimator leaves alone are marching-cubes vertices within 1.1 mm of it.
        var offSurface = mesh.Positions.Select(p => MathF.Abs(sdf(p))).ToArray();
        Assert.True(offSurface.Count(d => d > 0.1f) <= mesh.Positions.Length / 100, $"{offSurface.Count(d => d > 0.1f)} vertices off the surface");
        Assert.True(offSurface.Max() < 1.1f, $"a vertex {offSurface.Max()} mm off the surface");

        var facingAway = 0;
        for (var t = 0; t < mesh.Indices.Length; t += 3)
        {
            var (a, b, c) = (mesh.Positions[mesh.Indices[t]], mesh.Positions[mesh.Indices[t + 1]], mesh.Positions[mesh.Indices[t + 2]]);
            var centroid = (a + b + c) / 3;
            Assert.True(MathF.Abs(sdf(centroid)) <= maxCentroidMm, $"{name}: centroid {centroid} is {sdf(centroid)} mm from the surface");
            facingAway += Vector3.Dot(Vector3.Cross(b - a, c - a), Sdf.Gradient(sdf, centroid, 0.1f)) <= 0 ? 1 : 0;
        }

        Assert.True(facingAway <= mesh.TriangleCount / 200, $"{name}: {facingAway} triangles face into the bone");
    }

    [Theory]
    [InlineData("sacrum")]
    [InlineData("l5")]
    [InlineData("ilium-left")]
    [InlineData("ilium-right")]
    [InlineData("soft-tissue")]
    public void Part_meshes_are_closed_consistently_wound_manifolds(string name)
    {
        var mesh = P.Parts.Single(p => p.Name == name).Mesh;
        var topology = MeshTopology.Of(mesh);
        Assert.True(topology.IsClosedManifold, $"{name}: {topology}");
        Assert.Equal(topology.Triangles * 3 / 2, topology.Edges);
    }

    [Fact]
    public void Danger_capsules_detect_segments_that_enter_them()
    {
        var d = new DangerStructure("test", DangerKind.Artery, Vector3.Zero, new Vector3(10, 0, 0), 2f, "");
        Assert.True(d.Intersects(new Vector3(5, -5, 0), new Vector3(5, 5, 0)));
        Assert.False(d.Intersects(new Vector3(5, 3, -5), new Vector3(5, 3, 5)));
        Assert.True(d.Intersects(new Vector3(-5, 0, 0), new Vector3(-1, 0, 0)));
        Assert.False(d.Intersects(new Vector3(-5, 0, 0), new Vector3(-2.5f, 0, 0)));
        Assert.True(d.Contains(new Vector3(3, 1, 0)));
    }

    [Fact]
    public void Anatomy_json_lists_every_landmark_corridor_and_danger_with_finite_coordinates()
    {
        var text = new StringWriter();
        AnatomyJson.Write(P, text);
        using var doc = JsonDocument.Parse(text.ToString());
        var root = doc.RootElement;
        Assert.Equal("LPS", root.GetProperty("coordinate_system").GetProperty("name").GetString());
        Assert.Equal(P.Landmarks.Count, root.GetProperty("landmarks").GetArrayLength());
        Assert.Equal(4, root.GetProperty("corridors").GetArrayLength());
        Assert.Contains(root.GetProperty("dangers").EnumerateArray(), d => d.GetProperty("name").GetString() == "l5-root-left");
        foreach (var corridor in root.GetProperty("corridors").EnumerateArray())
        {
            Assert.All(corridor.GetProperty("entry").EnumerateArray(), v => Assert.True(double.IsFinite(v.GetDouble())));
        }
    }

    [Fact]
    public void Every_instrument_has_a_mesh_with_its_tip_at_the_origin()
    {
        foreach (var kind in Enum.GetValues<InstrumentKind>())
        {
            var mesh = Instruments.Build(kind);
            Assert.InRange(mesh.TriangleCount, 12, 2000);
            if (kind != InstrumentKind.CArm)
            {
                Assert.InRange(mesh.BoundsMin.Z, -1f, 1f);
                Assert.True(mesh.BoundsMax.Z > 40f, kind.ToString());
            }
        }
    }
}
