using System.Globalization;
using BenchmarkDotNet.Attributes;
using Simulator.App.Cli;
using YamlDotNet.RepresentationModel;

namespace Simulator.Bench;

/// <summary>
/// Goal: validating 1,000 scenario files costs at most 1.5× a bare YamlDotNet parse of the same files. The files are written once,
/// in a temporary folder: variants of every scenario in scenarios/ (their own id, title and pass mark; all valid). The validation
/// is what <c>simulator validate FILE…</c> does (<see cref="ValidateCommand.Run"/>, text output to nowhere): read, parse with
/// locations, check every rule, check the plan against the anatomy (built once beforehand, as the trainer caches it). The
/// baseline reads each file and loads it into YamlDotNet's <see cref="YamlStream"/>. Both read from disk.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfigs.Long))]
public class ValidateBenchmarks
{
    public const int FileCount = 1000;

    private string _directory = "";
    private string[] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        var sources = Directory.GetFiles(ScenarioLocator.ScenariosDirectory(), "*.yaml").Order(StringComparer.Ordinal)
            .Select(File.ReadAllLines).ToList();
        if (sources.Count == 0)
        {
            throw new InvalidOperationException($"no scenarios in {ScenarioLocator.ScenariosDirectory()}");
        }

        _directory = Directory.CreateTempSubdirectory("sim-bench-validate-").FullName;
        _files = new string[FileCount];
        for (var i = 0; i < FileCount; i++)
        {
            var lines = Variant(sources[i % sources.Count], i, out var id);
            _files[i] = Path.Combine(_directory, id + ".yaml");
            File.WriteAllLines(_files[i], lines);
        }

        // The plan check's anatomy, built once (as in the trainer); and the measure is of valid files, every rule run to the end.
        _ = Simulator.Anatomy.Pelvis.Build();
        var report = new StringWriter();
        if (ValidateCommand.Run(_files, "text", report) != ExitCodes.Ok)
        {
            throw new InvalidOperationException("the generated scenarios do not validate:\n" + report);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Baseline = true, Description = "YamlDotNet YamlStream.Load, 1,000 files")]
    public int Parse()
    {
        var nodes = 0;
        foreach (var file in _files)
        {
            using var reader = new StreamReader(file);
            var yaml = new YamlStream();
            yaml.Load(reader);
            nodes += yaml.Documents.Count;
        }

        return nodes;
    }

    [Benchmark(Description = "simulator validate, 1,000 files")]
    public int Validate() => ValidateCommand.Run(_files, "text", TextWriter.Null);

    /// <summary>The scenario with its own id (<c>ID-vNNNN</c>), title and pass mark.</summary>
    private static string[] Variant(string[] source, int n, out string id)
    {
        var lines = (string[])source.Clone();
        var suffix = "-v" + n.ToString("0000", CultureInfo.InvariantCulture);
        id = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("id: ", StringComparison.Ordinal) && id.Length == 0)
            {
                id = lines[i]["id: ".Length..].Trim() + suffix;
                lines[i] = "id: " + id;
            }
            else if (lines[i].StartsWith("title: ", StringComparison.Ordinal))
            {
                lines[i] += $" (variant {n})";
            }
            else if (lines[i].StartsWith("pass_mark: ", StringComparison.Ordinal))
            {
                lines[i] = "pass_mark: " + (60 + n % 21).ToString(CultureInfo.InvariantCulture);
            }
        }

        return id.Length > 0 ? lines : throw new InvalidOperationException("a scenario without a top-level id line");
    }
}
