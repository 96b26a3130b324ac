using System.Numerics;
using Simulator.App.Scene;
using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.App.Window;

/// <summary>The trainee's input: keys through the <see cref="KeyTable"/>, clicks on buttons (each is its key) and in 3D.</summary>
/// <remarks>
/// Main thread only. Actions go to the <see cref="OperatingTable"/>; a click that cannot be an action
/// (empty space, away from the pin) does nothing but say why in <see cref="Notice"/>, and is not logged.
/// </remarks>
public sealed class TrainerControls
{
    /// <summary>How close (design pixels) a click must be to the pin's image to count as aimed at it.</summary>
    private const float PinReachPx = 28f;

    private readonly TrainerWindow _w;
    private bool _orbiting;
    private bool _panning;
    private bool _cutting;
    private Vector3? _cutStart;
    private double _mouseX;
    private double _mouseY;

    public TrainerControls(TrainerWindow window) => _w = window;

    /// <summary>The keyboard's point of action (the + on the skin or bone).</summary>
    public SurfaceCursor Cursor { get; } = new();

    /// <summary>Why the last click or key did nothing (null when it did something).</summary>
    public string? Notice { get; private set; }

    private OperatingTable Table => _w.Table;

    public void OnKey(int key, bool pressed, int modifiers)
    {
        if (!pressed)
        {
            return;
        }

        var press = new KeyPress(key, modifiers);
        var scopes = _w.ShowHelp ? new[] { KeyScope.Help, KeyScope.Anywhere } : new[] { KeyScope.Anywhere, ScreenScope() };
        foreach (var scope in scopes)
        {
            if (KeyTable.Find(scope, press) is not { } binding)
            {
                continue;
            }

            if (binding.GuidedOnly && _w.Session.Mode != Mode.Guided)
            {
                return;
            }

            if (scope == KeyScope.Operating)
            {
                Notice = null;
            }

            if (binding.StartsClock)
            {
                _w.Clock.Start();
            }

            binding.Run(this, press);
            _w.MarkDirty();
            return;
        }
    }

    private KeyScope ScreenScope() => _w.Screen switch
    {
        TrainerScreen.Paused => KeyScope.Paused,
        TrainerScreen.ConfirmEnd => KeyScope.ConfirmEnd,
        TrainerScreen.Debrief => KeyScope.Debrief,
        _ => KeyScope.Operating,
    };

    public void OnMouseMove(double x, double y)
    {
        var dx = x - _mouseX;
        var dy = y - _mouseY;
        _mouseX = x;
        _mouseY = y;
        if (_w.CArmPanel.Dragging != CArmPanelPart.None)
        {
            var ratio = _w.Window.PixelRatio;
            Table.CArm = _w.CArmPanel.Drag((float)(dx * ratio), (float)(dy * ratio), Table.CArm, _w.View3D, _w.Scale);
            _w.MarkDirty();
        }
        else if (_orbiting)
        {
            _w.Camera.Orbit((float)(dx * 0.008), (float)(dy * 0.008));
        }
        else if (_panning)
        {
            var (_, h) = _w.Window.WindowSize;
            _w.Camera.Pan((float)(dx / Math.Max(1, h)), (float)(dy / Math.Max(1, h)));
        }

        if ((_orbiting || _panning) && Cursor.Point is not null)
        {
            _w.MarkDirty(); // the + is painted on the HUD, so it follows the view
        }
    }

    /// <summary>The mouse position in framebuffer pixels (the HUD's coordinates).</summary>
    private Vector2 MousePixel => new((float)(_mouseX * _w.Window.PixelRatio), (float)(_mouseY * _w.Window.PixelRatio));

