using Graywatch.Readers;
using NetTopologySuite.Geometries;

namespace Graywatch.Sites;

/// <summary>Loads a site registry from GeoJSON (<c>.geojson</c>, <c>.json</c>), KML (<c>.kml</c>) or CSV (<c>.csv</c>) and validates it.</summary>
/// <remarks>
/// A GeoJSON feature with no name is named from its tags and id (see <see cref="SiteGeoJson"/>) and counted in
/// <see cref="SiteRegistry.NamedFromTags"/>. A feature with no name otherwise, no or bad geometry, coordinates out of range, or the name of an earlier feature within
/// <see cref="SiteFileOptions.DuplicateMeters"/> is skipped and reported in <see cref="SiteRegistry.Problems"/>, named
/// by its row, placemark or feature number and name. A file that cannot be read at all, or holds no valid site, throws
/// <see cref="InputException"/>. Stateless.
/// </remarks>
public static class SiteFileReader
{
    /// <exception cref="InputException">The file is missing, unreadable, of an unknown kind, or holds no valid site.</exception>
    public static SiteRegistry Load(string path, SiteFileOptions? options = null)
    {
        options ??= SiteFileOptions.Default;
        if (!File.Exists(path))
        {
            throw new InputException(path, null, "site file not found");
        }
        var problems = new List<SiteProblem>();
        var candidates = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => SiteCsv.Read(path, options, problems),
            ".kml" => SiteKml.Read(path, options, problems),
            ".geojson" or ".json" => SiteGeoJson.Read(path, options, problems),
            var other => throw new InputException(path, null, $"unknown site file kind '{other}' (use .geojson, .json, .kml or .csv)"),
        };
        var sites = Validate(path, candidates, options, problems, out var namedFromTags);
        if (sites.Count == 0)
        {
            throw new InputException(path, null, problems.Count == 0 ? "no sites in the file" : $"no valid sites in the file; first problem: {problems[0].Feature}: {problems[0].Reason}");
        }
        return new SiteRegistry(path, sites, problems, namedFromTags);
    }

    private static List<Site> Validate(string path, IEnumerable<SiteCandidate> candidates, SiteFileOptions options, List<SiteProblem> problems, out int namedFromTags)
    {
        var sites = new List<Site>();
        namedFromTags = 0;
        var byName = new Dictionary<string, List<Site>>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in candidates)
        {
            var reason = Check(c);
            if (reason is null)
            {
                var key = c.Name!.Trim();
                var site = new Site
                {
                    Index = sites.Count,
                    Name = key,
                    Aliases = [.. c.Aliases.Select(a => a.Trim()).Where(a => a.Length > 0 && !a.Equals(key, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase)],
                    Category = string.IsNullOrWhiteSpace(c.Category) ? null : c.Category.Trim(),
                    Geometry = c.Geometry!,
                    RadiusMeters = c.RadiusMeters ?? (c.Geometry is Point ? options.DefaultRadiusMeters : 0),
                    Origin = $"{Path.GetFileName(path)} {c.Feature}",
                };
                if (byName.TryGetValue(key, out var same) && same.FirstOrDefault(s => Haversine.Meters(s.Latitude, s.Longitude, site.Latitude, site.Longitude) <= options.DuplicateMeters) is { } earlier)
                {
                    problems.Add(new SiteProblem(path, c.Feature, $"duplicate of {earlier.Origin} (same name within {options.DuplicateMeters:0} m); skipped"));
                    continue;
                }
                sites.Add(site);
                namedFromTags += c.NamedFromTags ? 1 : 0;
                (byName.TryGetValue(key, out var list) ? list : byName[key] = []).Add(site);
            }
            else
            {
                problems.Add(new SiteProblem(path, c.Feature, reason + "; skipped"));
            }
        }
        return sites;
    }

    private static string? Check(SiteCandidate c)
    {
        if (c.Error is not null)
        {
            return c.Error;
        }
        if (string.IsNullOrWhiteSpace(c.Name))
        {
            return "no name";
        }
        if (c.Geometry is null || c.Geometry.IsEmpty)
        {
            return "no geometry";
        }
        if (c.Geometry is not (Point or Polygon or MultiPolygon))
        {
            return $"unsupported geometry {c.Geometry.GeometryType} (use a point, polygon or multipolygon)";
        }
        foreach (var p in c.Geometry.Coordinates)
        {
            if (double.IsNaN(p.X) || double.IsNaN(p.Y) || p.Y is < -90 or > 90 || p.X is < -180 or > 180)
            {
                return $"coordinates out of range (lat {p.Y}, lon {p.X}; latitude must be within ±90 and longitude within ±180)";
            }
        }
        if (c.Geometry is Point pt && pt.X == 0 && pt.Y == 0)
        {
            return "coordinates 0,0 (a missing position)";
        }
        if (!c.Geometry.IsValid)
        {
            var why = new NetTopologySuite.Operation.Valid.IsValidOp(c.Geometry).ValidationError;
            return $"bad geometry: {why?.Message ?? "invalid"}{(why?.Coordinate is { } at ? $" at lon {at.X}, lat {at.Y}" : "")}";
        }
        if (c.RadiusMeters is < 0 or > 100_000 || (c.RadiusMeters is { } r && double.IsNaN(r)))
        {
            return $"radius {c.RadiusMeters} m out of range (0 to 100,000)";
        }
        return null;
    }
}
