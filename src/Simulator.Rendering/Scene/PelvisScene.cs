using System.Numerics;
using Simulator.Anatomy;

namespace Simulator.Rendering.Scene;

/// <summary>The pelvis, the soft-tissue envelope, instruments, implants and overlays as scene nodes.</summary>
/// <remarks>
/// Every mesh is uploaded once here; <see cref="Apply"/> only toggles visibility and sets model
/// matrices, so following the procedure costs nothing per frame.
/// </remarks>
public sealed class PelvisScene
{
    private readonly SceneRenderer _renderer;
    private readonly SceneNode[] _pins = new SceneNode[ProcedureVisuals.SlotCount];
    private readonly SceneNode[] _implants = new SceneNode[ProcedureVisuals.SlotCount];
    private readonly SceneNode[] _screws = new SceneNode[ProcedureVisuals.SlotCount];
    private readonly SceneNode[] _tunnels = new SceneNode[ProcedureVisuals.SlotCount];
    private readonly List<SceneNode> _dangers = new();
    private readonly List<SceneNode> _corridors = new();
    private readonly List<SceneNode> _plans = new();
    private readonly List<SceneNode> _planCorridors = new();
    private readonly PlannedPathVisual[] _anatomyPlan;
    private readonly SceneNode[] _achieved = new SceneNode[ProcedureVisuals.SlotCount];
    private readonly List<SceneNode> _planAndAchieved = new();
    private readonly Dictionary<InstrumentKind, SceneNode> _instruments = new();
    private readonly SceneNode _incision;
    private readonly SceneNode _fluid;
    private readonly SceneNode _sutures;
    private readonly SceneNode _drain;
    private readonly SceneNode? _softTissue;
    private readonly OpenApproachScene _open;
    private ProcedureVisuals _applied = new();
    private bool _skinShown = true;

