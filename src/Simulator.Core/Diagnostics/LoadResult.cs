namespace Simulator.Core.Diagnostics;

/// <summary>The outcome of loading a file: the value (null if it had errors) and every diagnostic found.</summary>
public sealed record LoadResult<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics) where T : class
{
    public bool Ok => Value is not null && !Diagnostics.Any(d => d.IsError);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The value, or an <see cref="InputException"/> carrying every diagnostic.</summary>
    public T ValueOrThrow() => Ok ? Value! : throw new InputException(Diagnostics);
}
