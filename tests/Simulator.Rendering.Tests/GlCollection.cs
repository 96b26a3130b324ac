namespace Simulator.Rendering.Tests;

/// <summary>
/// Tests that open a GL context or a window: one at a time (GlfwWindow allows one window per process), after the parallel ones.
/// Linked into Simulator.EndToEnd.Tests, whose tests share the rule.
/// </summary>
[CollectionDefinition("gl", DisableParallelization = true)]
public class GlCollection
{
}