    public PelvisScene(SceneRenderer renderer, Pelvis pelvis)
    {
        _renderer = renderer;
        Pelvis = pelvis;
        foreach (var part in pelvis.Parts)
        {
            var material = part.Tissue switch
            {
                Tissue.Bone => Material.Bone,
                Tissue.SoftTissue => Material.SoftTissue,
                Tissue.Skin => Material.Skin,
                Tissue.Metal => Material.Metal,
                Tissue.Implant => Material.Implant,
                Tissue.Danger => Material.Danger,
                _ => Material.Target,
            };
            var node = renderer.Add(part.Name, part.Mesh, material, layer: part.Tissue is Tissue.SoftTissue or Tissue.Skin ? 10 : 0);
            node.Density = part.Tissue switch
            {
                Tissue.Bone => 1f,
                Tissue.SoftTissue or Tissue.Skin => 0.025f,
                Tissue.Metal => 25f,
                Tissue.Implant => 20f,
                _ => 0f,
            };
            if (part.Tissue is Tissue.SoftTissue or Tissue.Skin)
            {
                _softTissue ??= node;
            }
        }

        var pin = renderer.Add("pin-1", Instruments.Build(InstrumentKind.GuidePin), Material.Metal);
        var implant = renderer.Add("implant-1", Instruments.Build(InstrumentKind.TriangularImplant), Material.Implant);
        var screw = renderer.Add("screw-1", Instruments.Build(InstrumentKind.CannulatedScrew), Material.Implant);
        screw.Density = 20f;
        _screws[0] = screw;
        var cylinder = renderer.Add("tunnel-1", Primitives.UnitCylinder(), new Material(new Vector4(0.25f, 0.12f, 0.1f, 1f), 0f, 4f));
        pin.Density = 25f;
        implant.Density = 20f;
        cylinder.Density = -1f;
        _pins[0] = pin;
        _implants[0] = implant;
        _tunnels[0] = cylinder;
        for (var i = 1; i < ProcedureVisuals.SlotCount; i++)
        {
            _pins[i] = renderer.AddInstance($"pin-{i + 1}", pin, Material.Metal);
            _pins[i].Density = 25f;
            _implants[i] = renderer.AddInstance($"implant-{i + 1}", implant, Material.Implant);
            _implants[i].Density = 20f;
            _screws[i] = renderer.AddInstance($"screw-{i + 1}", screw, Material.Implant);
            _screws[i].Density = 20f;
            _tunnels[i] = renderer.AddInstance($"tunnel-{i + 1}", cylinder, cylinder.Material);
            _tunnels[i].Density = -1f;
        }

        foreach (var danger in pelvis.Dangers)
        {
            var node = renderer.AddInstance("danger:" + danger.Name, cylinder, Material.Danger, layer: 5);
            node.Overlay = true;
            node.Model = Primitives.Segment(danger.A, danger.B, danger.RadiusMm);
            _dangers.Add(node);
        }

        foreach (var corridor in pelvis.Corridors)
        {
            var node = renderer.AddInstance("corridor:" + corridor.Name, cylinder, Material.Target, layer: 6);
            node.Overlay = true;
            node.Model = Primitives.Segment(corridor.EntryMm, corridor.TargetMm, corridor.RadiusMm);
            _corridors.Add(node);
        }

        // A pool of plan lines and plan corridors: filled from the scenario's plan, or the anatomy's own (left side).
        _anatomyPlan = pelvis.PlannedImplants.Where(p => p.Name.EndsWith("-left", StringComparison.Ordinal))
            .Select(p => new PlannedPathVisual(p.EntryMm, p.TargetMm, 6.5f)).ToArray();
        for (var i = 0; i < ProcedureVisuals.PlanCapacity; i++)
        {
            var node = renderer.AddInstance($"plan:{i + 1}", cylinder, new Material(new Vector4(0.2f, 0.55f, 1f, 0.8f), 0f, 4f), layer: 7);
            node.Visible = false;
            node.Overlay = true;
            _plans.Add(node);
            var corridor = renderer.AddInstance($"plan-corridor:{i + 1}", cylinder, Material.Target, layer: 6);
            corridor.Overlay = true;
            corridor.Visible = false;
            _planCorridors.Add(corridor);
        }

        for (var i = 0; i < ProcedureVisuals.SlotCount; i++)
        {
            // Thinner than the plan and drawn after it: a path on the plan shows orange inside blue.
            _achieved[i] = renderer.AddInstance($"achieved-{i + 1}", cylinder, new Material(new Vector4(1f, 0.55f, 0.05f, 0.95f), 0f, 4f), layer: 8);
            _achieved[i].Visible = false;
            _achieved[i].Overlay = true;
        }

        // Hand instruments (the C-arm is not drawn: at the scale of the pelvis it would fill the view).
        foreach (var kind in Enum.GetValues<InstrumentKind>().Where(k => k is not (InstrumentKind.CArm or InstrumentKind.TriangularImplant or InstrumentKind.CannulatedScrew)))
        {
            var node = renderer.Add("instrument:" + kind, Instruments.Build(kind), Material.Metal);
            node.Visible = false;
            _instruments[kind] = node;
        }

        var sphere = renderer.Add("incision", Primitives.UnitSphere(), new Material(new Vector4(0.35f, 0.05f, 0.05f, 1f), 0.3f, 20f));
        _incision = sphere;
        _fluid = renderer.AddInstance("irrigation-fluid", sphere, new Material(new Vector4(0.55f, 0.8f, 1f, 0.45f), 0.9f, 60f), layer: 20);
        _sutures = renderer.Add("sutures", Primitives.UnitCylinder(6), new Material(new Vector4(0.1f, 0.1f, 0.35f, 1f), 0.2f, 10f));
        _drain = renderer.AddInstance("drain", _sutures, new Material(new Vector4(0.92f, 0.92f, 0.85f, 1f), 0.4f, 20f));
        _open = new OpenApproachScene(renderer, pelvis);
        Apply(new ProcedureVisuals());
    }

