using System.Numerics;
using Simulator.Anatomy;

namespace Simulator.Rendering.Scene;

/// <summary>
/// The scene nodes of skin marking and the open approach: marks on the skin, bleeding points, the iliac window (outline while it is
/// dragged, then the cut with its rim), curetted swaths, graft chips and the block; and what the C-arm sees of them.
/// </summary>
/// <remarks>
/// Every node is created (and its mesh owned by the renderer) up front; <see cref="Apply"/> toggles and places them, and rebuilds the
/// few draped meshes only when the window, the strokes or the block change — never per frame.
/// </remarks>
public sealed class OpenApproachScene
{
    private const int EdgePieces = 4;
    private const int GraftChips = 24;
    private const float SwathCellMm = 0.5f;

    private static readonly Material Ink = new(new Vector4(0.32f, 0.08f, 0.55f, 1f), 0.2f, 20f);
    private static readonly Material PlannedInk = new(new Vector4(0.2f, 0.55f, 1f, 0.85f), 0f, 4f);
    private static readonly Material Bleeding = new(new Vector4(0.82f, 0.03f, 0.03f, 1f), 0.9f, 70f);
    private static readonly Material Ooze = new(new Vector4(0.7f, 0.02f, 0.02f, 0.5f), 0.8f, 60f);
    private static readonly Material Sealed = new(new Vector4(0.24f, 0.12f, 0.06f, 1f), 0.1f, 10f);
    private static readonly Material Outline = new(new Vector4(1f, 0.85f, 0.1f, 0.95f), 0f, 4f);
    private static readonly Material Floor = new(new Vector4(0.13f, 0.06f, 0.05f, 1f), 0.3f, 30f);
    private static readonly Material Cortex = new(new Vector4(0.99f, 0.96f, 0.88f, 1f), 0.15f, 16f);
    private static readonly Material Cancellous = new(new Vector4(0.8f, 0.2f, 0.24f, 1f), 0.6f, 40f);

    private readonly SceneRenderer _renderer;
    private readonly Pelvis _pelvis;
    private readonly SceneNode[] _marks = new SceneNode[OpenApproachVisuals.MaxMarks];
    private readonly SceneNode[] _plannedMarks = new SceneNode[OpenApproachVisuals.MaxMarks];
    private readonly SceneNode[] _bleeders = new SceneNode[OpenApproachVisuals.MaxBleeders];
    private readonly SceneNode[] _oozes = new SceneNode[OpenApproachVisuals.MaxBleeders];
    private readonly SceneNode[] _outline = new SceneNode[4 * EdgePieces];
    private readonly SceneNode[] _planOutline = new SceneNode[4 * EdgePieces];
    private readonly SceneNode[] _chips = new SceneNode[GraftChips];
    private readonly SceneNode _floor;
    private readonly SceneNode _rim;
    private readonly SceneNode _swaths;
    private readonly SceneNode _blockFace;
    private readonly SceneNode _cut;
    private readonly SceneNode _block;
    private readonly Vector3?[] _markAt = new Vector3?[OpenApproachVisuals.MaxMarks];
    private readonly Vector3?[] _plannedAt = new Vector3?[OpenApproachVisuals.MaxMarks];
    private readonly Vector3?[] _bleederAt = new Vector3?[OpenApproachVisuals.MaxBleeders];
    private WindowSurface? _surface;
    private WindowShape? _outlined;
    private WindowShape? _planned;
    private (int Strokes, int Points, int Live, Vector3 Last) _swathKey = (-1, 0, 0, default);
    private (Vector3 At, float Sink)? _blockKey;
    private (Vector3 At, bool Deep)? _graftKey;

