using System.Numerics;
using System.Runtime.CompilerServices;
using Simulator.Anatomy;
using Simulator.Core.Diagnostics;
using Simulator.Core.Scenarios;

namespace Simulator.App.Scene;

/// <summary>
/// The planned implant paths a session works to, in implant order: the scenario's own <c>plan:</c> resolved against the anatomy
/// (corridors and landmarks by name, points as given), or the anatomy's plan on the operative (left) side when it declares none.
/// </summary>
public static class ImplantPlan
{
    /// <summary>Corridor radius when a path given by points does not say, mm (the S1/S2 corridors' own).</summary>
    public const double DefaultRadiusMm = 6.5;

    private static readonly ConditionalWeakTable<Scenario, ConditionalWeakTable<Pelvis, IReadOnlyList<PlannedTrajectory>>> Cache = new();
    private static readonly ConditionalWeakTable<Pelvis, IReadOnlyList<PlannedTrajectory>> OwnCache = new();

    /// <summary>The anatomy's own plan on the operative (left) side (worked out once per pelvis: the same list every time).</summary>
    public static IReadOnlyList<PlannedTrajectory> Planned(Pelvis pelvis) => OwnCache.GetValue(pelvis, p => p.PlannedImplants
        .Where(t => t.Name.EndsWith("-left", StringComparison.Ordinal))
        .ToArray());

    /// <summary>The plan of <paramref name="scenario"/> (null: the anatomy's own), resolved once per scenario and pelvis.</summary>
    /// <exception cref="InputException">A declared path names a corridor or landmark the anatomy does not have (located).</exception>
    public static IReadOnlyList<PlannedTrajectory> Planned(Scenario? scenario, Pelvis pelvis)
    {
        if (scenario is null || scenario.Plan.Count == 0)
        {
            return Planned(pelvis);
        }

        return Cache.GetOrCreateValue(scenario).GetValue(pelvis, p =>
        {
            var errors = Check(scenario, p);
            if (errors.Count > 0)
            {
                throw new InputException(errors);
            }

            return scenario.Plan.Select(path => Resolve(scenario, path, p)).ToArray();
        });
    }

    /// <summary>The implant lengths the scenario's implant comes in (the anatomy's default range when it declares none).</summary>
    public static IReadOnlyList<int> Lengths(Scenario? scenario) => scenario?.Implant is { LengthsMm.Count: > 0 } implant
        ? implant.LengthsMm
        : Pelvis.DefaultImplantLengthsMm;

    /// <summary>The radius of a declared path's safe corridor: its own, else its corridor's, else <see cref="DefaultRadiusMm"/>.</summary>
    public static double RadiusOf(PlannedPath path, Pelvis pelvis) => path.RadiusMm
        ?? (path.Corridor.Length > 0 && pelvis.Corridors.FirstOrDefault(c => c.Name == path.Corridor) is { } c ? c.RadiusMm : DefaultRadiusMm);

    /// <summary>Every corridor or landmark name in the scenario's plan that the anatomy lacks, located at the name.</summary>
    public static IReadOnlyList<Diagnostic> Check(Scenario scenario, Pelvis pelvis)
    {
        var list = new List<Diagnostic>();
        var corridors = pelvis.Corridors.Select(c => c.Name).ToArray();
        var landmarks = pelvis.Landmarks.Select(l => l.Name).ToArray();
        foreach (var path in scenario.Plan)
        {
            if (path.Corridor.Length > 0 && !corridors.Contains(path.Corridor))
            {
                list.Add(Unknown(scenario, path.Line, path.Column, $"unknown corridor '{path.Corridor}' of planned path '{path.Id}'", path.Corridor, corridors));
            }

            foreach (var point in new[] { path.Entry, path.Target })
            {
                if (point?.Landmark is { } name && !landmarks.Contains(name))
                {
                    list.Add(Unknown(scenario, point.Line, point.Column, $"unknown landmark '{name}' of planned path '{path.Id}'", name, landmarks));
                }
            }
        }

        return list;
    }

    private static Diagnostic Unknown(Scenario scenario, int line, int column, string message, string name, string[] known)
    {
        var hint = Core.Yaml.NodeReader.Suggest(name, known) is { } s ? $" (did you mean '{s}'?)" : "";
        return new Diagnostic(scenario.SourcePath, line, column, Severity.Error, $"{message}{hint}; see 'simulator anatomy --json'");
    }

    private static PlannedTrajectory Resolve(Scenario scenario, PlannedPath path, Pelvis pelvis)
    {
        Vector3 entry, target;
        if (path.Corridor.Length > 0)
        {
            var corridor = pelvis.Corridor(path.Corridor);
            (entry, target) = (corridor.EntryMm, corridor.TargetMm);
        }
        else
        {
            entry = Point(path.Entry!, pelvis);
            target = Point(path.Target!, pelvis);
        }

        return Pelvis.PlanPath(path.Id, entry, target, path.Name, Lengths(scenario), path.ImplantLengthMm);
    }

    private static Vector3 Point(PlanPoint point, Pelvis pelvis) => point.Landmark is { } name
        ? pelvis.Landmark(name).PointMm
        : new Vector3((float)point.Point![0], (float)point.Point[1], (float)point.Point[2]);
}
