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
public sealed partial class TrainerControls
{
    /// <summary>How close (design pixels) a click must be to the pin's image to count as aimed at it.</summary>
    private const float PinReachPx = 28f;

    private readonly TrainerWindow _w;
    private bool _orbiting;
    private bool _panning;
    private bool _cutting;
    private bool _handDrag;
    private Vector3? _cutStart;
    private double _mouseX;
    private double _mouseY;

    public TrainerControls(TrainerWindow window)
    {
        _w = window;
        Hands = new HandGestures(() => window.Table, Cursor, window.UpdateAimPreview);
    }

    /// <summary>The keyboard's point of action (the + on the skin or bone).</summary>
    public SurfaceCursor Cursor { get; } = new();

    /// <summary>The marker, bipolar, osteotome, curette and impactor (their drags, clicks and keys).</summary>
    public HandGestures Hands { get; }

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
        else if (_handDrag)
        {
            var (origin, direction) = _w.MouseRay(MousePixel);
            Hands.Move(origin, direction);
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

        if (HandGestures.Handles(Table.Tool))
        {
            if (pressed)
            {
                Notice = Hands.Press(origin, direction);
                _handDrag = Hands.Down;
            }
            else if (_handDrag)
            {
                _handDrag = false;
                Notice = Hands.Release(origin, direction);
            }

            return;
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
                    var name = (Table.Tray.Of(Table.Tool)?.Item.Label ?? "instrument").ToLowerInvariant();
                    Notice = HasPin()
                        ? $"The {name} goes over the guide pin: click on the pin (or press Enter)."
                        : $"Nothing there to use the {name} on: click on the bone.";
                }

                break;
            case Tool.CArm when pressed:
                Shoot();
                break;
            case Tool.Dissector or Tool.Syringe or Tool.Drain or Tool.Suture when pressed:
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
}