    public void OnMouseButton(MouseButton button, bool pressed, int modifiers)
    {
        var pixel = MousePixel;
        if (button == MouseButton.Left && pressed && _w.Buttons.LastOrDefault(b => b.Rect.Contains(pixel.X, pixel.Y)) is { } hit)
        {
            OnKey(hit.Key, true, hit.Modifiers);
            return;
        }

        if (_w.Screen != TrainerScreen.Operating || _w.ShowHelp)
        {
            return;
        }

        if (button == MouseButton.Left && !pressed && _w.CArmPanel.Dragging != CArmPanelPart.None)
        {
            _w.CArmPanel.Release();
            return;
        }

        if (button == MouseButton.Left && pressed && _w.CArmPanel.Press(pixel.X, pixel.Y, _w.View3D, _w.Scale))
        {
            _w.Clock.Start();
            _w.MarkDirty();
            return;
        }

        var layout = _w.Layout;
        var inView = layout.View.Contains(pixel.X, pixel.Y) && !layout.Tray.Contains(pixel.X, pixel.Y);
        if (!pressed)
        {
            _orbiting = _panning = false;
        }
        else if (!inView)
        {
            return;
        }

        if (button == MouseButton.Right || (button == MouseButton.Left && Table.Tool == Tool.Camera))
        {
            _orbiting = pressed;
            return;
        }

        if (button == MouseButton.Middle)
        {
            _panning = pressed;
            return;
        }

        if (button == MouseButton.Left)
        {
            Click(pressed);
            _w.MarkDirty();
        }
    }

    /// <summary>A left press or release in the 3D view with the selected instrument.</summary>
    private void Click(bool pressed)
    {
        var (origin, direction) = _w.MouseRay(MousePixel);
        if (pressed)
        {
            Notice = null;
        }

        switch (Table.Tool)
        {
            case Tool.Scalpel when pressed:
                _cutStart = Table.Pelvis.Pick(origin, direction, includeSoftTissue: true)?.Point;
                _cutting = _cutStart is not null;
                if (!_cutting)
                {
                    Notice = "The scalpel cuts skin: press on the skin and drag along it.";
                }

                break;
            case Tool.Scalpel when _cutting:
                _cutting = false;
                var end = Table.Pelvis.Pick(origin, direction, includeSoftTissue: true)?.Point;
                if (_cutStart is { } start && end is { } stop && Vector3.Distance(start, stop) > 5f)
                {
                    Table.Incise(start, stop);
                }
                else if (_cutStart is { } spot)
                {
                    Cursor.Set(spot, skin: true);
                    _w.UpdateAimPreview();
                    Notice = "To cut, drag along the skin — or press Enter to cut at the + (arrows move it, PgUp/PgDn set the length).";
                }

                break;
            case Tool.GuidePin when pressed:
                ClickWithPin(origin, direction);
                break;
            case Tool.Drill or Tool.Broach or Tool.Implant when pressed:
                if (AimedAtPin() || (!HasPin() && Table.Pelvis.Pick(origin, direction) is not null))
                {
                    Primary();
                }
                else
                {
                    var name = TrayItem.All.First(t => t.Tool == Table.Tool).Label.ToLowerInvariant();
                    Notice = HasPin()
                        ? $"The {name} goes over the guide pin: click on the pin (or press Enter)."
                        : $"Nothing there to use the {name} on: click on the bone.";
                }

                break;
            case Tool.CArm when pressed:
                Shoot();
                break;
            case Tool.Dissector or Tool.Syringe or Tool.Suture when pressed:
                if (Table.Pelvis.Pick(origin, direction, includeSoftTissue: true) is not null)
                {
                    Primary();
                }
                else
                {
                    Notice = "Click on the patient (the wound) to use it.";
                }

                break;
        }
    }

    private void ClickWithPin(Vector3 origin, Vector3 direction)
    {
        if (!PinInPlace())
        {
            if (Table.Pelvis.Pick(origin, direction) is { } hit)
            {
                Cursor.Set(hit.Point, skin: false);
                Table.DockPin(hit.Point);
            }
            else
            {
                Notice = "Click on the bone (the outer table of the ilium) to dock the pin there.";
            }

            return;
        }

        if (AimedAtPin())
        {
            Table.AdvancePin();
        }
        else
        {
            Notice = "A pin is docked: click on it to advance it (Enter), aim with the arrows, walk its tip with Ctrl+arrows.";
        }
    }

