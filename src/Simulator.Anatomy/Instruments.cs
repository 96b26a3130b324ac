using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>Low-poly instrument meshes in local millimetres: the working tip at the origin, the shaft along +Z toward the handle.</summary>
public static class Instruments
{
    /// <summary>Length of the implant meshes (triangular implant, screw), mm: scale by the implant's length over this.</summary>
    public const float ImplantMeshLengthMm = 50f;

    /// <summary>Diameters the meshes are built at, mm: a declared instrument of another diameter is drawn scaled across its axis.</summary>
    public const float GuidePinMeshDiameterMm = 3.2f;

    public const float TriangularImplantMeshDiameterMm = 7f;

    public const float ScrewMeshDiameterMm = 7.3f;

    public static Mesh Build(InstrumentKind kind) => kind switch
    {
        InstrumentKind.Scalpel => new MeshBuilder()
            .Box(new Vector3(0, 0, 12), new Vector3(0.4f, 5f, 12f))
            .Frustum(0, 0.01f, 3, 0.01f, 3)
            .Box(new Vector3(0, 0, 75), new Vector3(2.5f, 5f, 50f))
            .ToMesh(),
        InstrumentKind.BluntDissector => new MeshBuilder()
            .Frustum(0, 3f, 6, 3.5f)
            .Frustum(6, 3f, 170, 3f)
            .Frustum(170, 7f, 270, 7f)
            .ToMesh(),
        InstrumentKind.GuidePin => new MeshBuilder()
            .Frustum(0, 0.2f, 5, 1.6f, 10)
            .Frustum(5, 1.6f, 230, 1.6f, 10)
            .ToMesh(),
        InstrumentKind.CannulatedDrill => new MeshBuilder()
            .Frustum(0, 2.5f, 4, 3.6f)
            .Frustum(4, 3.6f, 140, 3.6f)
            .Frustum(140, 9f, 175, 9f)
            .ToMesh(),
        InstrumentKind.Broach => new MeshBuilder()
            .TriangularPrism(0, 60, 7.5f, 0.6f)
            .Frustum(60, 4f, 180, 4f)
            .Frustum(180, 10f, 215, 10f)
            .ToMesh(),
        InstrumentKind.TriangularImplant => new MeshBuilder()
            .TriangularPrism(0, 6, 7f, 0.55f)
            .TriangularPrism(6, 50, 7f)
            .ToMesh(),
        InstrumentKind.IrrigationSyringe => new MeshBuilder()
            .Frustum(0, 1.2f, 30, 2f, 10)
            .Frustum(30, 12f, 120, 12f, 20)
            .Frustum(120, 3f, 160, 3f, 10)
            .Frustum(160, 14f, 164, 14f, 20)
            .ToMesh(),
        InstrumentKind.CArm => new MeshBuilder()
            .TorusArc(new Vector3(0, 0, 0), 420f, 35f, -MathF.PI / 2, MathF.PI / 2)
            .Box(new Vector3(0, 0, -400), new Vector3(110, 110, 40))
            .Box(new Vector3(0, 0, 400), new Vector3(70, 70, 50))
            .ToMesh(),
        InstrumentKind.SkinMarker => new MeshBuilder()
            .Frustum(0, 0.5f, 6, 2.5f, 12)
            .Frustum(6, 2.5f, 110, 2.5f, 12)
            .Frustum(110, 3f, 125, 3f, 12)
            .ToMesh(),
        // Two tines, 1.5 mm apart at the tips, spreading to a sprung handle.
        InstrumentKind.BipolarForceps => new MeshBuilder()
            .Frustum(0, 0.4f, 40, 0.9f, 8, offsetX: -1.2f)
            .Frustum(0, 0.4f, 40, 0.9f, 8, offsetX: 1.2f)
            .Box(new Vector3(-2.2f, 0, 100), new Vector3(0.6f, 1.6f, 60f))
            .Box(new Vector3(2.2f, 0, 100), new Vector3(0.6f, 1.6f, 60f))
            .ToMesh(),
        InstrumentKind.Osteotome => new MeshBuilder()
            .Box(new Vector3(0, 0, 12), new Vector3(6f, 0.6f, 12f))
            .Frustum(24, 3f, 170, 3f)
            .Frustum(170, 9f, 185, 9f)
            .ToMesh(),
        InstrumentKind.Curette => new MeshBuilder()
            .Frustum(0, 3.2f, 4, 3.5f, 12)
            .Frustum(4, 1.5f, 150, 2f, 10)
            .Frustum(150, 6f, 250, 6f, 12)
            .ToMesh(),
        InstrumentKind.BoneTamp => new MeshBuilder()
            .Frustum(0, 5f, 6, 5f)
            .Frustum(6, 3f, 160, 3f)
            .Frustum(160, 11f, 175, 11f)
            .ToMesh(),
        // A 7.3 mm cannulated screw: threaded tip end, shaft, head and washer at the outer table (z = 50).
        InstrumentKind.CannulatedScrew => new MeshBuilder()
            .Frustum(0, 2.2f, 3, 3.65f, 12)
            .Frustum(3, 3.65f, 16, 3.65f, 12)
            .Frustum(16, 2.8f, 48, 2.8f, 12)
            .Frustum(48, 6.5f, 49.5f, 6.5f, 16)
            .Frustum(49.5f, 5f, 54, 5f, 12)
            .ToMesh(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
