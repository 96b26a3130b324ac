using Simulator.Core.Scenarios;

namespace Simulator.Core.Engine;

/// <summary>The hints of a session with no controls of its own (scripts, replay): the step's instrument.</summary>
public sealed class InstrumentHints : IControlHints
{
    public static InstrumentHints Instance { get; } = new();

    public string How(Step step) => step.Instrument;

    public string Redo(Step step) => "";
}
