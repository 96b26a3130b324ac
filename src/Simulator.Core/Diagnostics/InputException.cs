namespace Simulator.Core.Diagnostics;

/// <summary>Thrown when an input file cannot be used; carries every located diagnostic found.</summary>
/// <remarks>The CLI prints <see cref="Diagnostics"/> one per line and exits 1; never a stack trace.</remarks>
public sealed class InputException : Exception
{
    public InputException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics.Where(d => d.IsError)))
    {
        Diagnostics = diagnostics;
    }

    public InputException(Diagnostic diagnostic) : this(new[] { diagnostic }) { }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