    public OpenApproachScene(SceneRenderer renderer, Pelvis pelvis)
    {
        _renderer = renderer;
        _pelvis = pelvis;
        var cross = renderer.Add("mark-1", Primitives.Cross(4.5f, 1.4f, 0.8f), Ink);
        var sphere = renderer.Add("bleeder-1", Primitives.UnitSphere(8, 12), Bleeding);
        var rod = renderer.Add("outline-1", Primitives.UnitCylinder(8), Outline, layer: 9);
        for (var i = 0; i < _marks.Length; i++)
        {
            _marks[i] = i == 0 ? cross : renderer.AddInstance($"mark-{i + 1}", cross, Ink);
            _plannedMarks[i] = renderer.AddInstance($"planned-mark-{i + 1}", cross, PlannedInk, layer: 7);
            _plannedMarks[i].Overlay = true;
        }

        for (var i = 0; i < _bleeders.Length; i++)
        {
            _bleeders[i] = i == 0 ? sphere : renderer.AddInstance($"bleeder-{i + 1}", sphere, Bleeding);
            _oozes[i] = renderer.AddInstance($"ooze-{i + 1}", sphere, Ooze, layer: 12);
        }

        for (var i = 0; i < _outline.Length; i++)
        {
            _outline[i] = i == 0 ? rod : renderer.AddInstance($"outline-{i + 1}", rod, Outline, layer: 9);
            _outline[i].Overlay = true;
            _planOutline[i] = renderer.AddInstance($"planned-window-{i + 1}", rod, PlannedInk, layer: 7);
            _planOutline[i].Overlay = true;
        }

        var empty = new Mesh(Array.Empty<Vector3>(), Array.Empty<Vector3>(), Array.Empty<uint>());
        _floor = renderer.Add("window-floor", empty, Floor);
        _rim = renderer.Add("window-rim", empty, Cortex);
        _swaths = renderer.Add("window-curetted", empty, Cancellous);
        _blockFace = renderer.Add("block-face", empty, Material.Bone);
        _cut = renderer.Add("window-cut", empty, Floor);
        _cut.XrayOnly = true;
        _cut.Density = -1f;
        _block = renderer.Add("block", empty, Material.Bone);
        _block.XrayOnly = true;
        _block.Density = 1f;
        for (var i = 0; i < _chips.Length; i++)
        {
            var chip = new Material(i % 3 == 0 ? new Vector4(0.78f, 0.6f, 0.42f, 1f) : new Vector4(0.96f, 0.92f, 0.78f, 1f), 0.2f, 20f);
            _chips[i] = renderer.AddInstance($"graft-{i + 1}", sphere, chip);
            _chips[i].Density = 6f;
        }

        foreach (var node in _marks.Concat(_plannedMarks).Concat(_bleeders).Concat(_oozes).Concat(_outline).Concat(_planOutline).Concat(_chips))
        {
            node.Visible = false;
        }

        foreach (var node in new[] { _floor, _rim, _swaths, _blockFace, _cut, _block })
        {
            node.Visible = false;
        }
    }

    /// <summary>
    /// Shows <paramref name="open"/>: bleeders once <paramref name="dissected"/>, the plan (window and marks) with <paramref name="showPlan"/>,
    /// skin marks while the <paramref name="skin"/> is shown.
    /// </summary>
    public void Apply(OpenApproachVisuals open, bool dissected, bool showPlan, bool closed, bool skin = true)
    {
        PlaceMarks(_marks, _markAt, open.Marks, skin);
        PlaceMarks(_plannedMarks, _plannedAt, open.PlannedMarks, showPlan && skin);
        PlaceBleeders(open, dissected && !closed);
        if (open.Plan != _planned)
        {
            _planned = open.Plan;
            PlaceOutline(_planOutline, open.Plan);
        }

        SetVisible(_planOutline, showPlan && open.Plan is not null);
        if (open.LiveOutline != _outlined)
        {
            _outlined = open.LiveOutline;
            PlaceOutline(_outline, open.LiveOutline);
        }

        SetVisible(_outline, open.LiveOutline is not null);
        ApplyWindow(open);
    }

    private void ApplyWindow(OpenApproachVisuals open)
    {
        if (open.Window is not { } window)
        {
            _surface = null;
            _swathKey = (-1, 0, 0, default);
            _blockKey = null;
            _graftKey = null;
            foreach (var node in new[] { _floor, _rim, _swaths, _blockFace, _cut, _block })
            {
                node.Visible = false;
            }

            SetVisible(_chips, false);
            return;
        }

        if (_surface?.Shape != window)
        {
            _surface = new WindowSurface(_pelvis, window);
            var (l, w) = (window.LengthMm / 2, window.WidthMm / 2);
            _floor.Mesh.Update(_surface.Surface(new[] { (-l, -w, l, w) }, 0.3f));
            _rim.Mesh.Update(_surface.Surface(WindowSurface.Rim(l, w, 1.3f), 0.35f));
            // Through the ilium: from just above the outer table down to the joint.
            _cut.Mesh.Update(_surface.Solid(-l, -w, l, w, 0f, window.DepthMm, extraMm: 0.5f));
            _swathKey = (-1, 0, 0, default);
            _blockKey = null;
            _graftKey = null;
        }

        var surface = _surface;
        _floor.Visible = _rim.Visible = _cut.Visible = true;
        var blockIn = open.BlockMm is not null;

        var live = open.LiveCurette;
        var key = (open.Strokes.Count, open.Strokes.Sum(s => s.Length), live.Length, live.Length > 0 ? live[^1] : default);
        if (key != _swathKey)
        {
            _swathKey = key;
            var strokes = live.Length > 0 ? open.Strokes.Append(live) : open.Strokes;
            _swaths.Mesh.Update(surface.Cleared(strokes, open.CuretteReachMm, SwathCellMm, 0.5f));
        }

        _swaths.Visible = !blockIn && _swaths.Mesh.IndexCount > 0;
        PlaceBlock(surface, open);
        PlaceGraft(surface, open.GraftMm, blockIn);
    }

