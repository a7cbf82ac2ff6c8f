using System.Globalization;
using System.Text.Json;
using Graywatch.Readers;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Graywatch.Sites;

/// <summary>Reads sites from GeoJSON: a FeatureCollection, a bare array of features, or one feature.</summary>
/// <remarks>
/// Name from <c>name</c>, <c>name:en</c> or <c>title</c>; aliases from <c>aliases</c> (array or <c>|</c>-separated), <c>alt_name</c>,
/// <c>official_name</c>, <c>short_name</c> and every other <c>name:*</c>; category from <c>category</c> or <c>military</c>;
/// radius from <c>radius_m</c> or <c>radius</c>. Geometry is read by NetTopologySuite's GeoJSON converter.
/// A feature with no name (OpenStreetMap danger areas and barracks often have none) takes the name of the relation it
/// labels (<c>@relations</c> with role <c>label</c>, as Overpass exports write), else is named from its kind and id:
/// the first of <c>military</c>, <c>building</c>, <c>aeroway</c>, <c>amenity</c>, <c>landuse</c> (else "site"), then the
/// number of its id (<c>danger_area 1207889868</c> for <c>node/1207889868</c>); one with neither stays unnamed.
/// </remarks>
internal static class SiteGeoJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>The tags that name an unnamed feature's kind, first found first.</summary>
    private static readonly string[] KindTags = ["military", "building", "aeroway", "amenity", "landuse"];

    public static List<SiteCandidate> Read(string path, SiteFileOptions options, List<SiteProblem> problems)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InputException(path, (e.LineNumber ?? 0) + 1, $"unreadable GeoJSON: {e.Message}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            IEnumerable<JsonElement> features = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray(),
                JsonValueKind.Object when root.TryGetProperty("features", out var fs) && fs.ValueKind == JsonValueKind.Array => fs.EnumerateArray(),
                JsonValueKind.Object when Str(root, "type") == "Feature" => [root],
                _ => throw new InputException(path, 1, "not GeoJSON: expected a FeatureCollection, an array of features or a feature"),
            };
            var result = new List<SiteCandidate>();
            var number = 0;
            foreach (var f in features)
            {
                number++;
                result.Add(Feature(f, number, options));
            }
            _ = problems;
            return result;
        }
    }

    private static SiteCandidate Feature(JsonElement f, int number, SiteFileOptions options)
    {
        if (f.ValueKind != JsonValueKind.Object)
        {
            return new SiteCandidate($"feature {number}", null, [], null, null, null, "not a GeoJSON feature object");
        }
        var props = f.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var name = Str(props, "name") ?? Str(props, "name:en") ?? Str(props, "title");
        var id = Str(f, "id") ?? Str(props, "@id") ?? (f.TryGetProperty("id", out var numeric) && numeric.ValueKind == JsonValueKind.Number ? numeric.GetRawText() : null);
        var named = false;
        if (string.IsNullOrWhiteSpace(name) && props.ValueKind == JsonValueKind.Object)
        {
            name = LabelledRelation(props) ?? NameFromTags(props, id);
            named = name is not null;
        }
        var feature = SiteCandidate.Label("feature", number, name) + (id is null ? "" : $" (id {id})");
        var aliases = new List<string>();
        if (props.ValueKind == JsonValueKind.Object)
        {
            foreach (var prop in props.EnumerateObject())
            {
                if (prop.Name is "alt_name" or "official_name" or "short_name" or "old_name" || (prop.Name.StartsWith("name:", StringComparison.Ordinal) && prop.Value.ValueKind == JsonValueKind.String))
                {
                    aliases.AddRange((prop.Value.GetString() ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
                else if (prop.Name == "aliases")
                {
                    aliases.AddRange(prop.Value.ValueKind == JsonValueKind.Array
                        ? prop.Value.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!)
                        : (prop.Value.ValueKind == JsonValueKind.String ? prop.Value.GetString()! : "").Split(options.AliasSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
            }
        }
        double? radius = null;
        string? error = null;
        if (props.ValueKind == JsonValueKind.Object && (props.TryGetProperty("radius_m", out var r) || props.TryGetProperty("radius", out r)))
        {
            radius = r.ValueKind == JsonValueKind.Number ? r.GetDouble()
                : r.ValueKind == JsonValueKind.String && double.TryParse(r.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var rv) ? rv : null;
            error = radius is null ? $"radius {r.GetRawText()} is not a number" : null;
        }
        Geometry? geometry = null;
        if (f.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object)
        {
            try
            {
                geometry = g.Deserialize<Geometry>(Options);
            }
            catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException or IndexOutOfRangeException)
            {
                error ??= $"bad geometry: {e.Message}";
            }
        }
        return new SiteCandidate(feature, name, aliases, Str(props, "category") ?? Str(props, "military"), geometry, radius, error, named);
    }

    private static string? LabelledRelation(JsonElement props)
    {
        if (!props.TryGetProperty("@relations", out var relations) || relations.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        foreach (var r in relations.EnumerateArray())
        {
            if (Str(r, "role") == "label" && r.TryGetProperty("reltags", out var tags) && (Str(tags, "name") ?? Str(tags, "name:en")) is { Length: > 0 } name)
            {
                return name;
            }
        }
        return null;
    }

    private static string? NameFromTags(JsonElement props, string? id)
    {
        var kind = KindTags.Select(k => Str(props, k)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v) && v != "yes");
        var number = id?[(id.LastIndexOf('/') + 1)..];
        // Neither a kind nor an id: nothing to tell the feature by, so it stays unnamed and is reported.
        return string.IsNullOrWhiteSpace(number) ? null : $"{kind?.Trim() ?? "site"} {number.Trim()}";
    }

    private static string? Str(JsonElement e, string key) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
