using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>Where an implant ended and how it sits across the SI joint.</summary>
/// <param name="TipMm">The implant tip (mm, LPS).</param>
/// <param name="IliumMm">Outer table (the pin entry) to the joint plane along the pin; null if the pin never crosses the joint.</param>
/// <param name="SacralPurchaseMm">Joint plane to the implant tip along the pin: negative when the implant stops short of the joint (then the tip's distance from the joint plane).</param>
/// <param name="ProudMm">How far the implant's head stands out of the outer table.</param>
public sealed record ImplantFindings(Vector3 TipMm, double? IliumMm, double SacralPurchaseMm, double ProudMm);
