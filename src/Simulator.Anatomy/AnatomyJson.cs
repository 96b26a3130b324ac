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
                Path(w, c.Name, c.EntryMm, c.TargetMm, c.Description, c.RadiusMm);
            }

            w.WriteEndArray();
            w.WriteStartArray("joints");
            foreach (var (name, point, normal) in pelvis.Joints)
            {
                w.WriteStartObject();
                w.WriteString("name", name);
                Point(w, "point", point);
                Point(w, "normal", normal, 4);
                w.WriteString("description", "The SI joint approximated by a plane at the implants' level (the middle of the joint space); the normal points laterally.");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("planned_implants");
            foreach (var p in pelvis.PlannedImplants)
            {
                Path(w, p.Name, p.EntryMm, p.TargetMm, p.Description, radius: null, implant: p);
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

    /// <summary>A straight path (corridor or planned implant): entry, target, unit axis, length and, for corridors, radius.</summary>
    private static void Path(Utf8JsonWriter w, string name, Vector3 entry, Vector3 target, string description, float? radius, PlannedTrajectory? implant = null)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        Point(w, "entry", entry);
        Point(w, "target", target);
        Point(w, "axis", Vector3.Normalize(target - entry), 4);
        w.WriteNumber("length_mm", Math.Round(Vector3.Distance(entry, target), 2));
        if (radius is { } r)
        {
            w.WriteNumber("radius_mm", r);
        }

        if (implant is not null)
        {
            // The planned path's target is the guide-pin tip; the implant over it ends short of it.
            w.WriteNumber("implant_length_mm", implant.ImplantLengthMm);
            Point(w, "implant_tip", implant.ImplantTipMm);
            Point(w, "joint_point", implant.JointPointMm);
            w.WriteNumber("ilium_mm", Math.Round(implant.IliumMm, 2));
            w.WriteNumber("sacrum_mm", Math.Round(implant.SacrumMm, 2));
            w.WriteNumber("proud_mm", PlannedTrajectory.ProudMm);
        }

        w.WriteString("description", description);
        w.WriteEndObject();
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
