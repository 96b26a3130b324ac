using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>
/// Reduces a triangle mesh by quadric error metric edge collapse (Garland and Heckbert, "Surface Simplification
/// Using Quadric Error Metrics", SIGGRAPH 1997): the edge whose merged vertex lies closest, in the summed squared
/// distances to the planes of the input triangles it replaces, is collapsed first.
/// </summary>
/// <remarks>
/// <para>
/// The merged vertex goes to the quadric's minimum, or to the midpoint or an endpoint where that is cheaper or the
/// minimum is ill-defined (as in Fast-Quadric-Mesh-Simplification). A collapse is refused when it would break the
/// link condition (so a closed 2-manifold stays one, with the same genus: holes stay holes), turn a triangle over or
/// away from the surface normal at its corners, leave a sliver, or exceed the error bound. Vertices on a boundary or
/// a non-manifold edge never move.
/// </para>
/// <para>
/// Given the surface's signed distance function, each merged vertex is moved onto its zero set and the bound is
/// measured against the true surface (at the new triangles' centroids and edge midpoints); the output's normals are
/// the function's gradient. Without one, the bound is the area-weighted RMS distance to the merged planes and the
/// normals are area-weighted face normals. Deterministic: the same input always gives the same mesh.
/// </para>
/// </remarks>
public static class MeshDecimator
{
    /// <summary>Decimates <paramref name="mesh"/> to at most <paramref name="targetTriangles"/> triangles, or as far as <paramref name="maxErrorMm"/> allows.</summary>
    public static Mesh Decimate(Mesh mesh, int targetTriangles, float maxErrorMm = float.PositiveInfinity) =>
        Run(mesh, null, targetTriangles, maxErrorMm);

    /// <summary>
    /// Decimates <paramref name="mesh"/>, a polygonisation of <paramref name="sdf"/> (negative inside), keeping every
    /// vertex on the surface and every triangle within <paramref name="maxErrorMm"/> of it.
    /// </summary>
    public static Mesh Decimate(Mesh mesh, Func<Vector3, float> sdf, int targetTriangles, float maxErrorMm = float.PositiveInfinity) =>
        Run(mesh, sdf ?? throw new ArgumentNullException(nameof(sdf)), targetTriangles, maxErrorMm);

    private static Mesh Run(Mesh mesh, Func<Vector3, float>? sdf, int targetTriangles, float maxErrorMm)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        ArgumentOutOfRangeException.ThrowIfNegative(targetTriangles);
        if (!(maxErrorMm > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(maxErrorMm), maxErrorMm, "the error bound must be positive");
        }

        var collapse = new EdgeCollapse(mesh, sdf, maxErrorMm);
        collapse.Run(targetTriangles);
        return collapse.ToMesh();
    }
}
