using Graywatch.Sites;

namespace Graywatch.Exposure;

/// <summary>An account whose work place lies at a sensitive site: "likely stationed at SITE".</summary>
/// <param name="DistanceMeters">Metres from the work cluster's centre to the site's geometry.</param>
/// <param name="Home">The account's home cluster, if it has one (a privacy-sensitive fact in itself).</param>
/// <param name="Away">Its located posts outside the work and home clusters (for unit movement).</param>
public sealed record StationedAccount(string AccountId, Site Site, double Confidence, double DistanceMeters, PlaceCluster Work, PlaceCluster? Home, int LocatedPosts, IReadOnlyList<LocatedPost> Away);
