using System.Text.Encodings.Web;
using System.Text.Json;
using Graywatch.Findings;
using Graywatch.Pipeline;

namespace Graywatch.Exporters;

/// <summary>Writes <c>findings.geojson</c>: every map position of every finding as a GeoJSON point feature.</summary>
/// <remarks>
/// Properties: <c>finding_id</c>, <c>detector</c>, <c>severity</c>, <c>title</c>, <c>kind</c> (site, post, work, home,
/// movement), <c>label</c>, and <c>radius_m</c> and <c>id</c> when known. An analysis without map evidence writes an empty
/// FeatureCollection. Stateless.
/// </remarks>
public sealed class GeoJsonExporter : IExporter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public string FileName => "findings.geojson";

    public async Task ExportAsync(AnalysisResult result, Stream output, CancellationToken cancellationToken)
    {
        await using (var w = new Utf8JsonWriter(output, Options))
        {
            Write(w, FindingOrder.Sort(result.Findings));
        }
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>Writes the FeatureCollection of <paramref name="findings"/>' map positions.</summary>
    public static void Write(Utf8JsonWriter w, IEnumerable<Finding> findings)
    {
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var f in findings)
        {
            foreach (var m in f.Evidence.Map)
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteStartObject("geometry");
                w.WriteString("type", "Point");
                w.WriteStartArray("coordinates");
                w.WriteNumberValue(m.Lon);
                w.WriteNumberValue(m.Lat);
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteStartObject("properties");
                w.WriteString("finding_id", f.Id);
                w.WriteString("detector", f.Detector);
                w.WriteString("severity", FindingJson.SeverityName(f.Severity));
                w.WriteString("title", f.Title);
                w.WriteString("kind", m.Kind);
                w.WriteString("label", m.Label);
                if (m.RadiusMeters is { } r)
                {
                    w.WriteNumber("radius_m", r);
                }
                if (m.Id is { } id)
                {
                    w.WriteString("id", id);
                }
                w.WriteEndObject();
                w.WriteEndObject();
            }
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
