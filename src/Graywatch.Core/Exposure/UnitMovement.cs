using Graywatch.Sites;

namespace Graywatch.Exposure;

/// <summary>Several stationed accounts appearing together, within a time window, at a place away from their sites.</summary>
/// <param name="Nearest">The nearest registry site to the new place, if one is in its vicinity.</param>
/// <param name="HomeSites">The sites the accounts are stationed at.</param>
public sealed record UnitMovement(double Lat, double Lon, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<string> Accounts, IReadOnlyList<LocatedPost> Posts,
    IReadOnlyList<Site> HomeSites, SiteHit? Nearest, double Confidence);