    /// <summary>True when the current implant has a pin docked or advanced (the pin tool then advances rather than docks).</summary>
    private bool PinInPlace() => Table.PinEntry is not null && Table.Visuals.Slots[Table.CurrentSlot].Stage != SlotStage.None;

    /// <summary>True when a guide pin stands in the bone for the current implant (drill, broach and implant go over it).</summary>
    private bool HasPin() => Table.Visuals.Slots[Table.CurrentSlot].Stage is >= SlotStage.PinDocked and < SlotStage.PinRemoved;

    /// <summary>True when the mouse is on (or within a finger's breadth of) the current pin as drawn, from its handle to its tip.</summary>
    private bool AimedAtPin()
    {
        var slot = Table.Visuals.Slots[Table.CurrentSlot];
        if (slot.Stage is < SlotStage.PinDocked or >= SlotStage.PinRemoved)
        {
            return false;
        }

        var layout = _w.Layout;
        var axis = Vector3.Normalize(slot.TipMm - slot.EntryMm);
        var pixel = MousePixel - new Vector2(layout.View.Left, 0);
        var distance = ScreenProjection.DistanceToSegment(_w.Camera, pixel, slot.EntryMm - axis * 150f, slot.TipMm, layout.View.Width, layout.View.Height);
        return distance <= PinReachPx * layout.Scale;
    }

    public void OnScroll(double dx, double dy)
    {
        if (_w.Screen == TrainerScreen.Debrief)
        {
            ScrollDebrief(-(int)Math.Round(dy * 3));
            return;
        }

        if (_w.Layout.Panel.Contains(MousePixel.X, MousePixel.Y))
        {
            ScrollSteps(-(int)Math.Round(dy * 3));
            return;
        }

        _w.Camera.Zoom(MathF.Pow(0.9f, (float)dy));
        _w.MarkDirty();
    }

    public void ToggleHelp() => _w.ShowHelp = !_w.ShowHelp;

    public void ChangeTextScale(float delta) => _w.Settings.TextScale = Math.Clamp(_w.Settings.TextScale + delta, 0.8f, 2f);

    public void SelectTool(Tool tool)
    {
        Table.Tool = tool;
        if (tool == Tool.Scalpel || (tool == Tool.GuidePin && !PinInPlace()))
        {
            PlaceCursorAtCentre(skin: tool == Tool.Scalpel);
        }

        _w.UpdateAimPreview();
    }

    /// <summary>Puts the + where the centre of the 3D view meets the skin or bone, unless it already sits on that surface.</summary>
    private void PlaceCursorAtCentre(bool skin)
    {
        if (Cursor.Point is not null && Cursor.OnSkin == skin)
        {
            return;
        }

        var view = _w.Layout.View;
        var (origin, direction) = _w.MouseRay(new Vector2(view.MidX, view.MidY));
        if (!Cursor.Place(Table.Pelvis, origin, direction, skin))
        {
            Cursor.Clear();
        }
    }

    /// <summary>The keyboard form of the selected instrument's action (Enter).</summary>
    public void Primary()
    {
        switch (Table.Tool)
        {
            case Tool.Scalpel:
                PlaceCursorAtCentre(skin: true);
                if (Cursor is { Point: { } centre, OnSkin: true })
                {
                    Table.InciseAt(centre);
                }
                else
                {
                    Notice = "Turn the view until the skin is in the middle, or click on the skin to put the + there.";
                }

                break;
            case Tool.Dissector: Table.Dissect(); break;
            case Tool.GuidePin when PinInPlace(): Table.AdvancePin(); break;
            case Tool.GuidePin:
                PlaceCursorAtCentre(skin: false);
                if (Cursor is { Point: { } entry, OnSkin: false })
                {
                    Table.DockPin(entry);
                }
                else
                {
                    Notice = "Turn the view until the bone is in the middle, or click on the bone to dock the pin there.";
                }

                break;
            case Tool.CArm: Shoot(); break;
            case Tool.Drill: Table.Drill(); break;
            case Tool.Broach: Table.Broach(); break;
            case Tool.Implant when _w.Session.Expected?.Step.Action == StepActions.DepthGauge: Table.Gauge(); break;
            case Tool.Implant when Table.Visuals.Slots[Table.CurrentSlot].Stage == SlotStage.Implanted: RemovePin(); break;
            case Tool.Implant: Table.PlaceImplant(); break;
            case Tool.Syringe: Table.Irrigate(); break;
            case Tool.Suture: Table.Close(); break;
            default: Notice = "Pick an instrument first (1–9 or click the tray); 0 only looks."; break;
        }
    }

