namespace Graywatch.Ingest;

/// <summary>How many posts of the store came from each sampling kind (<see cref="SamplingKinds"/>).</summary>
/// <remarks>Immutable. A post seen in sources of two kinds counts under each.</remarks>
public sealed record SamplingProfile(IReadOnlyDictionary<string, long> PostsByKind)
{
    /// <summary>A store whose sources say nothing about how they were collected.</summary>
    public static SamplingProfile Unknown { get; } = new(new Dictionary<string, long>());

    /// <summary>The kinds present, most posts first.</summary>
    public IReadOnlyList<string> Kinds => [.. PostsByKind.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)];

    public bool Has(string kind) => PostsByKind.TryGetValue(kind, out var n) && n > 0;

    /// <summary>
    /// True when nothing in the store is a census or complete timelines, so counts describe what a sample showed, not the
    /// platform (feed, search, simulated feed-like or unknown sources only).
    /// </summary>
    public bool IsSample => !Has(SamplingKinds.Census) && !Has(SamplingKinds.Account);

    /// <summary>True when some posts come from a For-You or trending scrape, or from sources that said nothing.</summary>
    public bool HasFeedLike => Has(SamplingKinds.Feed) || Has(SamplingKinds.Unknown) || PostsByKind.Count == 0;

    /// <summary><c>feed 10,102 · unknown 2,409</c>: the kinds with their post counts, for headers.</summary>
    public string Describe() => Kinds.Count == 0
        ? SamplingKinds.Unknown
        : string.Join(" · ", Kinds.Select(k => $"{k} {PostsByKind[k].ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}"));
}
