using System.Globalization;
using System.Net;
using System.Text;
using Simulator.Core.Scenarios;

namespace Simulator.App.Preview;

/// <summary>A heading of the storyboard page and the actions under it.</summary>
/// <param name="Kicker">The small line over the heading: "Phase", or "Group · round 2 of 3 · fixation, imaging".</param>
public sealed record StorySection(string Title, string Kicker, IReadOnlyList<StoryFrame> Frames);

/// <summary>The storyboard page, <c>index.html</c>: the scenario at a glance, then every action of the model attempt with its pictures, then the distractors.</summary>
/// <remarks>
/// Self-contained but for its PNGs, which sit beside it: inline CSS, no script, no font or file from the network.
/// Critical is a word with a mark, never colour alone; it prints on A4 with an action never split across pages.
/// </remarks>
public static class StoryboardPage
{
    private const string Css = """
        :root{--ink:#1c2430;--muted:#5b6675;--rule:#d9dee6;--soft:#f4f6f9;--accent:#1f5fbf;--crit:#b3261e}
        *{box-sizing:border-box}
        body{font-family:"DejaVu Sans",Arial,sans-serif;color:var(--ink);line-height:1.5;margin:0;background:#fff;font-size:15px}
        .page{max-width:1120px;margin:0 auto;padding:2.2em 2em 3em}
        h1,h2,h3{font-family:"DejaVu Serif",Georgia,serif;line-height:1.25;font-weight:700}
        .kicker{text-transform:uppercase;letter-spacing:.12em;font-size:.74em;color:var(--muted);margin:0}
        h1{font-size:2em;margin:.25em 0 .2em}
        .procedure{font-size:1.05em;color:var(--muted);margin:0 0 .9em}
        .lead{font-size:1.05em;max-width:52em;margin:0 0 1.2em}
        .facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px;margin:0 0 1em;padding:0}
        .facts div{background:var(--soft);border-radius:6px;padding:.55em .8em}
        .facts dt{font-size:.74em;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
        .facts dd{margin:0;font-size:1.25em;font-weight:bold}.facts dd small{font-size:.62em;font-weight:normal;color:var(--muted)}
        .how{color:var(--muted);font-size:.92em;max-width:60em}
        nav.toc{border-top:3px solid var(--ink);border-bottom:1px solid var(--rule);margin:1.6em 0 2em;padding:.6em 0 1em}
        nav.toc h2{font-size:1.15em;margin:.3em 0 .5em}
        nav.toc>ol{columns:2;column-gap:2.5em;margin:0;padding-left:1.4em}
        nav.toc>ol>li{break-inside:avoid;margin-bottom:.55em;font-weight:bold}
        nav.toc ol ol{font-weight:normal;padding-left:0;list-style:none;margin:.15em 0 0;font-size:.9em}
        nav.toc a{color:var(--ink);text-decoration:none}nav.toc a:hover{text-decoration:underline}
        nav.toc .n{display:inline-block;min-width:2.2em;color:var(--muted);font-variant-numeric:tabular-nums}
        section.phase>h2{font-size:1.45em;margin:2em 0 .8em;padding-bottom:.25em;border-bottom:2px solid var(--ink)}
        section.phase>h2 .ph{display:block;font-family:"DejaVu Sans",Arial,sans-serif;font-size:.5em;font-weight:normal;letter-spacing:.12em;text-transform:uppercase;color:var(--muted)}
        article{border:1px solid var(--rule);border-radius:8px;margin:0 0 1.4em;padding:1em 1.2em 1.1em;break-inside:avoid}
        article>header{display:flex;align-items:baseline;gap:.7em;flex-wrap:wrap;margin-bottom:.5em}
        article h3{font-size:1.2em;margin:0}
        .num{font-family:"DejaVu Sans Mono",monospace;background:var(--ink);color:#fff;border-radius:4px;padding:.05em .45em;font-size:.85em}
        .tag{font-size:.75em;border:1px solid var(--rule);border-radius:99px;padding:.05em .6em;color:var(--muted);white-space:nowrap}
        .tag.crit{border-color:var(--crit);color:var(--crit);font-weight:bold}
        .cols{display:grid;grid-template-columns:minmax(0,1fr) 600px;gap:22px;align-items:start}
        .cols p{margin:.1em 0 .6em}.label{font-weight:bold;margin-right:.3em}
        dl.details{display:grid;grid-template-columns:max-content 1fr;gap:.2em .8em;margin:0 0 .6em;font-size:.92em}
        dl.details dt{color:var(--muted)}dl.details dd{margin:0}
        table{border-collapse:collapse;width:100%;font-size:.88em}
        th,td{text-align:left;padding:.3em .5em;border-bottom:1px solid var(--rule);vertical-align:top}
        th{background:var(--soft);font-weight:bold}.crit{color:var(--crit);font-weight:bold}
        figure{margin:0}figure img{display:block;border-radius:4px;border:1px solid var(--rule);max-width:100%;height:auto}
        .cols.shot{grid-template-columns:minmax(0,1fr) 384px}
        figure.view img{width:600px}.shot figure.view{margin-top:.8em}.shot figure.view img{width:100%;max-width:440px}figure.carm img{width:384px;background:#000}
        figcaption{font-size:.82em;color:var(--muted);margin-top:.3em}
        .none{color:var(--muted);font-style:italic}
        footer{margin-top:3em;color:var(--muted);font-size:.82em;border-top:1px solid var(--rule);padding-top:.8em}
        @media (max-width:1000px){.cols{grid-template-columns:1fr}nav.toc>ol{columns:1}}
        @media print{body{font-size:11pt}.page{padding:0}.cols{grid-template-columns:1fr 95mm}.cols.shot{grid-template-columns:1fr 70mm}figure.view img{width:95mm}figure.carm img{width:70mm}a{color:inherit}}
        """;

