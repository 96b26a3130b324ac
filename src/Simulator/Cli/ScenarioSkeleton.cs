using System.Text.Encodings.Web;
using System.Text.Json;

namespace Simulator.App.Cli;

/// <summary>
/// The scenario <c>simulator new</c> writes: the schema modeline, every top-level key with a comment saying what it does,
/// two steps, a group and a distractor — a file that validates and whose model attempt scores 100, to be edited into a real one.
/// </summary>
public static class ScenarioSkeleton
{
    private const string SchemaFile = "scenario.schema.json";

    /// <summary>The skeleton's text for scenario <paramref name="id"/> written to <paramref name="outputPath"/>.</summary>
    /// <param name="id">A valid scenario id.</param>
    /// <param name="title">The title (any text; written quoted).</param>
    /// <param name="outputPath">Where the file will be written: the modeline's schema path is relative to it inside the repository.</param>
    public static string Text(string id, string title, string outputPath) => Template
        .Replace("{schema}", SchemaReference(outputPath), StringComparison.Ordinal)
        .Replace("{id}", id, StringComparison.Ordinal)
        .Replace("{title}", Quote(title), StringComparison.Ordinal)
        .Replace("{file}", Path.GetFileName(outputPath), StringComparison.Ordinal)
        .ReplaceLineEndings("\n");

