using System.Numerics;
using Simulator.App.Scene;

namespace Simulator.App.Window;

/// <summary>
/// The marker, bipolar, osteotome, curette and impactor in the trainee's hand: mouse presses, drags and releases (rays into the
/// scene) and their keyboard forms (Enter at the +, arrows to move it, Enter again to lift a tool that strokes).
/// </summary>
/// <remarks>
/// No GL: the window passes camera rays, tests pass rays of their own. Every point comes from picking the anatomy (skin for the
/// marker, bone for the rest) or, for the curette and the impactor, from the plane of the cut window; nothing snaps to the plan.
/// A gesture that cannot be an action (no exposed bone under a bipolar stroke, no window for the curette) is not logged: the
/// returned notice says why.
/// </remarks>
public sealed class HandGestures
{
    /// <summary>Points of a stroke are kept this far apart, mm.</summary>
    public const float SampleMm = 2f;

    /// <summary>Most points one stroke logs.</summary>
    public const int MaxPoints = 400;

    /// <summary>The exposed field around the planned window: this far along the joint, across it, and off the plane, mm.</summary>
    private static readonly Vector3 Exposure = new(45f, 32f, 25f);

    private readonly Func<OperatingTable> _tableNow;
    private readonly SurfaceCursor _cursor;
    private readonly Action _changed;
    private List<Vector3>? _stroke;
    private Vector3? _corner;
    private Vector3 _lastCorner;

    /// <param name="table">Where the actions go: the window's current table (a reloaded scenario brings a new one).</param>
    /// <param name="cursor">The keyboard's +: set where the mouse acts, walked by the arrows.</param>
    /// <param name="changed">Called when what the scene shows changed (the window redraws the 3D scene).</param>
    public HandGestures(Func<OperatingTable> table, SurfaceCursor cursor, Action changed)
    {
        _tableNow = table;
        _cursor = cursor;
        _changed = changed;
    }

    private OperatingTable Table => _tableNow();

    /// <summary>True for the tools this class works.</summary>
    public static bool Handles(Tool tool) => tool is Tool.Marker or Tool.Bipolar or Tool.Osteotome or Tool.Curette or Tool.Impactor;

    /// <summary>True when the tool works on the skin (the marker); the others work on bone.</summary>
    public static bool OnSkin(Tool tool) => tool == Tool.Marker;

    /// <summary>True while a tool is down: a stroke or an outline is being made (the next Enter or release finishes it).</summary>
    public bool Down => _stroke is not null || _corner is not null;

    /// <summary>How long the stroke in progress is, mm (0 when none).</summary>
    public float StrokeMm
    {
        get
        {
            var length = 0f;
            for (var i = 1; i < (_stroke?.Count ?? 0); i++)
            {
                length += Vector3.Distance(_stroke![i - 1], _stroke[i]);
            }

            return length;
        }
    }

    /// <summary>The rectangle being outlined (osteotome), or null.</summary>
    public IliacWindow? Outlining => _corner is { } a && Table.WindowPlan is { } plan ? IliacWindow.Outlined(plan, a, _lastCorner) : null;

    /// <summary>A left press in the 3D view along the ray; returns a notice when nothing can be done there.</summary>
    public string? Press(Vector3 origin, Vector3 direction)
    {
        Cancel();
        var tool = Table.Tool;
        switch (tool)
        {
            case Tool.Marker:
                return Surface(origin, direction, skin: true) is { } skin ? Act(() => Table.Mark(skin)) : "The marker draws on the skin: click on the skin.";
            case Tool.Impactor:
                return Impact(InWindowPlane(origin, direction));
            case Tool.Osteotome:
                return Surface(origin, direction, skin: false) is { } corner ? Start(corner) : "Press on the bone (the outer table) at one corner of the window and drag to the opposite corner.";
            case Tool.Bipolar:
                _stroke = new List<Vector3>();
                Add(Surface(origin, direction, skin: false));
                return null;
            case Tool.Curette:
                if (Table.Window is null)
                {
                    return NoWindow("curette");
                }

                _stroke = new List<Vector3>();
                Add(InWindowPlane(origin, direction));
                return null;
            default:
                return null;
        }
    }

    /// <summary>The mouse moved with the button down: the stroke or the outline follows.</summary>
    public void Move(Vector3 origin, Vector3 direction)
    {
        if (_corner is not null && Surface(origin, direction, skin: false) is { } corner)
        {
            Outline(corner);
        }
        else if (_stroke is not null)
        {
            Add(Table.Tool == Tool.Curette ? InWindowPlane(origin, direction) : Surface(origin, direction, skin: false));
        }
    }

    /// <summary>The left button released: finishes an outline or a stroke (one event); returns a notice when it is not logged.</summary>
    public string? Release(Vector3 origin, Vector3 direction)
    {
        if (!Down)
        {
            return null;
        }

        Move(origin, direction);
        return Lift();
    }

    /// <summary>Enter: marks or impacts at the +, or puts a stroking tool down there, or lifts it when it is down.</summary>
    public string? Enter()
    {
        if (Down)
        {
            return Lift();
        }

        var tool = Table.Tool;
        if (_cursor.Point is not { } at || _cursor.OnSkin != OnSkin(tool))
        {
            return $"Turn the view until the {(OnSkin(tool) ? "skin" : "bone")} is in the middle, or click on it to put the + there.";
        }

        switch (tool)
        {
            case Tool.Marker:
                return Act(() => Table.Mark(at));
            case Tool.Impactor:
                return Impact(Table.Window is { } window ? OnPlane(window, at) : null);
            case Tool.Osteotome:
                return Start(at);
            case Tool.Curette when Table.Window is null:
                return NoWindow("curette");
            default:
                _stroke = new List<Vector3>();
                Add(tool == Tool.Curette && Table.Window is { } w ? OnPlane(w, at) : at);
                return null;
        }
    }

