namespace Simulator.Anatomy;

/// <summary>What a part is made of; the renderer picks its material from this.</summary>
public enum Tissue
{
    Bone,
    SoftTissue,
    Skin,
    Metal,
    Implant,
    Danger,
    Target,
}
