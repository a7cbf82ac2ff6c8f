using NetTopologySuite.Geometries;

namespace Graywatch.Sites;

/// <summary>A feature as read from a site file, before validation.</summary>
/// <param name="Feature">How a reader finds it in the file, e.g. <c>row 12 "Camp X"</c>.</param>
/// <param name="Error">A reading problem found already (unparseable number or geometry), or null.</param>
/// <param name="NamedFromTags">True when the file gave no name and the reader made one from the feature's tags and id.</param>
internal sealed record SiteCandidate(string Feature, string? Name, IReadOnlyList<string> Aliases, string? Category, Geometry? Geometry, double? RadiusMeters, string? Error = null, bool NamedFromTags = false)
{
    public static string Label(string kind, int number, string? name) =>
        string.IsNullOrWhiteSpace(name) ? $"{kind} {number}" : $"{kind} {number} \"{name.Trim()}\"";
}
