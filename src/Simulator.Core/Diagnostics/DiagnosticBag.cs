using Simulator.Core.Yaml;

namespace Simulator.Core.Diagnostics;

/// <summary>Collects the diagnostics for one file so that all of them are reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public DiagnosticBag(string path) => Path = path;

    public string Path { get; }

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public void Error(YNode? at, string message) => Add(at, Severity.Error, message);

    public void Warning(YNode? at, string message) => Add(at, Severity.Warning, message);

    public void Error(int line, int column, string message) =>
        _items.Add(new Diagnostic(Path, line, column, Severity.Error, message));

    private void Add(YNode? at, Severity severity, string message) =>
        _items.Add(new Diagnostic(Path, at?.Line ?? 0, at?.Column ?? 0, severity, message));

    /// <summary>Diagnostics in file order (line, then column), errors first on ties.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Severity).ToList();
}
