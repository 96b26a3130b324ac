namespace Simulator.Anatomy;

/// <summary>
/// The procedure's figures where a scenario says nothing: one place for every project (sources in docs/clinical-basis.md).
/// A scenario's own targets win wherever it gives them (e.g. the C-arm tilts come from its inlet and outlet imaging steps).
/// </summary>
public static class ProcedureDefaults
{
    /// <summary>Inlet tilt, degrees caudal: the "ideal" inlet of Graves &amp; Routt 2011 (21–33°).</summary>
    public const float InletTiltDeg = 25f;

    /// <summary>Outlet tilt, degrees cranial: within Graves &amp; Routt's 30–50° outlet range (their ideal 42°).</summary>
    public const float OutletTiltDeg = 40f;

    /// <summary>Skin incision for the lateral approach, mm: the middle of "a 3 to 5-cm lateral incision" (Polly &amp; Holton 2020).</summary>
    public const float IncisionLengthMm = 40f;

    /// <summary>The implant length offered first on the tray before the depth gauge is read, mm (the middle of the usual 30–70 mm range).</summary>
    public const int ImplantLengthMm = 45;
}
