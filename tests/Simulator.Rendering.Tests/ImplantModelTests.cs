using System.Numerics;
using Simulator.Anatomy;
using Simulator.Rendering.Scene;

namespace Simulator.Rendering.Tests;

/// <summary>Implants are drawn at their own length: the mesh's tip lands on the implant tip and its head on the implant head.</summary>
public class ImplantModelTests
{
    [Theory]
    [InlineData(30f)]
    [InlineData(45f)]
    [InlineData(70f)]
    public void The_implant_mesh_is_stretched_from_tip_to_head(float length)
    {
        var tip = new Vector3(10, 5, -2);
        var head = tip + Vector3.Normalize(new Vector3(0.9f, 0.2f, 0.1f)) * length;

        var model = Primitives.Implant(head, tip, Instruments.ImplantMeshLengthMm);

        Assert.True(Vector3.Distance(tip, Vector3.Transform(Vector3.Zero, model)) < 1e-3f);
        Assert.True(Vector3.Distance(head, Vector3.Transform(new Vector3(0, 0, Instruments.ImplantMeshLengthMm), model)) < 1e-3f);
    }

    [Fact]
    public void A_declared_diameter_widens_the_implant_across_its_axis_only()
    {
        var tip = Vector3.Zero;
        var head = new Vector3(0, 0, 50);

        var model = Primitives.Implant(head, tip, Instruments.ImplantMeshLengthMm, 10f / 7f);

        Assert.Equal(5f, Vector3.Transform(new Vector3(3.5f, 0, 0), model).Length(), 3);
        Assert.Equal(50f, Vector3.Transform(new Vector3(0, 0, 50), model).Z, 3);
    }

    [Fact]
    public void The_screw_mesh_ends_its_washer_at_the_implant_mesh_length()
    {
        var screw = Instruments.Build(InstrumentKind.CannulatedScrew);
        var zs = screw.Positions.Select(p => p.Z).ToList();
        Assert.Equal(0f, zs.Min(), 0.01);
        Assert.InRange(zs.Max(), Instruments.ImplantMeshLengthMm, Instruments.ImplantMeshLengthMm + 5);
    }
}
