namespace Graywatch.Findings;

/// <summary>A position drawn on a finding's map: a site (with its radius) or a post, home or work place.</summary>
/// <param name="Kind">What it is: <c>site</c>, <c>post</c>, <c>work</c>, <c>home</c> or <c>movement</c>.</param>
/// <param name="RadiusMeters">The zone drawn around a site, or null.</param>
/// <param name="Id">The post, account or site id behind the point, or null.</param>
public sealed record MapPoint(string Kind, string Label, double Lat, double Lon, double? RadiusMeters = null, string? Id = null);
