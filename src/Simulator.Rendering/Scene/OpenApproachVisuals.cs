using System.Numerics;

namespace Simulator.Rendering.Scene;

/// <summary>A rectangle on the outer table of the ilium as the scene draws it: the iliac window, planned, outlined or cut.</summary>
/// <param name="Centre">Centre of the rectangle, in its plane (patient mm).</param>
/// <param name="Normal">Out of the bone.</param>
/// <param name="Along">Unit vector along the joint (the length).</param>
/// <param name="Across">Unit vector across the joint (the width); (Along, Across, Normal) is right-handed.</param>
/// <param name="LengthMm">Extent along <paramref name="Along"/>.</param>
/// <param name="WidthMm">Extent along <paramref name="Across"/>.</param>
/// <param name="DepthMm">How deep the cut goes below the plane: through the ilium to the joint.</param>
public readonly record struct WindowShape(Vector3 Centre, Vector3 Normal, Vector3 Along, Vector3 Across, float LengthMm, float WidthMm, float DepthMm)
{
    /// <summary>The point of the plane at window coordinates (<paramref name="along"/>, <paramref name="across"/>), mm from the centre.</summary>
    public Vector3 At(float along, float across) => Centre + Along * along + Across * across;

    /// <summary>Window coordinates of <paramref name="p"/> projected onto the plane.</summary>
    public Vector2 Coordinates(Vector3 p) => new(Vector3.Dot(p - Centre, Along), Vector3.Dot(p - Centre, Across));
}

/// <summary>A bleeding point on the exposed bone, and whether the bipolar has sealed it.</summary>
public readonly record struct Bleeder(Vector3 PointMm, bool Sealed);

/// <summary>What the open approach (and skin marking) has done, as the scene shows it: plain data, filled from events.</summary>
/// <remarks>
/// The <c>Live…</c> fields are the gesture in progress (the outline being dragged, the stroke being made); everything else comes
/// from performed events, so a replayed or scripted session shows the same.
/// </remarks>
public sealed class OpenApproachVisuals
{
    /// <summary>Most skin marks shown (later ones replace the last).</summary>
    public const int MaxMarks = 8;

    /// <summary>Most bleeding points shown.</summary>
    public const int MaxBleeders = 8;

    /// <summary>Skin marks made with the marker (points on the skin).</summary>
    public List<Vector3> Marks { get; } = new();

    /// <summary>Where the scenario's marks belong (shown with the plan).</summary>
    public List<Vector3> PlannedMarks { get; } = new();

    /// <summary>Bleeding points of the exposed outer table (shown once the exposure is done); empty outside the open approach.</summary>
    public List<Bleeder> Bleeders { get; } = new();

    /// <summary>How close the bipolar's tips must pass to a bleeder to seal it, mm.</summary>
    public float BipolarReachMm { get; set; } = 6f;

    /// <summary>Half the width of the swath a curette stroke clears, mm.</summary>
    public float CuretteReachMm { get; set; } = 4f;

    /// <summary>The planned window (shown with the plan), or null outside the open approach.</summary>
    public WindowShape? Plan { get; set; }

    /// <summary>The window cut with the osteotome, or null.</summary>
    public WindowShape? Window { get; set; }

    /// <summary>Curette strokes (points on the window's plane), each a polyline.</summary>
    public List<Vector3[]> Strokes { get; } = new();

    /// <summary>Where graft was packed (a point in the window), or null.</summary>
    public Vector3? GraftMm { get; set; }

    /// <summary>Where the block was set back (a point in the window), or null while it is out.</summary>
    public Vector3? BlockMm { get; set; }

    /// <summary>How far the block is tapped in below the outer table, mm.</summary>
    public float BlockCountersinkMm { get; set; }

    /// <summary>The rectangle the osteotome is outlining right now (live), or null.</summary>
    public WindowShape? LiveOutline { get; set; }

    /// <summary>The bipolar stroke being made (live); bleeders it passes are shown sealed.</summary>
    public Vector3[] LiveBipolar { get; set; } = Array.Empty<Vector3>();

    /// <summary>The curette stroke being made (live), shown as cleared.</summary>
    public Vector3[] LiveCurette { get; set; } = Array.Empty<Vector3>();

    /// <summary>Clears what the procedure did (the plan, planned marks and bleeding points stay; they belong to the patient).</summary>
    public void Reset()
    {
        Marks.Clear();
        Strokes.Clear();
        Window = LiveOutline = null;
        GraftMm = BlockMm = null;
        BlockCountersinkMm = 0;
        LiveBipolar = LiveCurette = Array.Empty<Vector3>();
        for (var i = 0; i < Bleeders.Count; i++)
        {
            Bleeders[i] = Bleeders[i] with { Sealed = false };
        }
    }
}
