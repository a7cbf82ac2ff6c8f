using System.Globalization;
using System.Text.Json;
using Graywatch.Findings;

namespace Graywatch.Exporters;

/// <summary>Writes a finding as JSON with snake_case keys, UTC ISO-8601 times and invariant numbers.</summary>
/// <remarks>Metric keys are written in ordinal order so equal findings give equal bytes. Non-finite numbers are written as null.</remarks>
public static class FindingJson
{
    /// <param name="record">When set, a leading <c>record</c> key saying what the line is (<c>finding</c>, <c>story</c>).</param>
    public static void Write(Utf8JsonWriter w, Finding f, string? record = null)
    {
        w.WriteStartObject();
        if (record is not null)
        {
            w.WriteString("record", record);
        }
        w.WriteString("id", f.Id);
        w.WriteString("module", f.Module);
        w.WriteString("detector", f.Detector);
        w.WriteString("severity", SeverityName(f.Severity));
        w.WriteString("title", f.Title);
        w.WriteString("summary", f.Summary);
        Number(w, "confidence", f.Confidence);
        Long(w, "observed_reach", f.ObservedReach);
        Long(w, "predicted_reach", f.PredictedReach);
        Time(w, "start", f.Start);
        Time(w, "end", f.End);
        w.WriteStartArray("entities");
        foreach (var e in f.Entities)
        {
            Entity(w, e);
        }
        w.WriteEndArray();
        Evidence(w, f.Evidence);
        w.WriteStartArray("caveats");
        foreach (var c in f.Caveats)
        {
            w.WriteStringValue(c);
        }
        w.WriteEndArray();
        w.WriteString("suggested_response", f.SuggestedResponse);
        w.WriteString("why", f.Why);
        if (f.StoryId is not null)
        {
            w.WriteString("story_id", f.StoryId);
        }
        if (f.Parts.Count > 0)
        {
            w.WriteStartArray("parts");
            foreach (var part in f.Parts)
            {
                Write(w, part);
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>The lower-case name of a severity, as written in JSON and used as a word key.</summary>
    public static string SeverityName(Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>A UTC ISO-8601 time such as <c>2025-03-01T12:00:00Z</c>.</summary>
    public static string FormatTime(DateTimeOffset t) =>
        t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static void Evidence(Utf8JsonWriter w, Evidence evidence)
    {
        w.WriteStartObject("evidence");
        w.WriteStartObject("metrics");
        foreach (var (k, v) in evidence.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            Number(w, k, v);
        }
        w.WriteEndObject();
        w.WriteStartArray("series");
        foreach (var s in evidence.Series)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.WriteString("unit", s.Unit);
            w.WriteStartArray("points");
            foreach (var p in s.Points)
            {
                w.WriteStartObject();
                w.WriteString("time", FormatTime(p.Time));
                Number(w, "value", p.Value);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (s.Chart is not null)
            {
                w.WriteString("chart", s.Chart);
            }
            if (s.Band is not null)
            {
                w.WriteString("band", s.Band);
            }
            if (s.Intervals.Count > 0)
            {
                w.WriteStartArray("intervals");
                foreach (var i in s.Intervals)
                {
                    w.WriteStartObject();
                    w.WriteString("start", FormatTime(i.Start));
                    w.WriteString("end", FormatTime(i.End));
                    w.WriteString("label", i.Label);
                    w.WriteNumber("level", i.Level);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("rankings");
        foreach (var r in evidence.Rankings)
        {
            w.WriteStartObject();
            w.WriteString("name", r.Name);
            w.WriteString("unit", r.Unit);
            w.WriteStartArray("items");
            foreach (var item in r.Items)
            {
                w.WriteStartObject();
                w.WriteString("label", item.Label);
                Number(w, "value", item.Value);
                if (item.Entity is { } e)
                {
                    w.WritePropertyName("entity");
                    Entity(w, e);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("members");
        foreach (var m in evidence.Members)
        {
            w.WriteStringValue(m);
        }
        w.WriteEndArray();
        if (evidence.Map.Count > 0)
        {
            w.WriteStartArray("map");
            foreach (var m in evidence.Map)
            {
                w.WriteStartObject();
                w.WriteString("kind", m.Kind);
                w.WriteString("label", m.Label);
                Number(w, "lat", m.Lat);
                Number(w, "lon", m.Lon);
                if (m.RadiusMeters is { } r)
                {
                    Number(w, "radius_m", r);
                }
                if (m.Id is { } id)
                {
                    w.WriteString("id", id);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (evidence.Tables.Count > 0)
        {
            w.WriteStartArray("tables");
            foreach (var t in evidence.Tables)
            {
                w.WriteStartObject();
                w.WriteString("name", t.Name);
                w.WriteStartArray("columns");
                foreach (var c in t.Columns)
                {
                    w.WriteStringValue(c);
                }
                w.WriteEndArray();
                w.WriteStartArray("rows");
                foreach (var row in t.Rows)
                {
                    w.WriteStartArray();
                    foreach (var cell in row)
                    {
                        w.WriteStringValue(cell);
                    }
                    w.WriteEndArray();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (evidence.Graph is { } graph)
        {
            Graph(w, graph);
        }
        w.WriteEndObject();
    }

    private static void Graph(Utf8JsonWriter w, Graph graph)
    {
        w.WriteStartObject("graph");
        w.WriteString("name", graph.Name);
        w.WriteStartArray("nodes");
        foreach (var n in graph.Nodes)
        {
            w.WriteStartObject();
            w.WriteString("id", n.Id);
            w.WriteString("label", n.Label);
            w.WriteNumber("group", n.Group);
            Number(w, "value", n.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("edges");
        foreach (var e in graph.Edges)
        {
            w.WriteStartObject();
            w.WriteString("source", e.Source);
            w.WriteString("target", e.Target);
            Number(w, "weight", e.Weight);
            w.WriteBoolean("strong", e.Strong);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Entity(Utf8JsonWriter w, EntityRef e)
    {
        w.WriteStartObject();
        w.WriteString("kind", e.Kind);
        w.WriteString("id", e.Id);
        w.WriteString("label", e.Label);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Long(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Time(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            w.WriteString(name, FormatTime(v));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
