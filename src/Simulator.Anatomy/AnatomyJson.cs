using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Simulator.Anatomy;

/// <summary>Writes the model's coordinate system, landmarks, corridors and danger structures as JSON (mm, LPS).</summary>
public static class AnatomyJson
{
    public static void Write(Pelvis pelvis, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartObject("coordinate_system");
            w.WriteString("name", "LPS");
            w.WriteString("units", "mm");
            w.WriteString("origin", "centre of the S1 superior endplate");
            w.WriteStartObject("axes");
            w.WriteString("x", "patient left");
            w.WriteString("y", "posterior");
            w.WriteString("z", "superior");
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartArray("landmarks");
            foreach (var l in pelvis.Landmarks)
            {
                w.WriteStartObject();
                w.WriteString("name", l.Name);
                Point(w, "point", l.PointMm);
                w.WriteString("description", l.Description);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("corridors");
            foreach (var c in pelvis.Corridors)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                Point(w, "entry", c.EntryMm);
                Point(w, "target", c.TargetMm);
                Point(w, "axis", c.Axis, 4);
                w.WriteNumber("length_mm", Math.Round(c.LengthMm, 2));
                w.WriteNumber("radius_mm", c.RadiusMm);
                w.WriteString("description", c.Description);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("planned_implants");
            foreach (var p in pelvis.PlannedImplants)
            {
                w.WriteStartObject();
                w.WriteString("name", p.Name);
                Point(w, "entry", p.EntryMm);
                Point(w, "target", p.TargetMm);
                Point(w, "axis", p.Axis, 4);
                w.WriteNumber("length_mm", Math.Round(p.LengthMm, 2));
                w.WriteString("description", p.Description);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("dangers");
            foreach (var d in pelvis.Dangers)
            {
                w.WriteStartObject();
                w.WriteString("name", d.Name);
                w.WriteString("kind", d.Kind.ToString().ToLowerInvariant());
                Point(w, "a", d.A);
                Point(w, "b", d.B);
                w.WriteNumber("radius_mm", d.RadiusMm);
                w.WriteString("description", d.PlainLanguage);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Point(Utf8JsonWriter w, string name, Vector3 p, int digits = 2)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(Math.Round(p.X, digits));
        w.WriteNumberValue(Math.Round(p.Y, digits));
        w.WriteNumberValue(Math.Round(p.Z, digits));
        w.WriteEndArray();
    }
}
