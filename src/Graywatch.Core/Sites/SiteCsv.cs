using System.Globalization;
using Graywatch.Readers;
using NetTopologySuite.Geometries;
using nietras.SeparatedValues;

namespace Graywatch.Sites;

/// <summary>Reads sites from CSV: <c>name, lat, lon, radius_m, category, aliases</c>, or other columns mapped by <see cref="SiteColumns"/>.</summary>
internal static class SiteCsv
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static List<SiteCandidate> Read(string path, SiteFileOptions options, List<SiteProblem> problems)
    {
        var result = new List<SiteCandidate>();
        SepReader reader;
        try
        {
            reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException or IOException)
        {
            throw new InputException(path, 1, $"unreadable CSV header: {e.Message}");
        }
        using (reader)
        {
            var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var names = reader.Header.ColNames;
            for (var i = 0; i < names.Count; i++)
            {
                header.TryAdd(names[i].Trim().Trim('\uFEFF').Trim(), i);
            }
            var c = options.Columns;
            var name = Column(path, header, c.Name, "name", true, "name", "site", "site_name", "military_base_name", "title");
            var lat = Column(path, header, c.Lat, "lat", true, "lat", "latitude", "latitudes", "y");
            var lon = Column(path, header, c.Lon, "lon", true, "lon", "lng", "long", "longitude", "longitudes", "longtitude", "longtitudes", "x");
            var radius = Column(path, header, c.Radius, "radius", false, "radius_m", "radius");
            var category = Column(path, header, c.Category, "category", false, "category", "type_norm", "type", "kind");
            var aliases = Column(path, header, c.Aliases, "aliases", false, "aliases", "alias", "alt_names", "alt_name");
            var row = 0;
            foreach (var r in reader)
            {
                row++;
                var cells = new string[r.ColCount];
                for (var k = 0; k < cells.Length; k++)
                {
                    cells[k] = r[k].ToString().Trim();
                }
                string Cell(int? i) => i is { } k && k < cells.Length ? cells[k] : "";
                var siteName = Cell(name);
                var feature = SiteCandidate.Label("row", row, siteName) + $" (line {r.LineNumberFrom})";
                var latText = Cell(lat);
                var lonText = Cell(lon);
                var radiusText = Cell(radius);
                string? error = null;
                Geometry? geometry = null;
                double? radiusM = null;
                if (!double.TryParse(latText, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) ||
                    !double.TryParse(lonText, NumberStyles.Float, CultureInfo.InvariantCulture, out var x))
                {
                    error = $"latitude '{latText}' or longitude '{lonText}' is not a number";
                }
                else
                {
                    geometry = Factory.CreatePoint(new Coordinate(x, y));
                }
                if (radiusText.Length > 0)
                {
                    if (double.TryParse(radiusText, NumberStyles.Float, CultureInfo.InvariantCulture, out var rm))
                    {
                        radiusM = rm;
                    }
                    else
                    {
                        error ??= $"radius '{radiusText}' is not a number";
                    }
                }
                var aliasList = Cell(aliases).Split(options.AliasSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                // A row without a name is kept, named from its category and line, as unnamed map features are.
                var unnamed = siteName.Length == 0;
                var kind = Cell(category) is { Length: > 0 } cat ? cat : "site";
                result.Add(new SiteCandidate(feature, unnamed ? $"{kind} line {r.LineNumberFrom}" : siteName, aliasList, Cell(category), geometry, radiusM, error, unnamed));
            }
        }
        _ = problems;
        return result;
    }

    private static int? Column(string path, Dictionary<string, int> header, string? chosen, string key, bool required, params string[] usual)
    {
        if (chosen is not null)
        {
            return header.TryGetValue(chosen, out var i)
                ? i
                : throw new InputException(path, 1, $"the {key} column '{chosen}' is not in the header ({string.Join(", ", header.Keys)})");
        }
        foreach (var u in usual)
        {
            if (header.TryGetValue(u, out var i))
            {
                return i;
            }
        }
        return required
            ? throw new InputException(path, 1, $"no {key} column (tried {string.Join(", ", usual)}); name it with --site-columns {key}=COLUMN")
            : null;
    }
}
