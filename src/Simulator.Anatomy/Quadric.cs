using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>
/// A symmetric 4×4 error quadric (Garland and Heckbert 1997): the weighted sum of squared distances of a
/// point to a set of planes, <c>Q(p) = pᵀAp + 2bᵀp + c</c>, kept as its ten distinct entries in double precision.
/// </summary>
internal readonly struct Quadric
{
    // A = [[Xx, Xy, Xz], [Xy, Yy, Yz], [Xz, Yz, Zz]], b = (Xw, Yw, Zw), c = Ww.
    private readonly double _xx, _xy, _xz, _xw, _yy, _yz, _yw, _zz, _zw, _ww;

    private Quadric(double xx, double xy, double xz, double xw, double yy, double yz, double yw, double zz, double zw, double ww)
    {
        (_xx, _xy, _xz, _xw, _yy, _yz, _yw, _zz, _zw, _ww) = (xx, xy, xz, xw, yy, yz, yw, zz, zw, ww);
    }

    /// <summary>The squared distance to the plane through <paramref name="point"/> with unit normal <paramref name="normal"/>, times <paramref name="weight"/>.</summary>
    public static Quadric Plane(Vector3 normal, Vector3 point, double weight)
    {
        double a = normal.X, b = normal.Y, c = normal.Z;
        var d = -(a * point.X + b * point.Y + c * point.Z);
        return new Quadric(
            weight * a * a, weight * a * b, weight * a * c, weight * a * d,
            weight * b * b, weight * b * c, weight * b * d,
            weight * c * c, weight * c * d,
            weight * d * d);
    }

    public static Quadric operator +(Quadric p, Quadric q) => new(
        p._xx + q._xx, p._xy + q._xy, p._xz + q._xz, p._xw + q._xw,
        p._yy + q._yy, p._yz + q._yz, p._yw + q._yw,
        p._zz + q._zz, p._zw + q._zw,
        p._ww + q._ww);

    /// <summary>Q(p): the weighted sum of squared plane distances (never below zero).</summary>
    public double Evaluate(Vector3 p)
    {
        double x = p.X, y = p.Y, z = p.Z;
        var e = _xx * x * x + 2 * _xy * x * y + 2 * _xz * x * z + 2 * _xw * x
            + _yy * y * y + 2 * _yz * y * z + 2 * _yw * y
            + _zz * z * z + 2 * _zw * z
            + _ww;
        return Math.Max(e, 0);
    }

    /// <summary>
    /// The point minimising Q plus a small pull toward <paramref name="anchor"/> (a thousandth of the mean
    /// eigenvalue of A), so flat and cylindrical regions, where A is singular, keep the point at the anchor along
    /// the directions Q does not constrain; null when even that system is singular.
    /// </summary>
    public Vector3? Minimum(Vector3 anchor)
    {
        var reg = 1e-3 * (_xx + _yy + _zz) / 3;
        if (!(reg > 0))
        {
            return null;
        }

        // Solve (A + reg·I) p = −b + reg·anchor by Cramer's rule.
        double a00 = _xx + reg, a01 = _xy, a02 = _xz, a11 = _yy + reg, a12 = _yz, a22 = _zz + reg;
        double r0 = -_xw + reg * anchor.X, r1 = -_yw + reg * anchor.Y, r2 = -_zw + reg * anchor.Z;
        var c00 = a11 * a22 - a12 * a12;
        var c01 = a02 * a12 - a01 * a22;
        var c02 = a01 * a12 - a02 * a11;
        var det = a00 * c00 + a01 * c01 + a02 * c02;
        if (Math.Abs(det) < 1e-12 * reg * reg * reg || !double.IsFinite(det))
        {
            return null;
        }

        var c11 = a00 * a22 - a02 * a02;
        var c12 = a01 * a02 - a00 * a12;
        var c22 = a00 * a11 - a01 * a01;
        var x = (c00 * r0 + c01 * r1 + c02 * r2) / det;
        var y = (c01 * r0 + c11 * r1 + c12 * r2) / det;
        var z = (c02 * r0 + c12 * r1 + c22 * r2) / det;
        var p = new Vector3((float)x, (float)y, (float)z);
        return float.IsFinite(p.X) && float.IsFinite(p.Y) && float.IsFinite(p.Z) ? p : null;
    }
}
