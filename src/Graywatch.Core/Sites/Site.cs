using NetTopologySuite.Geometries;

namespace Graywatch.Sites;

/// <summary>One sensitive site of a registry: a point with a radius, a polygon or a multipolygon, with its names.</summary>
/// <remarks>Coordinates are WGS 84 (x = longitude, y = latitude). <see cref="RadiusMeters"/> is the zone around the geometry that counts as the site. Immutable.</remarks>
public sealed record Site
{
    /// <summary>Position in the registry, 0-based.</summary>
    public required int Index { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Category { get; init; }
    public required Geometry Geometry { get; init; }
    /// <summary>Metres around the geometry that still count as inside the site (the radius of a point site).</summary>
    public double RadiusMeters { get; init; }
    /// <summary>Where the site came from: file and feature (row, placemark or feature number).</summary>
    public required string Origin { get; init; }

    /// <summary>Latitude of the site's centre.</summary>
    public double Latitude => Geometry is Point p ? p.Y : Geometry.Centroid.Y;

    /// <summary>Longitude of the site's centre.</summary>
    public double Longitude => Geometry is Point p ? p.X : Geometry.Centroid.X;

    /// <summary>The name and every alias.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}
