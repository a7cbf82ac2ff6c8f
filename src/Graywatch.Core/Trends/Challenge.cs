using Graywatch.Findings;

namespace Graywatch.Trends;

/// <summary>A challenge: hashtags that name one or travel with one sound or effect, and its lifecycle.</summary>
/// <param name="Hashtags">The challenge's hashtags, most used first.</param>
/// <param name="Carrier">The sound (<c>sound:…</c>) or effect (<c>effect:…</c>) its posts share, if one does.</param>
/// <param name="PeakPosts">Posts in the busiest bin of <see cref="TrendOptions.ChallengeBin"/>.</param>
/// <param name="Growth">Average growth per bin from the first bin to the peak (0.5 = +50% a bin).</param>
/// <param name="Decay">How far the latest bin has fallen from the peak: 0 at the peak, 1 when nothing is posted any more.</param>
public sealed record Challenge(
    IReadOnlyList<string> Hashtags, string? Carrier, string? CarrierLabel, bool Named, long Posts, long Authors,
    DateTimeOffset FirstSeen, DateTimeOffset LastSeen, DateTimeOffset PeakTime, long PeakPosts, double Growth, double Decay,
    ChallengePhase Phase, long RecentPosts, long PreviousPosts, long RecentAuthors)
{
    /// <summary>A stable key: the hashtags in ordinal order.</summary>
    public string Key => string.Join(",", Hashtags.Order(StringComparer.Ordinal));

    public double Score => TrendScore.Of(RecentPosts, PreviousPosts, RecentAuthors);

    public double AuthorsPerPost => Posts == 0 ? 0 : (double)Authors / Posts;

    /// <summary>Posts per challenge bin, zero-filled.</summary>
    public IReadOnlyList<SeriesPoint> Series { get; init; } = [];

    /// <summary>Kleinberg bursts over the challenge's post times (the event form: exact starts, ties allowed).</summary>
    public IReadOnlyList<TimedBurst> Bursts { get; init; } = [];
}
