using System.Text;
using System.Text.Json;

namespace Graywatch.Assets;

/// <summary>The world's country outlines as GeoJSON, decoded from the <c>world-atlas</c> TopoJSON (countries, 1:110m) embedded at build time.</summary>
/// <remarks>
/// TopoJSON stores shared, delta-encoded and quantized arcs; this decodes them into one GeoJSON feature per country
/// (coordinates rounded to 0.01°) for the brief's offline map. Decoded once and cached. Thread-safe.
/// </remarks>
public static class WorldOutline
{
    private static readonly Lazy<string> Cached = new(() => Decode(EmbeddedAssets.WorldAtlas));

    /// <summary>The GeoJSON FeatureCollection text.</summary>
    public static string GeoJson => Cached.Value;

    /// <summary>Decodes a TopoJSON document's <c>countries</c> object into a GeoJSON FeatureCollection.</summary>
    public static string Decode(string topoJson)
    {
        using var doc = JsonDocument.Parse(topoJson);
        var root = doc.RootElement;
        var scale = root.TryGetProperty("transform", out var t) ? (X: t.GetProperty("scale")[0].GetDouble(), Y: t.GetProperty("scale")[1].GetDouble()) : (X: 1.0, Y: 1.0);
        var shift = root.TryGetProperty("transform", out t) ? (X: t.GetProperty("translate")[0].GetDouble(), Y: t.GetProperty("translate")[1].GetDouble()) : (X: 0.0, Y: 0.0);
        var quantized = root.TryGetProperty("transform", out _);
        var arcs = new List<List<(double X, double Y)>>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new List<(double, double)>();
            double x = 0, y = 0;
            foreach (var p in arc.EnumerateArray())
            {
                if (quantized)
                {
                    x += p[0].GetDouble();
                    y += p[1].GetDouble();
                    points.Add(((x * scale.X) + shift.X, (y * scale.Y) + shift.Y));
                }
                else
                {
                    points.Add((p[0].GetDouble(), p[1].GetDouble()));
                }
            }
            arcs.Add(points);
        }
        var sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        var first = true;
        foreach (var g in root.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
        {
            var type = g.GetProperty("type").GetString();
            if (type is not ("Polygon" or "MultiPolygon"))
            {
                continue;
            }
            var name = g.TryGetProperty("properties", out var props) && props.TryGetProperty("name", out var n) ? n.GetString() : null;
            sb.Append(first ? "" : ",").Append("{\"type\":\"Feature\",\"properties\":{\"name\":").Append(JsonSerializer.Serialize(name ?? "")).Append("},\"geometry\":{\"type\":\"").Append(type).Append("\",\"coordinates\":");
            first = false;
            if (type == "Polygon")
            {
                Polygon(sb, g.GetProperty("arcs"), arcs);
            }
            else
            {
                sb.Append('[');
                var i = 0;
                foreach (var polygon in g.GetProperty("arcs").EnumerateArray())
                {
                    sb.Append(i++ == 0 ? "" : ",");
                    Polygon(sb, polygon, arcs);
                }
                sb.Append(']');
            }
            sb.Append("}}");
        }
        return sb.Append("]}").ToString();
    }

    private static void Polygon(StringBuilder sb, JsonElement rings, List<List<(double X, double Y)>> arcs)
    {
        sb.Append('[');
        var r = 0;
        foreach (var ring in rings.EnumerateArray())
        {
            sb.Append(r++ == 0 ? "[" : ",[");
            var points = new List<(double X, double Y)>();
            foreach (var index in ring.EnumerateArray().Select(a => a.GetInt32()))
            {
                // A negative index means the arc ~index, walked backwards; each arc after the first drops its shared first point.
                var arc = index >= 0 ? arcs[index] : Enumerable.Reverse(arcs[~index]).ToList();
                points.AddRange(points.Count == 0 ? arc : arc.Skip(1));
            }
            sb.AppendJoin(',', points.Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{Math.Round(p.X, 2)},{Math.Round(p.Y, 2)}]")));
            sb.Append(']');
        }
        sb.Append(']');
    }
}