    private void PlaceBlock(WindowSurface surface, OpenApproachVisuals open)
    {
        _blockFace.Visible = _block.Visible = open.BlockMm is not null;
        if (open.BlockMm is not { } at)
        {
            return;
        }

        var sink = MathF.Max(0, open.BlockCountersinkMm);
        // The deeper it is tapped in, the more the face lies in the shadow of the window's edge.
        var shade = Math.Clamp(1f - sink * 0.06f, 0.6f, 1f);
        _blockFace.Material = new Material(new Vector4(0.88f * shade, 0.82f * shade, 0.64f * shade, 1f), 0.15f, 16f);
        if (_blockKey == (at, sink))
        {
            return;
        }

        _blockKey = (at, sink);
        var w = surface.Shape;
        var c = w.Coordinates(at);
        var (hl, hw) = (w.LengthMm / 2, w.WidthMm / 2);
        // The block fits its own window: it is drawn off the window only by as much as it was set outside it.
        var shift = c - new Vector2(Math.Clamp(c.X, -hl, hl), Math.Clamp(c.Y, -hw, hw));
        const float Gap = 0.8f;
        _blockFace.Mesh.Update(surface.Surface(new[] { (-hl + Gap + shift.X, -hw + Gap + shift.Y, hl - Gap + shift.X, hw - Gap + shift.Y) }, 0.7f));
        _block.Mesh.Update(surface.Solid(-hl + 0.5f + shift.X, -hw + 0.5f + shift.Y, hl - 0.5f + shift.X, hw - 0.5f + shift.Y, sink, w.DepthMm + sink));
    }

    private void PlaceGraft(WindowSurface surface, Vector3? graft, bool blockIn)
    {
        SetVisible(_chips, graft is not null);
        if (graft is not { } at)
        {
            return;
        }

        foreach (var chip in _chips)
        {
            // Under the block the graft is packed in the joint: the C-arm sees it, the eye does not.
            chip.XrayOnly = blockIn;
        }

        if (_graftKey == (at, blockIn))
        {
            return;
        }

        _graftKey = (at, blockIn);
        var w = surface.Shape;
        var c = w.Coordinates(at);
        for (var k = 0; k < _chips.Length; k++)
        {
            // A sunflower spiral of chips around the spot, about 6 mm across.
            var r = 1.25f * MathF.Sqrt(k + 0.5f);
            var angle = k * 2.39996f;
            var u = c.X + r * MathF.Cos(angle);
            var v = c.Y + r * MathF.Sin(angle);
            var size = 0.9f + 0.5f * ((k * 7) % 5) / 4f;
            var centre = blockIn ? w.At(u, v) - w.Normal * (w.DepthMm - 1.5f) : surface.OnSurface(u, v, 0.6f);
            _chips[k].Model = Basis(w.Along * size, w.Across * size, w.Normal * size * (blockIn ? 1f : 0.7f), centre);
        }
    }

    private void PlaceMarks(SceneNode[] nodes, Vector3?[] placed, List<Vector3> points, bool visible)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            Vector3? point = i < points.Count ? points[i] : null;
            nodes[i].Visible = visible && point is not null;
            if (point is not { } p || placed[i] == p)
            {
                continue;
            }