    /// <summary>The page for <paramref name="board"/>; image paths are the frames' file names, relative to the page.</summary>
    public static string Render(Storyboard board)
    {
        var s = board.Scenario;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Storyboard — ").Append(E(s.Title)).Append("</title><style>\n").Append(Css).Append("</style></head>\n<body><div class=\"page\">\n");
        AppendHeader(html, board);
        var sections = Sections(board.Frames);
        AppendContents(html, board, sections);
        for (var p = 0; p < sections.Count; p++)
        {
            var section = sections[p];
            html.Append($"<section class=\"phase\" id=\"p{p + 1}\"><h2><span class=\"ph\">{E(section.Kicker)}</span>{E(section.Title)}</h2>\n");
            foreach (var frame in section.Frames)
            {
                AppendAction(html, board, frame);
            }

            html.Append("</section>\n");
        }

        AppendDistractors(html, s);
        html.Append("<footer>Made by <code>simulator preview</code> from <code>").Append(E(Path.GetFileName(s.SourcePath)))
            .Append("</code>. The pictures are the simulator's own rendering of the model attempt: a guide to the sequence, not an anatomical atlas.</footer>\n");
        html.Append("</div></body></html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The page's sections, in order: a run of top-level steps of one phase, or one round of a group (the implant cycle, say)
    /// whatever phases its steps name; a phase that comes back later opens a section of its own.
    /// </summary>
    public static IReadOnlyList<StorySection> Sections(IReadOnlyList<StoryFrame> frames)
    {
        var sections = new List<StorySection>();
        var current = new List<StoryFrame>();
        foreach (var frame in frames)
        {
            if (current.Count > 0 && Key(current[0]) != Key(frame))
            {
                sections.Add(Section(current));
                current = new List<StoryFrame>();
            }

            current.Add(frame);
        }

        if (current.Count > 0)
        {
            sections.Add(Section(current));
        }

        return sections;

        static string Key(StoryFrame f) => f.Step.Group is { } g ? $"group {g.Id} {f.Round}" : "phase " + f.Step.Phase;

        static StorySection Section(List<StoryFrame> run)
        {
            var first = run[0];
            var phases = string.Join(", ", run.Select(f => f.Step.Phase).Where(p => p.Length > 0).Distinct());
            if (first.Step.Group is not { } group)
            {
                return new StorySection(PhaseTitle(first.Step.Phase), "Phase", run);
            }

            var round = group.Repeat > 1 ? $" · round {first.Round} of {group.Repeat}" : "";
            return new StorySection(group.Name.Length > 0 ? group.Name : group.Id, $"Group{round}{(phases.Length > 0 ? " · " + phases : "")}", run);
        }
    }

    private static void AppendHeader(StringBuilder html, Storyboard board)
    {
        var s = board.Scenario;
        var steps = s.Steps;
        var shots = board.Frames.Count(f => f.CArmView is not null);
        html.Append("<header>\n<p class=\"kicker\">Scenario storyboard · ").Append(E(s.Id));
        if (s.Version.Length > 0)
        {
            html.Append(" · version ").Append(E(s.Version));
        }

        html.Append("</p>\n<h1>").Append(E(s.Title)).Append("</h1>\n");
        if (s.Procedure.Length > 0)
        {
            html.Append("<p class=\"procedure\">").Append(E(s.Procedure)).Append("</p>\n");
        }

        if (s.Description.Length > 0)
        {
            html.Append("<p class=\"lead\">").Append(E(s.Description)).Append("</p>\n");
        }

        html.Append("<dl class=\"facts\">");
        Fact(html, "Pass mark", $"{N(s.PassMark)}<small> / 100</small>");
        Fact(html, "Max C-arm shots", s.MaxShots is { } max ? $"{max}<small> · reference {shots}</small>" : $"no limit<small> · reference {shots}</small>");
        Fact(html, "Reference actions", $"{board.Frames.Count}<small> · {steps.Count} steps</small>");
        Fact(html, "Critical steps", $"{steps.Count(x => x.Critical)}<small> · {steps.Count(x => x.Optional)} optional</small>");
        Fact(html, "Distractors", $"{s.Distractors.Count}<small> · {s.Distractors.Count(d => d.Critical)} critical</small>");
        Fact(html, "Targets", $"{steps.Sum(x => x.Targets.Count)}<small> · {steps.Sum(x => x.Targets.Count(t => t.Critical))} safety limits</small>");
        html.Append("</dl>\n<p class=\"how\">Scoring weights: ")
            .Append(E(string.Join(" · ", Weights.Keys.Select(k => $"{k} {N(s.Weights[k])}"))))
            .Append(". Each section below is one action of the model attempt, in order, repeats counted (#2, #3…). The 3D view shows the ")
            .Append("patient from the surgeon's side after the action; an imaging step also shows its C-arm image at the ideal pose for its view, ")
            .Append("with the pins and implants in place at that moment.</p>\n</header>\n");
    }

    private static void AppendContents(StringBuilder html, Storyboard board, IReadOnlyList<StorySection> sections)
    {
        html.Append("<nav class=\"toc\"><h2>Contents</h2><ol>\n");
        for (var p = 0; p < sections.Count; p++)
        {
            var round = sections[p].Frames[0] is { Round: > 0, Step.Group.Repeat: > 1 } f0 ? $" — {f0.Round} of {f0.Step.Group!.Repeat}" : "";
            html.Append($"<li><a href=\"#p{p + 1}\">{E(sections[p].Title)}{round}</a><ol>");
            foreach (var f in sections[p].Frames)
            {
                html.Append($"<li><a href=\"#{f.Anchor}\"><span class=\"n\">{f.Number}</span>{E(f.Title)}</a></li>");
            }

            html.Append("</ol></li>\n");
        }

        html.Append($"<li><a href=\"#distractors\">Distractors ({board.Scenario.Distractors.Count})</a></li>\n</ol></nav>\n");
    }

    private static void AppendAction(StringBuilder html, Storyboard board, StoryFrame f)
    {
        var step = f.Step;
        html.Append($"<article id=\"{f.Anchor}\"><header><span class=\"num\">{f.Number}</span><h3>{E(f.Title)}</h3>");
        if (step.Critical)
        {
            html.Append("<span class=\"tag crit\">⚠ critical step</span>");
        }

        if (step.Optional)
        {
            html.Append("<span class=\"tag\">optional</span>");
        }

        html.Append($"<span class=\"tag\">action: {E(step.Action)}</span>");
        if (step.Phase.Length > 0)
        {
            html.Append($"<span class=\"tag\">phase: {E(step.Phase)}</span>");
        }

        html.Append(f.CArmView is null ? "</header>\n<div class=\"cols\"><div>" : "</header>\n<div class=\"cols shot\"><div>");
        Paragraph(html, "Do", step.Instruction);
        Paragraph(html, "Why", step.Rationale);
        html.Append("<dl class=\"details\">");
        Detail(html, "Instrument", step.Instrument.Length > 0 ? E(step.Instrument) : "<span class=\"none\">none named</span>");
        if (step.Group is { } group)
        {
            Detail(html, "Group", $"{E(group.Name.Length > 0 ? group.Name : group.Id)}{(group.Repeat > 1 ? $", round {f.Round} of {group.Repeat}" : "")}");
        }

        if (step.View.Length > 0 || step.Action == StepActions.Imaging)
        {
            Detail(html, "C-arm view", step.View.Length > 0 ? E(step.View) : "any (shown: " + E(Storyboard.AnyViewShownAs.ToString().ToLowerInvariant()) + ")");
        }

        if (step.Site.Length > 0)
        {
            Detail(html, "Site", E(step.Site));
        }

        Detail(html, "Requires", Names(board, step.Requires, "nothing"));
        Detail(html, "After", step.After is null ? "<span class=\"none\">the entry listed before it</span>" : Names(board, step.After, "nothing: may come first"));
        html.Append("</dl>");
        AppendTargets(html, step);
        var view3D = $"<figure class=\"view\"><img src=\"{E(f.ImageFile)}\" width=\"640\" height=\"400\" alt=\"3D view after: {E(f.Title)}\">"
            + "<figcaption>3D, after this action: seen from the operated (left) side, head up.</figcaption></figure>";
        if (f is { CArmView: { } view, FluoroFile: { } fluoro })
        {
            // A shot changes nothing in the patient: its C-arm image leads, the 3D view (as after the action before) follows the text.
            var name = view.ToString().ToLowerInvariant();
            html.Append(view3D).Append($"</div><figure class=\"carm\"><img src=\"{E(fluoro)}\" width=\"384\" height=\"384\" alt=\"C-arm {name} image after: {E(f.Title)}\">")
                .Append($"<figcaption>C-arm, {E(name)} view at the ideal pose, as the trainee's shot shows it.</figcaption></figure></div></article>\n");
            return;
        }

        html.Append("</div>").Append(view3D).Append("</div></article>\n");
    }

    private static void AppendTargets(StringBuilder html, Step step)
    {
        if (step.Targets.Count == 0)
        {
            return;
        }

        html.Append("<table><tr><th>target</th><th>range</th><th>unit</th><th>limit</th></tr>");
        foreach (var t in step.Targets)
        {
            var range = Target.Range(t.Min, t.Max, "");
            html.Append($"<tr><td>{E(t.Name)}</td><td>{E(range)}</td><td>{E(t.Unit)}</td><td>{(t.Critical ? "<span class=\"crit\">⚠ safety limit</span>" : "technique")}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendDistractors(StringBuilder html, Scenario s)
    {
        html.Append("<section class=\"phase\" id=\"distractors\"><h2><span class=\"ph\">Mistakes the trainee may make</span>Distractors</h2>\n");
        if (s.Distractors.Count == 0)
        {
            html.Append("<p class=\"none\">This scenario has no distractors.</p></section>\n");
            return;
        }

        html.Append("<table><tr><th>name</th><th>instrument</th><th>action</th><th>consequence</th><th>critical</th></tr>\n");
        foreach (var d in s.Distractors)
        {
            html.Append($"<tr><td>{E(d.Name.Length > 0 ? d.Name : d.Id)}</td><td>{E(d.Instrument)}</td><td>{E(d.Action.Length > 0 ? d.Action : "—")}</td>")
                .Append($"<td>{E(d.Consequence)}</td><td>{(d.Critical ? "<span class=\"crit\">⚠ yes: fails the attempt</span>" : "no")}</td></tr>\n");
        }

        html.Append("</table></section>\n");
    }

    private static string Names(Storyboard board, IReadOnlyList<string> ids, string none) =>
        ids.Count == 0 ? $"<span class=\"none\">{E(none)}</span>" : string.Join("; ", ids.Select(id => E(board.NameOf(id))));

    private static void Paragraph(StringBuilder html, string label, string text)
    {
        if (text.Length > 0)
        {
            html.Append($"<p><span class=\"label\">{label}:</span>{E(text)}</p>");
        }
    }

    private static void Fact(StringBuilder html, string term, string valueHtml) =>
        html.Append("<div><dt>").Append(E(term)).Append("</dt><dd>").Append(valueHtml).Append("</dd></div>");

    private static void Detail(StringBuilder html, string term, string valueHtml) =>
        html.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(valueHtml).Append("</dd>");

    private static string PhaseTitle(string phase) =>
        phase.Length == 0 ? "Steps" : char.ToUpperInvariant(phase[0]) + phase[1..].Replace('-', ' ');

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