    public void Shoot() => Table.TakeShot();

    public void SetView(CameraView view) => _w.SetView(view);

    public void PresetCArm(CameraView view) => _w.PresetCArm(view);

    public void ToggleFullView() => _w.CArmPanel.FullView = !_w.CArmPanel.FullView;

    public void Confirm() => Table.Confirm();

    public void Gauge() => Table.Gauge();

    /// <summary>Withdraws the guide pin for a redo (the table says what to do next in the message box).</summary>
    public void Withdraw()
    {
        Table.Withdraw();
        if (Table.PinEntry is null)
        {
            Cursor.Clear();
        }

        _w.UpdateAimPreview();
    }

    public void RemovePin()
    {
        Table.RemovePin();
        Cursor.Clear();
    }

    /// <summary>Arrow keys: rotate and tilt the C-arm, move the + (scalpel, undocked pin), aim the docked pin, or turn the view.</summary>
    public void Arrow(KeyPress press)
    {
        if (Table.Tool == Tool.CArm)
        {
            Table.CArm = CArmKeys.Move(Table.CArm, press.Key, press.Step, control: false);
            return;
        }

        if (Table.Tool == Tool.Scalpel || (Table.Tool == Tool.GuidePin && !PinInPlace()))
        {
            Walk(press);
            return;
        }

        if (Table.Tool == Tool.GuidePin)
        {
            var step = press.Step;
            Table.AimOffsetDeg += press.Key switch
            {
                Keys.Left => new Vector2(-step, 0),
                Keys.Right => new Vector2(step, 0),
                Keys.Up => new Vector2(0, step),
                _ => new Vector2(0, -step),
            };
            _w.UpdateAimPreview();
            return;
        }

        var angle = 0.05f * press.Step;
        switch (press.Key)
        {
            case Keys.Left: _w.Camera.Orbit(-angle, 0); break;
            case Keys.Right: _w.Camera.Orbit(angle, 0); break;
            case Keys.Up: _w.Camera.Orbit(0, -angle); break;
            default: _w.Camera.Orbit(0, angle); break;
        }
    }

