namespace Simulator.Core.Scoring;

/// <summary>A step performed a different number of times than expected: <c>{id, name, expected, performed}</c>.</summary>
/// <remarks>Used for both omissions and repeats; counts rather than a flag, because a 3× group can be partly done.</remarks>
public sealed record StepCount(string Id, string Name, int Expected, int Performed);
