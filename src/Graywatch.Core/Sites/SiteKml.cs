using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Graywatch.Readers;
using NetTopologySuite.Geometries;

namespace Graywatch.Sites;

/// <summary>Reads sites from KML placemarks: Point, Polygon and MultiGeometry of polygons, with optional ExtendedData radius_m, category and aliases.</summary>
internal static class SiteKml
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static List<SiteCandidate> Read(string path, SiteFileOptions options, List<SiteProblem> problems)
    {
        var result = new List<SiteCandidate>();
        var number = 0;
        foreach (var (pm, line) in Placemarks(path, problems))
        {
            number++;
            var name = Child(pm, "name")?.Value.Trim();
            var feature = SiteCandidate.Label("placemark", number, name) + $" (line {line})";
            var data = pm.Descendants().Where(e => e.Name.LocalName is "Data" or "SimpleData")
                .Select(e => (Key: (string?)e.Attribute("name") ?? "", Value: (Child(e, "value")?.Value ?? e.Value).Trim()))
                .GroupBy(d => d.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.OrdinalIgnoreCase);
            double? radius = null;
            string? error = null;
            if (data.TryGetValue("radius_m", out var rt) || data.TryGetValue("radius", out rt))
            {
                radius = double.TryParse(rt, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) ? r : null;
                error = radius is null ? $"radius '{rt}' is not a number" : null;
            }
            Geometry? geometry = null;
            try
            {
                geometry = Geometry(pm);
            }
            catch (FormatException e)
            {
                error ??= e.Message;
            }
            var aliases = data.TryGetValue("aliases", out var at) ? at.Split(options.AliasSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            // A placemark without a name is kept, named from its category (or "placemark") and its number in the file.
            var unnamed = string.IsNullOrEmpty(name);
            var kind = data.GetValueOrDefault("category") is { Length: > 0 } category ? category : "placemark";
            var named = unnamed ? $"{kind} {number}" : name;
            result.Add(new SiteCandidate(feature, named, aliases, data.GetValueOrDefault("category"), geometry, radius, error, unnamed));
        }
        _ = problems;
        return result;
    }

    /// <summary>
    /// The placemarks with their lines. KML found in the wild is often not well-formed XML (an unclosed Schema element);
    /// then each <c>&lt;Placemark&gt;</c> block is read on its own, and the file is reported once.
    /// </summary>
    private static IEnumerable<(XElement Placemark, int Line)> Placemarks(string path, List<SiteProblem> problems)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new InputException(path, null, $"unreadable KML: {e.Message}");
        }
        try
        {
            var doc = XDocument.Parse(text, LoadOptions.SetLineInfo);
            return [.. doc.Descendants().Where(e => e.Name.LocalName == "Placemark").Select(e => (e, ((IXmlLineInfo)e).LineNumber))];
        }
        catch (XmlException e)
        {
            problems.Add(new SiteProblem(path, "the document", $"not well-formed XML ({e.Message}); placemarks read one by one"));
        }
        var found = new List<(XElement, int)>();
        var at = 0;
        while ((at = text.IndexOf("<Placemark", at, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf("</Placemark>", at, StringComparison.Ordinal);
            var line = 1 + text.AsSpan(0, at).Count('\n');
            if (end < 0)
            {
                throw new InputException(path, line, "unreadable KML: a Placemark is never closed");
            }
            var block = text[at..(end + "</Placemark>".Length)];
            try
            {
                found.Add((XElement.Parse(block.Replace("gx:", "", StringComparison.Ordinal)), line));
            }
            catch (XmlException e)
            {
                throw new InputException(path, line + e.LineNumber - 1, $"unreadable KML placemark: {e.Message}");
            }
            at = end;
        }
        return found;
    }

    private static Geometry? Geometry(XElement placemark)
    {
        var polygons = placemark.Descendants().Where(e => e.Name.LocalName == "Polygon").Select(Polygon).ToList();
        if (polygons.Count == 1)
        {
            return polygons[0];
        }
        if (polygons.Count > 1)
        {
            return Factory.CreateMultiPolygon([.. polygons]);
        }
        var point = placemark.Descendants().FirstOrDefault(e => e.Name.LocalName == "Point");
        if (point is not null)
        {
            var coords = Coordinates(Child(point, "coordinates")?.Value);
            return coords.Length == 1 ? Factory.CreatePoint(coords[0]) : throw new FormatException($"a point needs one coordinate, not {coords.Length}");
        }
        var line = placemark.Descendants().FirstOrDefault(e => e.Name.LocalName == "LineString");
        return line is null ? null : Factory.CreateLineString(Coordinates(Child(line, "coordinates")?.Value));
    }

    private static Polygon Polygon(XElement polygon)
    {
        LinearRing Ring(XElement? boundary)
        {
            var coords = Coordinates(boundary?.Descendants().FirstOrDefault(e => e.Name.LocalName == "coordinates")?.Value);
            if (coords.Length < 4 || !coords[0].Equals2D(coords[^1]))
            {
                throw new FormatException($"bad geometry: a polygon ring needs at least 4 positions and must close (has {coords.Length})");
            }
            return Factory.CreateLinearRing(coords);
        }
        var outer = Ring(Child(polygon, "outerBoundaryIs"));
        var holes = polygon.Elements().Where(e => e.Name.LocalName == "innerBoundaryIs").Select(Ring).ToArray();
        return Factory.CreatePolygon(outer, holes);
    }

    private static Coordinate[] Coordinates(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        return [.. text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(tuple =>
        {
            var parts = tuple.Split(',');
            if (parts.Length < 2 ||
                !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ||
                !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
            {
                throw new FormatException($"bad coordinates '{tuple}' (expected lon,lat[,alt])");
            }
            return new Coordinate(x, y);
        })];
    }

    private static XElement? Child(XElement e, string localName) => e.Elements().FirstOrDefault(c => c.Name.LocalName == localName);
}
