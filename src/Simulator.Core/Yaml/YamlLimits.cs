namespace Simulator.Core.Yaml;

/// <summary>Caps that keep a hostile or broken file from exhausting memory or time.</summary>
/// <remarks>Real scenarios are a few hundred nodes deep at most ten levels; these caps are far above that.</remarks>
public sealed record YamlLimits(long MaxBytes, int MaxDepth, int MaxExpandedNodes)
{
    public static YamlLimits Default { get; } = new(MaxBytes: 1024 * 1024, MaxDepth: 40, MaxExpandedNodes: 100_000);
}