    /// <summary>
    /// Ctrl+arrows: move the C-arm's isocentre; or walk the docked pin's tip, or else the +, over the surface by 1 mm
    /// (5 with Shift) in the screen direction of the arrow.
    /// </summary>
    public void Walk(KeyPress press)
    {
        if (Table.Tool == Tool.CArm)
        {
            Table.CArm = CArmKeys.Move(Table.CArm, press.Key, press.Step, control: true);
            return;
        }

        var walkingPin = Table.Tool == Tool.GuidePin && Table.PinWalkable;
        if (!walkingPin && Table.Tool is not (Tool.Scalpel or Tool.GuidePin))
        {
            Notice = "Ctrl+arrows move the + (scalpel, guide pin) or the C-arm (4); with other tools the arrows turn the view.";
            return;
        }

        if (!walkingPin && Table.Tool == Tool.GuidePin && PinInPlace())
        {
            Notice = "An advanced pin cannot be walked: remove it (R) and dock again.";
            return;
        }

        var skin = Table.Tool == Tool.Scalpel;
        if (!walkingPin)
        {
            PlaceCursorAtCentre(skin);
        }

        if ((walkingPin ? Table.PinEntry : Cursor.Point) is not { } from)
        {
            Notice = $"Turn the view until the {(skin ? "skin" : "bone")} is in the middle of the screen.";
            return;
        }

        var camera = _w.Camera;
        var forward = -camera.Direction;
        var right = Vector3.Normalize(Vector3.Cross(forward, camera.Up));
        var up = Vector3.Normalize(Vector3.Cross(right, forward));
        var step = (float)press.Step;
        var (dx, dy) = press.Key switch
        {
            Keys.Left => (-step, 0f),
            Keys.Right => (step, 0f),
            Keys.Up => (0f, step),
            _ => (0f, -step),
        };
        if (SurfaceCursor.Walk(Table.Pelvis, from, skin, camera.Eye, right, up, dx, dy) is not { } to)
        {
            Notice = $"That is the edge of the {(skin ? "skin" : "bone")}; walk the other way.";
            return;
        }

        if (walkingPin)
        {
            Table.WalkPin(to);
        }

        Cursor.Set(to, skin);
        _w.UpdateAimPreview();
    }

    public void Adjust(int step)
    {
        var t = Table;
        switch (t.Tool)
        {
            case Tool.Scalpel: t.IncisionLengthMm = Math.Clamp(t.IncisionLengthMm + step, 10, 100); break;
            case Tool.GuidePin: t.PinDepthMm = Math.Clamp(t.PinDepthMm + step, 10, 120); _w.UpdateAimPreview(); break;
            case Tool.Drill: t.DrillDepthMm = Math.Clamp(t.DrillDepthMm + step, 10, 120); _w.UpdateAimPreview(); break;
            case Tool.Implant: t.ImplantLengthMm = NextSize(ImplantPlan.Lengths(t.Session.Scenario), t.ImplantLengthMm, Math.Sign(step)); break;
            case Tool.CArm: t.CArm = t.CArm.Tilted(step); break;
            default: _w.Camera.Zoom(step > 0 ? 0.9f : 1.1f); break;
        }
    }

    /// <summary>Shows or hides the plan (guided only); showing it is noted as a hint for the debrief.</summary>
    public void TogglePlan()
    {
        _w.Highlight = !_w.Highlight;
        if (_w.Highlight)
        {
            Table.NotePlanShown(_w.Clock.Seconds);
        }

        _w.UpdateAimPreview();
    }

    public void ToggleSoftTissue() => _w.SoftTissueVisible = !_w.SoftTissueVisible;

    /// <summary>Scrolls the step list by <paramref name="rows"/>; it follows the next step again after the next action.</summary>
    public void ScrollSteps(int rows) => _w.StepScroll = Math.Max(0, (_w.StepScroll ?? _w.StepListFirstRow) + rows);

    public void Pause()
    {
        _w.Screen = TrainerScreen.Paused;
        _w.Clock.Pause();
    }

    public void Resume()
    {
        _w.Screen = TrainerScreen.Operating;
        _w.Clock.Resume();
    }

    public void AskEnd() => _w.Screen = TrainerScreen.ConfirmEnd;

    public void KeepOperating() => _w.Screen = TrainerScreen.Operating;

    public void Finish() => _w.Finish();

    public void ScrollDebrief(int lines) => _w.DebriefScroll = Math.Max(0, _w.DebriefScroll + lines);

    public void Close() => _w.Window.ShouldClose = true;

    /// <summary>The next size up (<paramref name="direction"/> 1) or down (−1) on the tray from <paramref name="current"/>, staying within the sizes.</summary>
    private static int NextSize(IReadOnlyList<int> sizes, int current, int direction)
    {
        var next = direction > 0 ? sizes.Where(s => s > current).DefaultIfEmpty(sizes.Max()).Min() : sizes.Where(s => s < current).DefaultIfEmpty(sizes.Min()).Max();
        return next;
    }
}
