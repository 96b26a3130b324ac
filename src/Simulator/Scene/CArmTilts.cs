using Simulator.Core.Scenarios;

namespace Simulator.App.Scene;

/// <summary>The inlet and outlet tilts a scenario asks for: the centre of its imaging steps' <c>tilt_deg</c> targets (defaults: <see cref="Anatomy.ProcedureDefaults"/>).</summary>
public static class CArmTilts
{
    public static (float InletDeg, float OutletDeg) From(Scenario scenario)
    {
        float Tilt(string view, float fallback) => scenario.Steps
            .Where(s => s.Action == StepActions.Imaging && s.View == view)
            .SelectMany(s => s.Targets.Where(t => t.Name == "tilt_deg"))
            .Select(t => (float)t.Centre)
            .DefaultIfEmpty(fallback)
            .First();

        return (Tilt("inlet", Anatomy.ProcedureDefaults.InletTiltDeg), Tilt("outlet", Anatomy.ProcedureDefaults.OutletTiltDeg));
    }
}
