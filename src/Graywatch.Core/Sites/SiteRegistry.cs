namespace Graywatch.Sites;

/// <summary>The sensitive sites loaded from one file, with the problems found while loading.</summary>
/// <remarks>Load with <see cref="SiteFileReader"/>; index with <see cref="Index"/>. Immutable.</remarks>
public sealed class SiteRegistry(string path, IReadOnlyList<Site> sites, IReadOnlyList<SiteProblem> problems, int namedFromTags = 0)
{
    public string Path { get; } = path;

    public IReadOnlyList<Site> Sites { get; } = sites;

    /// <summary>Features skipped or merged: bad geometry, coordinates out of range, duplicates.</summary>
    public IReadOnlyList<SiteProblem> Problems { get; } = problems;

    public int Count => Sites.Count;

    /// <summary>Sites the file gave no name, named from their tags and id (<c>danger_area 1207889868</c>).</summary>
    public int NamedFromTags { get; } = namedFromTags;

    /// <summary>An STR-tree over the sites with <paramref name="vicinityMeters"/> around each zone counting as near.</summary>
    public SiteIndex Index(double vicinityMeters) => new(Sites, vicinityMeters);
}
