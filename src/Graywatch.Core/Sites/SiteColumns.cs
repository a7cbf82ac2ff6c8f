namespace Graywatch.Sites;

/// <summary>Which CSV columns hold a site's name, position, radius, category and aliases.</summary>
/// <remarks>
/// Null means "find it": the reader tries the usual header names (<c>name</c>, <c>lat</c>/<c>latitude</c>/<c>latitudes</c>,
/// <c>lon</c>/<c>lng</c>/<c>longitude</c>/<c>longtitudes</c>, <c>radius_m</c>, <c>category</c>/<c>type</c>, <c>aliases</c>).
/// Parsed from <c>name=military_base_name,lat=latitudes,lon=longtitudes,category=type_norm</c>. Immutable.
/// </remarks>
public sealed record SiteColumns
{
    public string? Name { get; init; }
    public string? Lat { get; init; }
    public string? Lon { get; init; }
    public string? Radius { get; init; }
    public string? Category { get; init; }
    public string? Aliases { get; init; }

    public static SiteColumns Auto { get; } = new();

    /// <summary>Parses <c>key=column</c> pairs separated by commas; keys are name, lat, lon, radius, category, aliases.</summary>
    /// <exception cref="FormatException">An unknown key or a pair without '='.</exception>
    public static SiteColumns Parse(string? text)
    {
        var columns = Auto;
        if (string.IsNullOrWhiteSpace(text))
        {
            return columns;
        }
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new FormatException($"site columns: '{pair}' is not key=column");
            }
            var value = pair[(eq + 1)..].Trim();
            columns = pair[..eq].Trim().ToLowerInvariant() switch
            {
                "name" => columns with { Name = value },
                "lat" or "latitude" => columns with { Lat = value },
                "lon" or "lng" or "longitude" => columns with { Lon = value },
                "radius" or "radius_m" => columns with { Radius = value },
                "category" => columns with { Category = value },
                "aliases" => columns with { Aliases = value },
                var other => throw new FormatException($"site columns: unknown key '{other}' (name, lat, lon, radius, category, aliases)"),
            };
        }
        return columns;
    }
}
