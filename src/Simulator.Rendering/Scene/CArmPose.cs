using System.Numerics;

namespace Simulator.Rendering.Scene;

/// <summary>
/// Where the C-arm stands, independent of the 3D camera: its rotation about the patient's long axis, its
/// cranial/caudal tilt and the shift of its isocentre. Yields the camera a shot is taken from.
/// </summary>
/// <remarks>
/// <para>
/// Angles are the C-arm's own scale, in the room: <see cref="RotationDeg"/> 0° is a vertical beam (AP, the
/// source under the prone patient's belly), +90° the source on the patient's left (lateral), negative toward the
/// right; <see cref="TiltDeg"/> &gt; 0 moves the source cranially so the beam runs caudally (inlet), &lt; 0 the
/// opposite (outlet). <see cref="OffsetMm"/> shifts the isocentre from <see cref="HomeIsocentreMm"/>, in patient
/// millimetres (LPS).
/// </para>
/// <para>
/// The patient lies on the bolsters rolled <see cref="PatientRollDeg"/> about the long axis, as a prone patient
/// rarely lies perfectly level. So the presets — exact angles on the C-arm's scale — land a few degrees off the
/// pelvis's own views: the lateral preset shows the greater sciatic notches ≈7 mm apart, and the trainee rotates
/// the C-arm until they superimpose (at <see cref="Ideal"/>). The angle readout cannot give the answer away.
/// </para>
/// </remarks>
public readonly record struct CArmPose(float RotationDeg, float TiltDeg, Vector3 OffsetMm)
{
    /// <summary>The patient's roll on the table about the long axis, degrees (toward the patient's right side down).</summary>
    public const float PatientRollDeg = 3.5f;

    public const float RotationLimitDeg = 120f;

    public const float TiltLimitDeg = 70f;

    /// <summary>How far the isocentre may be moved from home along each axis.</summary>
    public const float OffsetLimitMm = 150f;

    /// <summary>The isocentre with no offset: near the greater sciatic notches, where a lateral sacral view is centred.</summary>
    /// <remarks>
    /// The beam diverges from a source 3 m away, so two points a beam passes through at different depths only
    /// superimpose near the central ray; centred here, the notches of a true lateral lie within ≈1 mm.
    /// </remarks>
    public static readonly Vector3 HomeIsocentreMm = new(0, 20, -65);

    public Vector3 IsocentreMm => HomeIsocentreMm + OffsetMm;

    /// <summary>Unit vector from the isocentre toward the X-ray source, in patient coordinates (LPS).</summary>
    public Vector3 SourceDirection
    {
        get
        {
            // The patient is the room turned by the roll, so a room direction in patient coordinates is turned back.
            var roll = Quaternion.CreateFromAxisAngle(Vector3.UnitZ, -PatientRollDeg * MathF.PI / 180f);
            return Vector3.Normalize(Vector3.Transform(RoomDirection(RotationDeg, TiltDeg), roll));
        }
    }

    /// <summary>The shot camera: the source <see cref="OrbitCamera.CArmDistanceMm"/> from the isocentre, superior up on the image.</summary>
    public OrbitCamera Camera()
    {
        var camera = new OrbitCamera
        {
            Target = IsocentreMm,
            DistanceMm = OrbitCamera.CArmDistanceMm,
            FieldOfViewDeg = FieldOfViewDeg,
        };
        camera.Aim(SourceDirection, Vector3.UnitZ);
        return camera;
    }

    /// <summary>Image height at the isocentre plane, mm (the image is square): a 12-inch image intensifier.</summary>
    /// <remarks>Narrower than the ≈410 mm of the rendered presets, so the sacrum and the notches fill the panel as on a C-arm monitor.</remarks>
    public const float FieldMm = 300f;

    /// <summary>The shot camera's vertical field of view, degrees: <see cref="FieldMm"/> at the isocentre from the source.</summary>
    public static float FieldOfViewDeg { get; } = 2f * MathF.Atan(FieldMm / 2f / OrbitCamera.CArmDistanceMm) * 180f / MathF.PI;

    /// <summary>Where <paramref name="pointMm"/> lands on the image, in mm at the isocentre plane from the image centre (x right, y up).</summary>
    public Vector2 Project(Vector3 pointMm)
    {
        var camera = Camera();
        var forward = -camera.Direction;
        var right = Vector3.Normalize(Vector3.Cross(forward, camera.Up));
        var fromEye = pointMm - camera.Eye;
        var magnification = camera.DistanceMm / Vector3.Dot(fromEye, forward);
        return new Vector2(Vector3.Dot(fromEye, right), Vector3.Dot(fromEye, camera.Up)) * magnification;
    }

    public CArmPose Rotated(float degrees) => this with { RotationDeg = Math.Clamp(RotationDeg + degrees, -RotationLimitDeg, RotationLimitDeg) };

    public CArmPose Tilted(float degrees) => this with { TiltDeg = Math.Clamp(TiltDeg + degrees, -TiltLimitDeg, TiltLimitDeg) };

    public CArmPose Moved(Vector3 deltaMm) => this with { OffsetMm = Vector3.Clamp(OffsetMm + deltaMm, new Vector3(-OffsetLimitMm), new Vector3(OffsetLimitMm)) };

    /// <summary>Moves the isocentre in the image plane: <paramref name="rightMm"/> toward the image's right, <paramref name="upMm"/> toward its top.</summary>
    public CArmPose MovedOnImage(float rightMm, float upMm)
    {
        var camera = Camera();
        var right = Vector3.Normalize(Vector3.Cross(-camera.Direction, camera.Up));
        return Moved(right * rightMm + camera.Up * upMm);
    }

    /// <summary>The preset button: exact angles on the C-arm's scale (a few degrees off the pelvis, see remarks), isocentre at home.</summary>
    public static CArmPose Preset(CameraView view, float inletTiltDeg, float outletTiltDeg) => view switch
    {
        CameraView.Lateral => new(90f, 0f, Vector3.Zero),
        CameraView.Ap => new(0f, 0f, Vector3.Zero),
        CameraView.Inlet => new(0f, inletTiltDeg, Vector3.Zero),
        CameraView.Outlet => new(0f, -outletTiltDeg, Vector3.Zero),
        _ => throw new ArgumentOutOfRangeException(nameof(view), view, "the surgeon's view is not a C-arm view"),
    };

    /// <summary>The pose that gives the pelvis's own view: the preset corrected for the patient's roll (a true lateral superimposes the notches).</summary>
    public static CArmPose Ideal(CameraView view, float inletTiltDeg, float outletTiltDeg) =>
        Preset(view, inletTiltDeg, outletTiltDeg).Rotated(PatientRollDeg);

    /// <summary>The C-arm view this pose is nearest to (smallest angle between beams, on the C-arm's scale): what a shot is taken as.</summary>
    public CameraView NearestView(float inletTiltDeg, float outletTiltDeg)
    {
        var beam = RoomDirection(RotationDeg, TiltDeg);
        var best = CameraView.Lateral;
        var bestCos = float.MinValue;
        foreach (var (view, rotation, tilt) in new[]
        {
            (CameraView.Lateral, 90f, 0f), (CameraView.Lateral, -90f, 0f), (CameraView.Ap, 0f, 0f),
            (CameraView.Inlet, 0f, inletTiltDeg), (CameraView.Outlet, 0f, -outletTiltDeg),
        })
        {
            var cos = Vector3.Dot(beam, RoomDirection(rotation, tilt));
            if (cos > bestCos)
            {
                (best, bestCos) = (view, cos);
            }
        }

        return best;
    }

    /// <summary>Isocentre → source in the room (patient coordinates without the roll).</summary>
    private static Vector3 RoomDirection(float rotationDeg, float tiltDeg)
    {
        var r = rotationDeg * MathF.PI / 180f;
        var t = tiltDeg * MathF.PI / 180f;
        return new Vector3(MathF.Sin(r) * MathF.Cos(t), -MathF.Cos(r) * MathF.Cos(t), MathF.Sin(t));
    }
}
