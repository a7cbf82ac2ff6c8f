namespace Graywatch.Sites;

/// <summary>A position's relation to one site: how far from its geometry, and whether that is inside the site's zone.</summary>
/// <param name="DistanceMeters">Metres from the site's geometry (0 inside a polygon).</param>
/// <param name="Inside">Within the geometry or its radius.</param>
public sealed record SiteHit(Site Site, double DistanceMeters, bool Inside)
{
    /// <summary>Metres beyond the site's zone (0 when inside).</summary>
    public double BeyondMeters => Math.Max(0, DistanceMeters - Site.RadiusMeters);
}