            placed[i] = p;
            var normal = SurfaceNormal(p, includeSoftTissue: true);
            var (t, b) = Tangents(normal);
            nodes[i].Model = Basis(t, b, normal, p + normal * 0.6f);
        }
    }

    private void PlaceBleeders(OpenApproachVisuals open, bool shown)
    {
        for (var i = 0; i < _bleeders.Length; i++)
        {
            var exists = shown && i < open.Bleeders.Count;
            _bleeders[i].Visible = exists;
            _oozes[i].Visible = false;
            if (!exists)
            {
                continue;
            }

            var bleeder = open.Bleeders[i];
            var sealedNow = bleeder.Sealed || WithinReach(open.LiveBipolar, bleeder.PointMm, open.BipolarReachMm);
            _bleeders[i].Material = sealedNow ? Sealed : Bleeding;
            _oozes[i].Visible = !sealedNow;
            if (_bleederAt[i] == bleeder.PointMm)
            {
                continue;
            }

            _bleederAt[i] = bleeder.PointMm;
            var n = SurfaceNormal(bleeder.PointMm, includeSoftTissue: false);
            var (t, b) = Tangents(n);
            _bleeders[i].Model = Basis(t * 2.2f, b * 2.2f, n * 1.1f, bleeder.PointMm + n * 0.3f);
            _oozes[i].Model = Basis(t * 4.5f, b * 4.5f, n * 0.6f, bleeder.PointMm + n * 0.2f);
        }
    }

    /// <summary>Lays the rectangle's four edges on the bone, each in a few straight pieces from surface point to surface point.</summary>
    private void PlaceOutline(SceneNode[] rods, WindowShape? shape)
    {
        if (shape is not { } w)
        {
            return;
        }

        var corners = new[]
        {
            new Vector2(-w.LengthMm / 2, -w.WidthMm / 2), new Vector2(w.LengthMm / 2, -w.WidthMm / 2),
            new Vector2(w.LengthMm / 2, w.WidthMm / 2), new Vector2(-w.LengthMm / 2, w.WidthMm / 2),
        };
        Vector3 OnBone(Vector2 c)
        {
            var p = w.At(c.X, c.Y);
            var hit = _pelvis.Pick(p + w.Normal * 40f, -w.Normal);
            return hit is not null && MathF.Abs(Vector3.Dot(hit.Point - p, w.Normal)) < 30f ? hit.Point + w.Normal * 0.4f : p;
        }

        for (var e = 0; e < 4; e++)
        {
            var (a, b) = (corners[e], corners[(e + 1) % 4]);
            var from = OnBone(a);
            for (var k = 1; k <= EdgePieces; k++)
            {
                var to = OnBone(Vector2.Lerp(a, b, k / (float)EdgePieces));
                rods[e * EdgePieces + k - 1].Model = Primitives.Segment(from, to, 0.45f);
                from = to;
            }
        }
    }

    private Vector3 SurfaceNormal(Vector3 point, bool includeSoftTissue)
    {
        // Out of the body, roughly: away from the long axis; then the surface's own normal where a ray meets it.
        var guess = new Vector3(point.X, point.Y, 0);
        guess = guess.LengthSquared() < 1e-3f ? Vector3.UnitY : Vector3.Normalize(guess);
        var hit = _pelvis.Pick(point + guess * 15f, -guess, includeSoftTissue);
        return hit is not null && Vector3.Distance(hit.Point, point) < 6f ? Vector3.Normalize(hit.Normal) : guess;
    }

    private static bool WithinReach(Vector3[] stroke, Vector3 point, float reach)
    {
        for (var i = 0; i < stroke.Length; i++)
        {
            var d = i == 0 ? Vector3.Distance(stroke[0], point) : Geometry.DistanceToSegment(point, stroke[i - 1], stroke[i]);
            if (d <= reach)
            {
                return true;
            }
        }

        return false;
    }

    private static (Vector3 T, Vector3 B) Tangents(Vector3 normal)
    {
        var t = Vector3.Cross(normal, MathF.Abs(normal.Z) < 0.9f ? Vector3.UnitZ : Vector3.UnitX);
        t = Vector3.Normalize(t);
        return (t, Vector3.Cross(normal, t));
    }

    private static void SetVisible(SceneNode[] nodes, bool visible)
    {
        foreach (var node in nodes)
        {
            node.Visible = visible;
        }
    }

    private static Matrix4x4 Basis(Vector3 x, Vector3 y, Vector3 z, Vector3 origin) => new(
        x.X, x.Y, x.Z, 0,
        y.X, y.Y, y.Z, 0,
        z.X, z.Y, z.Z, 0,
        origin.X, origin.Y, origin.Z, 1);
}
