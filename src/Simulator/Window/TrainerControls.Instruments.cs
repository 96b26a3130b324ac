using System.Numerics;
using Simulator.App.Scene;
using Simulator.Core.Scenarios;
using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.App.Window;

/// <summary>The instruments in hand: picking them, their keyboard actions (Enter, arrows, +/−) and the key-only actions (shots, pin, plan, pause).</summary>
public sealed partial class TrainerControls
{
    public void SelectTool(Tool tool)
    {
        Hands.Cancel();
        _handDrag = false;
        Table.Tool = tool;
        if (tool == Tool.Scalpel || (tool == Tool.GuidePin && !PinInPlace()) || HandGestures.Handles(tool))
        {
            PlaceCursorAtCentre(skin: tool == Tool.Scalpel || HandGestures.OnSkin(tool));
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

    /// <summary>Picks the tray instrument on the key pressed (its number, ⇧ with a number past the tenth, V for the view).</summary>
    public void PickFromTray(KeyPress press)
    {
        if (Table.Tray.Picked(press) is { } slot)
        {
            SelectTool(slot.Tool);
        }
        else
        {
            Notice = $"No instrument on that key in this operation's tray: {Table.Tray.Listing}.";
        }
    }

    /// <summary>B: the impactor carries graft chips or the block (it follows the step due until chosen).</summary>
    public void SwitchImpactorLoad()
    {
        if (Table.Tray.Of(Tool.Impactor) is null)
        {
            Notice = "There is no impactor in this operation's tray.";
            return;
        }

        Table.ImpactorGraftChoice = !Table.ImpactorCarriesGraft;
        if (Table.Tool != Tool.Impactor)
        {
            SelectTool(Tool.Impactor);
        }
    }

    /// <summary>The keyboard form of the selected instrument's action (Enter).</summary>
    public void Primary()
    {
        if (HandGestures.Handles(Table.Tool))
        {
            if (!Hands.Down)
            {
                PlaceCursorAtCentre(HandGestures.OnSkin(Table.Tool));
            }

            Notice = Hands.Enter();
            return;
        }

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
            case Tool.Drain: Table.PlaceDrain(); break;
            case Tool.Suture: Table.Close(); break;
            default: Notice = "Pick an instrument first (its number, or click the tray); V only looks."; break;
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

        if (Table.Tool == Tool.Scalpel || HandGestures.Handles(Table.Tool) || (Table.Tool == Tool.GuidePin && !PinInPlace()))
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
        if (!walkingPin && Table.Tool is not (Tool.Scalpel or Tool.GuidePin) && !HandGestures.Handles(Table.Tool))
        {
            Notice = "Ctrl+arrows move the + (the instruments that work on the skin or bone) or the C-arm; with other tools the arrows turn the view.";
            return;
        }

        if (!walkingPin && Table.Tool == Tool.GuidePin && PinInPlace())
        {
            Notice = "An advanced pin cannot be walked: remove it (R) and dock again.";
            return;
        }

        var skin = Table.Tool == Tool.Scalpel || HandGestures.OnSkin(Table.Tool);
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
        if (Hands.Down)
        {
            Hands.Walked(to);
        }

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
            case Tool.Impactor: t.CountersinkMm = Math.Clamp(t.CountersinkMm + step, 0, OperatingTable.MaxCountersinkMm); break;
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
