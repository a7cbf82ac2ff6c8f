namespace Graywatch.Exposure;

/// <summary>One post placed at one site: how it was placed, how sure, and how far from the site.</summary>
/// <param name="Method">One of <see cref="PlacementMethod"/>.</param>
/// <param name="DistanceMeters">Metres from the site's geometry; null when the post has no position (place tag or mention).</param>
/// <param name="Inside">Within the site's geometry or radius (a place tag naming the site counts as inside).</param>
/// <param name="Matched">The place tag or the words that placed it, for the reader.</param>
/// <param name="Lat">The post's own latitude when it was placed by coordinates, else null.</param>
public sealed record Placement(string PostId, string? AuthorId, DateTimeOffset? CreatedAt, int SiteIndex, string Method, double Confidence, double? DistanceMeters, bool Inside, string? Matched,
    double? Lat = null, double? Lon = null);
