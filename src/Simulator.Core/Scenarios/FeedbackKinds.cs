namespace Simulator.Core.Scenarios;

/// <summary>The error kinds a step's <c>feedback</c> mapping may hold a text for.</summary>
public static class FeedbackKinds
{
    public const string Omitted = "omitted";
    public const string Repeated = "repeated";
    public const string OutOfOrder = "out_of_order";
    public const string Precondition = "precondition";
    public const string Technique = "technique";
    public const string WrongInstrument = "wrong_instrument";

    public static IReadOnlyList<string> All { get; } =
        new[] { Omitted, Repeated, OutOfOrder, Precondition, Technique, WrongInstrument };
}
