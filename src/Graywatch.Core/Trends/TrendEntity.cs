using Graywatch.Findings;

namespace Graywatch.Trends;

/// <summary>One hashtag, sound, effect or keyword with its volume in the recent and previous windows, its authors and its trend score.</summary>
/// <remarks><see cref="Series"/> and <see cref="Bursts"/> are filled for the top entities only. Immutable.</remarks>
public sealed record TrendEntity(
    TrendEntityKind Kind, string Key, string Label, long Posts, long Authors, long RecentPosts, long PreviousPosts, long RecentAuthors,
    DateTimeOffset FirstSeen, DateTimeOffset LastSeen)
{
    public double Growth => TrendScore.Growth(RecentPosts, PreviousPosts);
    public double Diversity => TrendScore.Diversity(RecentPosts, RecentAuthors);
    public double Score => TrendScore.Of(RecentPosts, PreviousPosts, RecentAuthors);

    /// <summary>Posts per bin over the scope, zero-filled.</summary>
    public IReadOnlyList<SeriesPoint> Series { get; init; } = [];

    /// <summary>Kleinberg bursts of the entity's share of all posts per bin (the binned form).</summary>
    public IReadOnlyList<TimedBurst> Bursts { get; init; } = [];
}
