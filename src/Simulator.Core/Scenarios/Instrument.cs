namespace Simulator.Core.Scenarios;

/// <summary>
/// An instrument or implant the scenario declares (<c>instruments:</c>): its name, kind, diameter and, for implants and screws,
/// the lengths on the tray.
/// </summary>
/// <remarks>
/// The window labels its tools with these names and draws pins and implants at these diameters; the depth gauge picks the
/// implant from <see cref="LengthsMm"/>, and the planned implant sizes come from them too.
/// </remarks>
public sealed record Instrument(string Id, string Name, string Kind, double? DiameterMm, IReadOnlyList<int> LengthsMm, int Line, int Column)
{
    /// <summary>True for the kinds that stay in the patient (a triangular implant, a screw).</summary>
    public bool IsImplant => Kind is InstrumentKinds.TriangularImplant or InstrumentKinds.Screw;
}

/// <summary>The kinds an <see cref="Instrument"/> may declare.</summary>
public static class InstrumentKinds
{
    public const string Pin = "pin";
    public const string Drill = "drill";
    public const string Broach = "broach";
    public const string DepthGauge = "depth-gauge";
    public const string TriangularImplant = "triangular-implant";
    public const string Screw = "screw";

    public static IReadOnlyList<string> All { get; } = new[]
    {
        Pin, Drill, Broach, DepthGauge, TriangularImplant, Screw,
        "scalpel", "dissector", "marker", "bipolar", "osteotome", "curette", "impactor", "c-arm", "syringe", "suture", "other",
    };
}
