using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>The danger structures: nerve roots, foramina, vessels, the anterior sacral cortex and the sacral canal.</summary>
public sealed partial class Pelvis
{
    private IReadOnlyList<DangerStructure> BuildDangers()
    {
        var list = new List<DangerStructure>();
        foreach (var side in new[] { 1f, -1f })
        {
            var name = side > 0 ? "left" : "right";
            list.Add(new DangerStructure($"l5-root-{name}", DangerKind.NerveRoot,
                SacralFrames.Point(14, 27 * side, -24, 8), SacralFrames.Point(14, 40 * side, 30, 24), 3f,
                $"The pin left the front of the sacral ala where the L5 nerve root lies on the bone ({name} side): risk of foot-drop weakness and leg pain."));
            foreach (var (foramen, s, x, r) in PelvisShape.Foramina.Take(2))
            {
                list.Add(new DangerStructure($"{foramen}-root-{name}", DangerKind.Foramen,
                    SacralFrames.Point(s, x * side, 0, -30), SacralFrames.Point(s, (x + 4) * side, 4, 24), r - 1f,
                    $"The pin entered the {foramen.ToUpperInvariant()} foramen ({name} side), where the {foramen.ToUpperInvariant()} nerve root runs: risk of nerve-root injury and radiating leg pain."));
            }

            list.Add(new DangerStructure($"superior-gluteal-artery-{name}", DangerKind.Artery,
                new Vector3(52 * side, 37, -67), new Vector3(86 * side, 37, -67), 3f,
                $"The instrument reached the greater sciatic notch where the superior gluteal artery leaves the pelvis ({name} side): risk of major bleeding."));
            list.Add(new DangerStructure($"superior-gluteal-nerve-{name}", DangerKind.Nerve,
                new Vector3(52 * side, 40, -63), new Vector3(86 * side, 40, -63), 2f,
                $"The instrument reached the greater sciatic notch where the superior gluteal nerve runs with the artery on the bone ({name} side): risk of weak hip abductors and a limp."));
            list.Add(new DangerStructure($"internal-iliac-vessels-{name}", DangerKind.Artery,
                new Vector3(30 * side, -34, 8), new Vector3(50 * side, -17, -62), 6f,
                $"The pin went out in front of the SI joint and the sacral ala, where the internal iliac artery and vein run into the pelvis ({name} side): risk of major bleeding."));
        }

        list.Add(new DangerStructure("anterior-sacral-cortex-s1", DangerKind.Cortex,
            SacralFrames.Point(14, -30, 0, 19), SacralFrames.Point(14, 30, 0, 19), 4f,
            "The pin went out through the front of the S1 body into the pelvis, where the iliac vessels and the lumbosacral trunk lie."));
        list.Add(new DangerStructure("anterior-sacral-cortex-s2", DangerKind.Cortex,
            SacralFrames.Point(42, -24, 0, 16), SacralFrames.Point(42, 24, 0, 16), 3.5f,
            "The pin went out through the front of the S2 body into the pelvis."));
        list.Add(new DangerStructure("sacral-canal", DangerKind.Canal,
            SacralFrames.Point(0, 0, 0, -23), SacralFrames.Point(64, 0, 0, -17), 8f,
            "The pin crossed the midline into the sacral canal, which holds the cauda equina nerve roots."));
        return list;
    }
}
