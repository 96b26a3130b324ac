using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Simulator.Core.Scoring;

/// <summary>Writes a <see cref="ScoreResult"/> as the JSON report graders read.</summary>
/// <remarks>
/// Written by hand with <see cref="Utf8JsonWriter"/> rather than by reflection so the key order and
/// names are fixed by this file alone (top level: total, passed, order, omitted, repeated, extras,
/// critical_errors, technique, deductions) and renaming a C# property cannot change the contract.
/// Doubles are rounded to 4 decimals, points and total to 2.
/// </remarks>
public static class ScoreJson
{
    /// <summary>The report as indented JSON text.</summary>
    public static string Serialize(ScoreResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var w = new Utf8JsonWriter(stream, options))
        {
            w.WriteStartObject();
            w.WriteNumber("total", Round2(result.Total));
            w.WriteBoolean("passed", result.Passed);
            WriteOrder(w, result.Order);
            WriteCounts(w, "omitted", result.Omitted);
            WriteCounts(w, "repeated", result.Repeated);
            WriteArray(w, "extras", result.Extras, (x) =>
            {
                w.WriteString("id", x.Id);
                w.WriteString("name", x.Name);
                w.WriteString("consequence", x.Consequence);
                w.WriteBoolean("critical", x.Critical);
                w.WriteNumber("at", Round4(x.AtSeconds));
            });
            WriteArray(w, "critical_errors", result.CriticalErrors, (c) =>
            {
                w.WriteString("id", c.Id);
                w.WriteString("kind", c.Kind);
                w.WriteString("reason", c.Reason);
                if (c.AtSeconds is { } at)
                {
                    w.WriteNumber("at", Round4(at));
                }
                else
                {
                    w.WriteNull("at");
                }
            });
            WriteArray(w, "technique", result.Technique, (t) =>
            {
                w.WriteString("step", t.Step);
                w.WriteNumber("occurrence", t.Occurrence);
                w.WriteString("measurement", t.Measurement);
                if (t.Value is { } v)
                {
                    w.WriteNumber("value", Round4(v));
                }
                else
                {
                    w.WriteNull("value");
                }

                w.WriteStartObject("target");
                WriteBound(w, "min", t.Min);
                WriteBound(w, "max", t.Max);
                w.WriteString("unit", t.Unit);
                w.WriteBoolean("critical", t.Critical);
                w.WriteEndObject();
                WriteBound(w, "min", t.Min);
                WriteBound(w, "max", t.Max);
                w.WriteString("unit", t.Unit);
                w.WriteBoolean("within", t.Within);
                w.WriteNumber("by", Round4(t.By));
            });
            WriteArray(w, "deductions", result.Deductions, (d) =>
            {
                w.WriteString("component", d.Component);
                w.WriteNumber("points", Round2(d.Points));
                w.WriteString("reason", d.Reason);
                w.WriteString("step", d.Step);
                w.WriteString("rationale", d.Rationale);
            });
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteOrder(Utf8JsonWriter w, OrderScore order)
    {
        w.WriteStartObject("order");
        w.WriteNumber("edit_distance", order.EditDistance);
        w.WriteNumber("similarity", Round4(order.Similarity));
        w.WriteNumber("precedence_violations", order.PrecedenceViolations);
        w.WriteNumber("adherence", Round4(order.Adherence));
        WriteStrings(w, "performed", order.Performed);
        WriteStrings(w, "reference", order.Reference);
        w.WriteNumber("time_total_s", Round4(order.TimeTotalSeconds));
        WriteArray(w, "time_per_event", order.TimePerEvent, (t) =>
        {
            w.WriteString("do", t.Do);
            w.WriteNumber("at", Round4(t.AtSeconds));
            w.WriteNumber("seconds", Round4(t.Seconds));
        });
        w.WriteNumber("shots_taken", order.ShotsTaken);
        w.WriteNumber("redundant_shots", order.RedundantShots);
        w.WriteNumber("breaches", order.Breaches);
        w.WriteEndObject();
    }

    /// <summary>A target bound; an open bound (±∞, which JSON cannot hold) is null.</summary>
    private static void WriteBound(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, Round4(value));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteCounts(Utf8JsonWriter w, string name, IReadOnlyList<StepCount> counts) =>
        WriteArray(w, name, counts, (c) =>
        {
            w.WriteString("id", c.Id);
            w.WriteString("name", c.Name);
            w.WriteNumber("expected", c.Expected);
            w.WriteNumber("performed", c.Performed);
        });

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteArray<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<T> writeFields)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            writeFields(item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static double Round2(double value) => Clean(Math.Round(value, 2, MidpointRounding.AwayFromZero));

    private static double Round4(double value) => Clean(Math.Round(value, 4, MidpointRounding.AwayFromZero));

    /// <summary>Turns −0 into 0 so reports never show "-0".</summary>
    private static double Clean(double value) => value == 0 ? 0 : value;
}
