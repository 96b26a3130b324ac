using System.Numerics;

namespace Simulator.Rendering.Scene;

/// <summary>An orbit camera around a target point in patient space (LPS, mm).</summary>
/// <remarks>
/// The orientation is stored as a view direction plus an up vector rather than yaw/pitch so that the
/// C-arm presets (inlet/outlet are tilts of the AP beam) are exact; orbiting rotates both.
/// </remarks>
public sealed class OrbitCamera
{
    public Vector3 Target { get; set; } = new(0, 10, -30);

    /// <summary>Unit vector from the target toward the eye.</summary>
    public Vector3 Direction { get; private set; } = Vector3.UnitX;

    public Vector3 Up { get; private set; } = Vector3.UnitZ;

    public float DistanceMm { get; set; } = OrbitDistanceMm;

    public float FieldOfViewDeg { get; set; } = OrbitFieldOfViewDeg;

    public Vector3 Eye => Target + Direction * DistanceMm;

    /// <summary>Inlet tilt of the beam toward caudal, degrees (scenarios may override).</summary>
    public float InletTiltDeg { get; set; } = Anatomy.ProcedureDefaults.InletTiltDeg;

    /// <summary>Outlet tilt of the beam toward cranial, degrees.</summary>
    public float OutletTiltDeg { get; set; } = Anatomy.ProcedureDefaults.OutletTiltDeg;

    /// <summary>Eye distance for the C-arm presets: a long throw, so near and far structures are magnified almost alike.</summary>
    /// <remarks>
    /// A true lateral superimposes the two greater sciatic notches, which lie ≈120 mm apart across the beam. With the
    /// 650 mm orbit distance, perspective alone would separate them by ≈10 mm on the image; at 3000 mm they stay within
    /// ≈2.5 mm, as on a C-arm whose central ray passes near them.
    /// </remarks>
    public const float CArmDistanceMm = 3000f;

    /// <summary>The orbit (surgeon's) view distance and field of view.</summary>
    public const float OrbitDistanceMm = 650f;

    public const float OrbitFieldOfViewDeg = 35f;

    /// <summary>The C-arm field of view that frames what the orbit view frames at the target (≈410 mm high).</summary>
    public static float CArmFieldOfViewDeg { get; } =
        2f * MathF.Atan(OrbitDistanceMm * MathF.Tan(OrbitFieldOfViewDeg * MathF.PI / 360f) / CArmDistanceMm) * 180f / MathF.PI;

    public static bool TryParseView(string text, out CameraView view) =>
        Enum.TryParse(text, ignoreCase: true, out view) && Enum.IsDefined(view);

    /// <summary>Puts the camera on a preset view, keeping the target: C-arm views from a long throw, the surgeon's from the orbit distance.</summary>
    public void SetView(CameraView view)
    {
        var carm = view != CameraView.Surgeon;
        DistanceMm = carm ? CArmDistanceMm : OrbitDistanceMm;
        FieldOfViewDeg = carm ? CArmFieldOfViewDeg : OrbitFieldOfViewDeg;
        // LPS: +x patient left, +y posterior, +z superior. The AP beam runs anterior → posterior, so the
        // eye sits anterior (−y). Inlet tilts the beam caudally (eye moves cranially), outlet the opposite.
        switch (view)
        {
            case CameraView.Lateral:
                Set(new Vector3(1, 0, 0), Vector3.UnitZ);
                break;
            case CameraView.Ap:
                Set(new Vector3(0, -1, 0), Vector3.UnitZ);
                break;
            case CameraView.Inlet:
                Set(Tilt(InletTiltDeg), Vector3.UnitZ);
                break;
            case CameraView.Outlet:
                Set(Tilt(-OutletTiltDeg), Vector3.UnitZ);
                break;
            case CameraView.Surgeon:
                // Standing at the prone patient's left side, looking down at the buttock; the ceiling (posterior) is up.
                Set(Vector3.Normalize(new Vector3(0.8f, 0.55f, 0.25f)), Vector3.UnitY);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(view), view, null);
        }
    }

    /// <summary>Points the camera: the eye along <paramref name="direction"/> from the target, <paramref name="upHint"/> as near to up as it can be.</summary>
    public void Aim(Vector3 direction, Vector3 upHint) => Set(direction, upHint);

    private static Vector3 Tilt(float degrees)
    {
        var radians = degrees * MathF.PI / 180f;
        return Vector3.Normalize(new Vector3(0, -MathF.Cos(radians), MathF.Sin(radians)));
    }

    private void Set(Vector3 direction, Vector3 upHint)
    {
        Direction = Vector3.Normalize(direction);
        var right = Vector3.Cross(upHint, Direction);
        if (right.LengthSquared() < 1e-6f)
        {
            right = Vector3.UnitX;
        }

        Up = Vector3.Normalize(Vector3.Cross(Direction, Vector3.Normalize(right)));
    }

    /// <summary>Rotates around the target: <paramref name="yawRad"/> about the current up, <paramref name="pitchRad"/> about the screen's horizontal axis.</summary>
    public void Orbit(float yawRad, float pitchRad)
    {
        var right = Vector3.Normalize(Vector3.Cross(Up, Direction));
        var rotation = Quaternion.CreateFromAxisAngle(Up, -yawRad) * Quaternion.CreateFromAxisAngle(right, pitchRad);
        Direction = Vector3.Normalize(Vector3.Transform(Direction, rotation));
        Up = Vector3.Normalize(Vector3.Transform(Up, rotation));
    }

    /// <summary>Moves the eye toward (factor &lt; 1) or away from the target, within 150–2500 mm (C-arm views: narrows the field instead).</summary>
    public void Zoom(float factor)
    {
        if (DistanceMm > 2500f)
        {
            FieldOfViewDeg = Math.Clamp(FieldOfViewDeg * factor, 2f, 40f);
            return;
        }

        DistanceMm = Math.Clamp(DistanceMm * factor, 150f, 2500f);
    }

    /// <summary>Shifts the target in the screen plane by a fraction of the visible height.</summary>
    public void Pan(float dxFraction, float dyFraction)
    {
        var right = Vector3.Normalize(Vector3.Cross(Up, Direction));
        var visibleHeight = 2f * DistanceMm * MathF.Tan(FieldOfViewDeg * MathF.PI / 360f);
        Target += (-right * dxFraction + Up * dyFraction) * visibleHeight;
    }

    public Matrix4x4 View => Matrix4x4.CreateLookAt(Eye, Target, Up);

    public Matrix4x4 Projection(float aspect) =>
        Matrix4x4.CreatePerspectiveFieldOfView(FieldOfViewDeg * MathF.PI / 180f, aspect, MathF.Max(10f, DistanceMm - 600f), DistanceMm + 600f);

    /// <summary>A world-space ray through a pixel (origin top-left), for picking.</summary>
    public (Vector3 Origin, Vector3 Direction) RayThrough(float pixelX, float pixelY, int width, int height)
    {
        var ndcX = pixelX / width * 2f - 1f;
        var ndcY = 1f - pixelY / height * 2f;
        var tan = MathF.Tan(FieldOfViewDeg * MathF.PI / 360f);
        var aspect = (float)width / height;
        var forward = -Direction;
        var right = Vector3.Normalize(Vector3.Cross(forward, Up));
        var dir = Vector3.Normalize(forward + right * (ndcX * tan * aspect) + Up * (ndcY * tan));
        return (Eye, dir);
    }
}
