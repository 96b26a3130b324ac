namespace Simulator.Core.Scenarios;

/// <summary>A technique measurement a step is judged on: a value expected within [Min, Max] in <see cref="Unit"/>.</summary>
public sealed record Target(string Name, double Min, double Max, string Unit)
{
    public double Centre => (Min + Max) / 2;

    public double Width => Max - Min;
}
