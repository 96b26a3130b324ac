namespace Simulator.Anatomy;

/// <summary>The instruments the trainer shows.</summary>
public enum InstrumentKind
{
    Scalpel,
    BluntDissector,
    GuidePin,
    CannulatedDrill,
    Broach,
    TriangularImplant,
    IrrigationSyringe,
    CArm,
    SkinMarker,
    BipolarForceps,
    Osteotome,
    Curette,
    BoneTamp,
    CannulatedScrew,
}
