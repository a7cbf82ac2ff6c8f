using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Distance;

namespace Graywatch.Sites;

/// <summary>An STR-tree over the sites' zones grown by a vicinity, answering "which sites is this position in or near?".</summary>
/// <remarks>
/// Each site's envelope is its geometry's envelope grown by its radius plus <see cref="VicinityMeters"/>; candidates
/// from the tree are then measured exactly (haversine for points, the nearest point of a polygon otherwise).
/// Queries on point sites are thread-safe; polygon sites are tested with NetTopologySuite prepared geometries, which
/// build their own indexes lazily, so query an index holding polygons from one thread at a time.
/// </remarks>
public sealed class SiteIndex
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private readonly STRtree<int> _tree = new();
    private readonly IReadOnlyList<Site> _sites;
    private readonly IPreparedGeometry?[] _prepared;

    public SiteIndex(IReadOnlyList<Site> sites, double vicinityMeters)
    {
        _sites = sites;
        VicinityMeters = Math.Max(0, vicinityMeters);
        _prepared = new IPreparedGeometry?[sites.Count];
        for (var i = 0; i < sites.Count; i++)
        {
            var s = sites[i];
            var grow = s.RadiusMeters + VicinityMeters;
            var env = s.Geometry.EnvelopeInternal;
            var maxLat = Math.Max(Math.Abs(env.MinY), Math.Abs(env.MaxY));
            var dLat = grow / Haversine.MetersPerDegree;
            var dLon = Haversine.LonDegrees(grow, maxLat + dLat);
            _tree.Insert(new Envelope(env.MinX - dLon, env.MaxX + dLon, env.MinY - dLat, env.MaxY + dLat), i);
            if (s.Geometry is not Point)
            {
                _prepared[i] = PreparedGeometryFactory.Prepare(s.Geometry);
            }
        }
        _tree.Build();
    }

    /// <summary>Metres around each site's zone that count as "near".</summary>
    public double VicinityMeters { get; }

    /// <summary>Sites whose zone or vicinity holds the position, nearest first; empty for an invalid position.</summary>
    public IReadOnlyList<SiteHit> Locate(double lat, double lon)
    {
        if (!Haversine.IsValid(lat, lon))
        {
            return [];
        }
        var candidates = _tree.Query(new Envelope(lon, lon, lat, lat));
        if (candidates.Count == 0)
        {
            return [];
        }
        List<SiteHit>? hits = null;
        foreach (var i in candidates)
        {
            var site = _sites[i];
            var distance = Distance(i, site, lat, lon);
            if (distance <= site.RadiusMeters + VicinityMeters)
            {
                (hits ??= []).Add(new SiteHit(site, distance, distance <= site.RadiusMeters));
            }
        }
        if (hits is null)
        {
            return [];
        }
        hits.Sort((a, b) => a.BeyondMeters.CompareTo(b.BeyondMeters));
        return hits;
    }

    /// <summary>The nearest site whose zone or vicinity holds the position, or null.</summary>
    public SiteHit? Nearest(double lat, double lon) => Locate(lat, lon) is [var first, ..] ? first : null;

    private double Distance(int i, Site site, double lat, double lon)
    {
        if (site.Geometry is Point p)
        {
            return Haversine.Meters(lat, lon, p.Y, p.X);
        }
        var point = Factory.CreatePoint(new Coordinate(lon, lat));
        if (_prepared[i]!.Covers(point))
        {
            return 0;
        }
        var nearest = DistanceOp.NearestPoints(site.Geometry, point);
        return Haversine.Meters(lat, lon, nearest[0].Y, nearest[0].X);
    }
}
