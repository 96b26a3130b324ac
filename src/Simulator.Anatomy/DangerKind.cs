namespace Simulator.Anatomy;

/// <summary>The kinds of structure a pin or implant must not breach.</summary>
public enum DangerKind
{
    NerveRoot,
    Foramen,
    Cortex,
    Canal,
    Artery,

    /// <summary>A peripheral nerve outside the spinal canal and foramina (e.g. the superior gluteal nerve).</summary>
    Nerve,

    /// <summary>The pin left the bone through a cortex (derived from the path, not a fixed capsule).</summary>
    BoneExit,
}
