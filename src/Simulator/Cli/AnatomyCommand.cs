using System.CommandLine;
using System.Text;
using Simulator.Anatomy;
using Simulator.App.Sessions;

namespace Simulator.App.Cli;

/// <summary>
/// <c>simulator anatomy [--json] [--export FILE.obj|FILE.stl]</c>: landmarks, corridors and danger structures
/// in patient millimetres, and the part meshes as a file an educator can open in 3D Slicer or Blender.
/// </summary>
public static class AnatomyCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print landmarks, corridors and dangers as JSON (the default when --export is not given)." };
        var export = new Option<string?>("--export")
        {
            Description = "Write the part meshes (mm, LPS; one object per part) to FILE; .obj or .stl chooses the format.",
            HelpName = "FILE",
        };
        var command = new Command("anatomy", "Print the model's coordinate system, landmarks, corridors and danger structures (mm, LPS), or export its meshes.")
        {
            json, export,
        };
        command.SetAction(parse => Run(context, parse.GetValue(json), parse.GetValue(export)));
        return command;
    }

    public static int Run(CliContext context, bool json, string? export)
    {
        var format = export is null ? (MeshFileFormat?)null
            : MeshExport.FormatOf(export) ?? throw new UsageException($"--export takes a .obj or .stl file (got '{export}')");
        var pelvis = Pelvis.Build();
        if (export is not null)
        {
            ResultsFolder.WriteAtomically(export, temp =>
            {
                using var writer = new StreamWriter(temp, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
                MeshExport.Write(pelvis.Parts, format!.Value, writer);
            });
        }

        if (json || export is null)
        {
            AnatomyJson.Write(pelvis, context.Out);
            context.Out.WriteLine();
        }
        else
        {
            context.Out.WriteLine(export);
        }

        return ExitCodes.Ok;
    }
}