    /// <summary>A readable default title for an id: <c>pin-check</c> → <c>Pin check</c>.</summary>
    public static string TitleOf(string id)
    {
        var words = id.Replace('-', ' ').Trim();
        return words.Length == 0 ? id : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>
    /// The modeline's path to <c>schemas/scenario.schema.json</c>: relative to the output file's folder when the file lies
    /// inside the repository, otherwise absolute; the bare file name if no repository is found.
    /// </summary>
    public static string SchemaReference(string outputPath)
    {
        var root = RepositoryRoot();
        if (root is null)
        {
            return $"../schemas/{SchemaFile}";
        }

        var schema = Path.Combine(root, "schemas", SchemaFile);
        var folder = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        var inside = (folder + Path.DirectorySeparatorChar).StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return (inside ? Path.GetRelativePath(folder, schema) : schema).Replace('\\', '/');
    }

    /// <summary>The folder above the current one (or the executable) that holds <c>schemas/scenario.schema.json</c>, or null.</summary>
    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "schemas", SchemaFile)))
                {
                    return Path.TrimEndingDirectorySeparator(dir.FullName);
                }
            }
        }

        return null;
    }

    /// <summary>A YAML double-quoted scalar (JSON string syntax is valid YAML), so a title may hold ':', '#' or quotes.</summary>
    private static string Quote(string text) =>
        JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private const string Template = """
        # yaml-language-server: $schema={schema}
        #
        # A scenario skeleton written by 'simulator new'. Replace the example steps with your own procedure;
        # docs/scenario-format.md describes every key. 'simulator check {file}' validates it, lists what a
        # trainee would miss, and plays the model attempt, which must score 100 and pass.

        # Unique id (lowercase letters, digits, hyphens); attempt files and session logs name it in 'scenario'.
        id: {id}
        # Title shown to the trainee on the start screen, in the window and in reports.
        title: {title}
        # Formal name of the procedure (free text).
        procedure: ""
        # Version of this file. Keep it quoted, or YAML reads 1.0 as a number.
        version: "0.1"
        # Short summary shown before the attempt.
        description: >-
          What the trainee will do, in two or three sentences.
        # Total score (0-100) needed to pass; a critical error fails the attempt whatever the total.
        pass_mark: 70
        # When the trainee counts as proficient: 'consecutive' assessment attempts in a row that each pass with no
        # critical error and score at least 'min_total' (default: the pass mark). Guided practice neither counts nor
        # breaks the run. The start screen, the debrief, 'simulator progress' and 'simulator cohort' show it.
        proficiency:
          consecutive: 3    # clean assessment passes in a row (default 3)
          min_total: 80     # the total each of them needs; leave it out for the pass mark
        # Relative weight of each score component; only the ratios matter (docs/scoring.md).
        weights:
          sequence: 25      # steps done in the listed order
          precedence: 15    # 'after' and 'requires' respected
          completeness: 30  # every required step done
          technique: 20     # measurements inside their targets
          economy: 10       # no extra actions, repeats or C-arm shots beyond max_shots
        # C-arm shots allowed (performed steps or distractors with action: imaging); each shot beyond costs economy.
        # The model attempt below takes 2.
        max_shots: 4
        # The instruments and the implant this procedure uses (kinds: docs/scenario-format.md#instruments); the window
        # labels its tools with these names. Declare at most one implant (kind triangular-implant or screw) with its
        # lengths_mm; leave the list out for the trainer's defaults.
        instruments:
          - {id: guide-pin, name: Guide pin, kind: pin, diameter_mm: 3.2}
        # The planned pin paths, in implant order: an anatomy corridor, or an entry and a target (a landmark or
        # [x, y, z] in mm; 'simulator anatomy --json' lists them). The k-th pin is judged against them; leave the
        # list out for the anatomy's own three-implant plan.
        plan:
          - {id: pin-1, name: "Pin 1: the S1 corridor", corridor: s1-left}
          - {id: pin-2, name: "Pin 2: the S2 corridor", corridor: s2-left}

        # Steps and groups in the order a surgeon performs them. Step keys not used here: 'optional' (leaving it out
        # costs nothing), 'repeat' (done N times in a row), 'after' (the steps it should follow, replacing the default:
        # the entry listed before), 'site' (where an incision or a mark belongs).
        steps:
          - id: time-out                    # unique id; attempt events name it in 'do'
            name: Team time-out             # what menus, hints and the debrief call it
            phase: preparation              # free label for progress displays
            instrument: surgical safety checklist
            action: check                   # how the window performs it (check: press C); see docs/scenario-format.md#actions
            critical: true                  # leaving it out fails the attempt whatever the score
            instruction: >-                 # the hint guided mode shows
              Confirm the patient, the procedure and the operative side with the whole team.
            rationale: >-                   # why it matters; shown next to every deduction about the step
              The time-out is the last chance to catch wrong-side surgery.
            feedback:                       # text added to the simulator's message for each kind of error
              omitted: Never start without the time-out; a wrong-side operation cannot be undone.

          - group: pin-cycle                # steps performed in order, the whole run 'repeat' times
            name: Dock and check one guide pin
            repeat: 2
            steps:
              - id: pin-docking
                name: Dock the guide pin on the ilium
                phase: fixation
                instrument: guide pin and pin driver
                action: pin-dock            # click the bone where the pin should enter
                requires: [time-out]        # must really be done first (guided: refused; assessment: critical error)
                instruction: Dock the pin on the outer table of the ilium at the planned entry point.
                rationale: Every later instrument follows the pin, so its entry decides where the implant goes.
                targets:                    # measurement name -> the range it should fall in
                  entry_offset_mm: {min: 0, max: 5, unit: mm}
                feedback:
                  technique: Dock where the lateral view puts the entry; a pin 5 mm off moves the whole implant.
              - id: outlet-view
                name: Check the pin on the outlet view
                phase: imaging
                instrument: C-arm
                action: imaging
                view: outlet                # the C-arm view the shot must be
                requires: [pin-docking]
                instruction: Tilt the beam cranially into the outlet view and check the pin against the foramina.
                rationale: The outlet view shows the sacral foramina face-on, so it shows a pin heading into one.
                targets:
                  tilt_deg: {min: 30, max: 55, unit: deg}
                feedback:
                  technique: A typical outlet tilt is about 42 degrees cranial; the pubic symphysis should overlap S2.

          - id: closure
            name: Close the wound
            phase: closure
            instrument: needle holder and suture
            action: closure
            instruction: Close the fascia, then the skin.
            rationale: A layered closure leaves no dead space for a haematoma.

        # Plausible wrong actions: performing one counts as an extra action, a critical one fails the attempt.
        distractors:
          - id: extra-shot
            name: Take another shot without changing anything
            instrument: C-arm
            action: imaging                 # the window records it for a shot no step is waiting for
            critical: false
            consequence: More radiation for the patient and the team, with no new information.

        """;
}