    public Pelvis Pelvis { get; }

    /// <summary>The planned implant paths as thin blue lines (hidden; drawn over fluoro images to compare plan and result).</summary>
    public IReadOnlyList<SceneNode> PlanNodes => _plans;

    public SceneRenderer Renderer => _renderer;

    /// <summary>
    /// What a C-arm image is compared against: the operative (left) side's planned paths in blue, then the
    /// achieved pin paths in orange (every advanced pin, also after its implant replaced it).
    /// </summary>
    /// <remarks>The right-side plans would only clutter the image: the trainer's implant plan is on the patient's left.</remarks>
    public IReadOnlyList<SceneNode> PlanAndAchievedNodes => _planAndAchieved;

    /// <summary>Shows <paramref name="visuals"/>: pins, drilled tunnels, implants, incision, fluid, sutures, overlays.</summary>
    public void Apply(ProcedureVisuals visuals)
    {
        _applied = visuals;
        for (var i = 0; i < ProcedureVisuals.SlotCount; i++)
        {
            var slot = visuals.Slots[i];
            var axis = slot.TipMm - slot.EntryMm;
            var length = axis.Length();
            var dir = length > 0 ? axis / length : Vector3.UnitX;
            var pinTip = slot.Stage == SlotStage.PinDocked ? slot.EntryMm + dir * MathF.Min(6f, length) : slot.TipMm;
            _pins[i].Visible = slot.Stage is >= SlotStage.PinDocked and < SlotStage.PinRemoved;
            var pinScale = (visuals.PinDiameterMm ?? Instruments.GuidePinMeshDiameterMm) / Instruments.GuidePinMeshDiameterMm;
            _pins[i].Model = Matrix4x4.CreateScale(pinScale, pinScale, 1f) * Primitives.Instrument(slot.EntryMm - dir * 150f, pinTip);
            _tunnels[i].Visible = slot.Stage is SlotStage.Drilled or SlotStage.Broached;
            _tunnels[i].Model = Primitives.Segment(slot.EntryMm - dir * 2f, slot.TipMm - dir * 10f, slot.Stage == SlotStage.Broached ? 4.2f : 3.2f);
            // Drawn at the implant's own length (a 30 mm implant is not drawn 50 mm long), as the scenario's kind of implant.
            var implanted = slot.Stage >= SlotStage.Implanted;
            var meshDiameter = visuals.ImplantIsScrew ? Instruments.ScrewMeshDiameterMm : Instruments.TriangularImplantMeshDiameterMm;
            var model = Primitives.Implant(slot.ImplantHeadMm, slot.ImplantTipMm, Instruments.ImplantMeshLengthMm,
                (visuals.ImplantDiameterMm ?? meshDiameter) / meshDiameter);
            _implants[i].Visible = implanted && !visuals.ImplantIsScrew;
            _implants[i].Model = model;
            _screws[i].Visible = implanted && visuals.ImplantIsScrew;
            _screws[i].Model = model;
            _achieved[i].Model = Primitives.Segment(slot.EntryMm, slot.TipMm, 0.75f);
        }

        // The scenario's plan if it declares one, else the anatomy's: lines for the C-arm images, corridors for the plan overlay.
        var declared = visuals.Plan.Count > 0;
        var plan = declared ? (IReadOnlyList<PlannedPathVisual>)visuals.Plan : _anatomyPlan;
        _planAndAchieved.Clear();
        for (var i = 0; i < _plans.Count; i++)
        {
            var used = i < plan.Count;
            if (used)
            {
                _plans[i].Model = Primitives.Segment(plan[i].EntryMm, plan[i].TipMm, 1.4f);
                _planCorridors[i].Model = Primitives.Segment(plan[i].EntryMm, plan[i].TipMm, plan[i].RadiusMm);
                _planAndAchieved.Add(_plans[i]);
            }

            _planCorridors[i].Visible = used && declared && visuals.ShowCorridors;
        }

        for (var i = 0; i < ProcedureVisuals.SlotCount; i++)
        {
            if (visuals.Slots[i].Stage >= SlotStage.PinAdvanced)
            {
                _planAndAchieved.Add(_achieved[i]);
            }
        }

        // Incision, fluid, sutures and marks are on the skin: hidden with it.
        _incision.Visible = _skinShown && visuals.IncisionMade && !visuals.Closed;
        var normal = SkinNormal(visuals.IncisionCentreMm);
        var across = Vector3.Normalize(Vector3.Cross(normal, visuals.IncisionAxis));
        var opening = visuals.Dissected ? 6f : 1.5f;
        _incision.Model = Basis(visuals.IncisionAxis * (visuals.IncisionLengthMm / 2), across * opening, normal * 1.5f, visuals.IncisionCentreMm);
        _fluid.Visible = _skinShown && visuals.Irrigated && !visuals.Closed;
        _fluid.Model = Basis(visuals.IncisionAxis * (visuals.IncisionLengthMm / 2 + 3), across * (opening + 4), normal * 5f, visuals.IncisionCentreMm);
        _sutures.Visible = _skinShown && visuals.Closed;
        // The drain's tube: from the depth of the wound along the incision and out through the skin past its end.
        _drain.Visible = _skinShown && visuals.Drained;
        _drain.Model = Primitives.Segment(visuals.IncisionCentreMm - normal * 8f,
            visuals.IncisionCentreMm + visuals.IncisionAxis * (visuals.IncisionLengthMm / 2 + 20f) + normal * 25f, 2f);
        _sutures.Model = Primitives.Segment(visuals.IncisionCentreMm - visuals.IncisionAxis * (visuals.IncisionLengthMm / 2),
            visuals.IncisionCentreMm + visuals.IncisionAxis * (visuals.IncisionLengthMm / 2), 1.2f);

        foreach (var (kind, node) in _instruments)
        {
            node.Visible = visuals.Instrument == kind;
            if (node.Visible)
            {
                node.Model = Primitives.Instrument(visuals.InstrumentTipMm + visuals.InstrumentHandleDirection * 100f, visuals.InstrumentTipMm);
            }
        }

        _open.Apply(visuals.Open, visuals.Dissected, visuals.ShowCorridors, visuals.Closed, _skinShown);
        foreach (var node in _dangers)
        {
            node.Visible = visuals.ShowDangers;
        }

        foreach (var node in _corridors)
        {
            // The anatomy's corridors stand in for a plan only when the scenario declares none.
            node.Visible = visuals.ShowCorridors && visuals.Plan.Count == 0;
        }
    }

    /// <summary>Hides or shows the translucent soft-tissue envelope and what is on the skin (e.g. for unobstructed views of bone).</summary>
    public bool SoftTissueVisible
    {
        get => _softTissue?.Visible ?? false;
        set
        {
            _skinShown = value;
            Apply(_applied);
            foreach (var node in _renderer.Nodes)
            {
                if (node.Material.Transparent && Pelvis.Parts.Any(p => p.Name == node.Name))
                {
                    node.Visible = value;
                }
            }
        }
    }

    private Vector3 SkinNormal(Vector3 point)
    {
        // Outward normal of the envelope near the incision: point away from the pelvis centre, horizontally.
        var outward = point - new Vector3(0, point.Y, point.Z) + new Vector3(0, 0.4f * MathF.Abs(point.X), 0);
        return outward.LengthSquared() < 1e-3f ? Vector3.UnitX : Vector3.Normalize(outward);
    }

    private static Matrix4x4 Basis(Vector3 x, Vector3 y, Vector3 z, Vector3 origin) => new(
        x.X, x.Y, x.Z, 0,
        y.X, y.Y, y.Z, 0,
        z.X, z.Y, z.Z, 0,
        origin.X, origin.Y, origin.Z, 1);
}
