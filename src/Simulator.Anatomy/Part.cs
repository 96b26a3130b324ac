namespace Simulator.Anatomy;

/// <summary>A named anatomical part with its tissue and mesh (e.g. <c>sacrum</c>, <c>ilium-left</c>, <c>soft-tissue</c>).</summary>
public sealed record Part(string Name, Tissue Tissue, Mesh Mesh);
