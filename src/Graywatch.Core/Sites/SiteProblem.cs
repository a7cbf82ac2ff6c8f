namespace Graywatch.Sites;

/// <summary>A feature of a site file that was skipped or merged, and why (bad geometry, out-of-range coordinates, a duplicate).</summary>
/// <param name="Feature">The feature as a reader can find it: <c>row 12 "Camp X"</c>, <c>placemark 3 "Y"</c>, <c>feature 7</c>.</param>
public sealed record SiteProblem(string Path, string Feature, string Reason)
{
    public override string ToString() => $"{Path}: {Feature}: {Reason}";
}
