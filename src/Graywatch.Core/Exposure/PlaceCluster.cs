namespace Graywatch.Exposure;

/// <summary>One place an account posts from: a DBSCAN cluster of its located posts, with when it is used.</summary>
/// <param name="WorkShare">Share of its posts made in weekday working hours (local time).</param>
/// <param name="HomeShare">Share made at night or on weekends.</param>
/// <param name="Days">Distinct local days with a post here.</param>
public sealed record PlaceCluster(double Lat, double Lon, IReadOnlyList<LocatedPost> Posts, double WorkShare, double HomeShare, int Days, PlaceRole Role);