    /// <summary>The + was walked to <paramref name="to"/> (arrows) while the tool is down: the stroke or outline follows it.</summary>
    public void Walked(Vector3 to)
    {
        if (_corner is not null)
        {
            Outline(to);
        }
        else if (_stroke is not null)
        {
            Add(Table.Tool == Tool.Curette && Table.Window is { } w ? OnPlane(w, to) : to);
        }
    }

    /// <summary>Drops a stroke or outline in progress without logging it (another tool was picked).</summary>
    public void Cancel()
    {
        _stroke = null;
        _corner = null;
        var open = Table.Visuals.Open;
        if (open.LiveOutline is not null || open.LiveBipolar.Length > 0 || open.LiveCurette.Length > 0)
        {
            open.LiveOutline = null;
            open.LiveBipolar = open.LiveCurette = Array.Empty<Vector3>();
            _changed();
        }
    }

    private string? Start(Vector3 corner)
    {
        if (Table.WindowPlan is null)
        {
            return "There is no iliac window to cut in this operation.";
        }

        _corner = corner;
        Outline(corner);
        return null;
    }

    private void Outline(Vector3 corner)
    {
        _lastCorner = corner;
        Table.Visuals.Open.LiveOutline = Outlining is { } w ? Table.VisualsShape(w) : null;
        _changed();
    }

    private void Add(Vector3? point)
    {
        if (_stroke is null || point is not { } p)
        {
            return;
        }

        if (Table.Tool == Tool.Bipolar && !Exposed(p))
        {
            return;
        }

        if (Table.Tool == Tool.Curette && Table.Window is { } window && !window.Contains(p))
        {
            return;
        }

        if (_stroke.Count > 0 && (Vector3.Distance(_stroke[^1], p) < SampleMm || _stroke.Count >= MaxPoints))
        {
            return;
        }

        _stroke.Add(p);
        if (Table.Tool == Tool.Bipolar)
        {
            Table.Visuals.Open.LiveBipolar = _stroke.ToArray();
        }
        else
        {
            Table.Visuals.Open.LiveCurette = _stroke.ToArray();
        }

        _changed();
    }

    private string? Lift()
    {
        var tool = Table.Tool;
        var (stroke, corner) = (_stroke, _corner);
        var end = _lastCorner;
        Cancel();
        if (corner is { } a)
        {
            if (Vector3.Distance(a, end) < 3f)
            {
                return "Drag from one corner of the window to the opposite corner (or Enter, walk the + with the arrows, Enter).";
            }

            return Act(() => Table.CutWindow(a, end));
        }

        if (stroke is not { Count: > 0 })
        {
            return tool == Tool.Curette
                ? "The curette works inside the cut window: drag over its floor."
                : "The bipolar seals bleeding on the exposed bone: drag over the red bleeding points.";
        }

        return Act(() => tool == Tool.Curette ? Table.Curette(stroke) : Table.Coagulate(stroke));
    }

    private string? Impact(Vector3? at)
    {
        if (Table.Window is null)
        {
            return NoWindow(Table.ImpactorCarriesGraft ? "graft" : "block");
        }

        if (at is not { } point)
        {
            return "Click in the window (the impactor works on its plane).";
        }

        return Act(() => Table.Impact(point));
    }

    private string? Act(Func<Core.Engine.EventVerdict?> action)
    {
        action();
        _changed();
        return null;
    }

    private Vector3? Surface(Vector3 origin, Vector3 direction, bool skin)
    {
        if (Table.Pelvis.Pick(origin, direction, includeSoftTissue: skin) is not { } hit)
        {
            return null;
        }

        _cursor.Set(hit.Point, skin);
        return hit.Point;
    }

    /// <summary>Where the ray meets the plane of the cut window (the + goes there too), or null.</summary>
    private Vector3? InWindowPlane(Vector3 origin, Vector3 direction)
    {
        if (Table.Window is not { } window)
        {
            return null;
        }

        var denominator = Vector3.Dot(direction, window.Normal);
        if (MathF.Abs(denominator) < 1e-4f)
        {
            return null;
        }

        var t = Vector3.Dot(window.Centre - origin, window.Normal) / denominator;
        if (t <= 0)
        {
            return null;
        }

        var point = origin + direction * t;
        _cursor.Set(point, skin: false);
        return point;
    }

    private static Vector3 OnPlane(IliacWindow window, Vector3 p) => p - window.Normal * Vector3.Dot(p - window.Centre, window.Normal);

    /// <summary>True for a point of the exposed outer table around the planned window (where the bleeding points are).</summary>
    private bool Exposed(Vector3 p)
    {
        if (Table.WindowPlan is not { } plan)
        {
            return true;
        }

        var c = plan.Coordinates(p);
        var height = Vector3.Dot(p - plan.Centre, plan.Normal);
        return MathF.Abs(c.X) <= Exposure.X && MathF.Abs(c.Y) <= Exposure.Y && MathF.Abs(height) <= Exposure.Z;
    }

    private static string NoWindow(string what) => what == "curette"
        ? "Cut the window first (osteotome): the curette works through it."
        : $"Cut the window first (osteotome): the {what} goes into it.";
}
