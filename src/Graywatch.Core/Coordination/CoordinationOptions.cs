namespace Graywatch.Coordination;

/// <summary>The parameters of coordinated-sharing detection (CooRTweet's <c>time_window</c>, <c>min_participation</c>, <c>edge_weight</c>).</summary>
/// <remarks>
/// Defaults: a 60 s window, 2 coordinated shares per account, the median (0.5) edge-weight percentile,
/// near-caption Jaccard similarity 0.8 over character 5-gram shingles, captions of at least 12 characters.
/// </remarks>
public sealed record CoordinationOptions
{
    /// <summary>Two shares of the same object are coordinated when at most this many seconds apart.</summary>
    public int WindowSeconds { get; init; } = 60;

    /// <summary>An account needs at least this many shares (and coordinated shares) to stay in the network.</summary>
    public int MinParticipation { get; init; } = 2;

    /// <summary>The percentile (0 to 1) of edge weights above which an edge is flagged <c>weight_threshold = 1</c>.</summary>
    public double EdgeWeightPercentile { get; init; } = 0.5;

    /// <summary>Near-caption mode: the least estimated Jaccard similarity of two captions' shingle sets.</summary>
    public double NearCaptionSimilarity { get; init; } = 0.8;

    /// <summary>Caption modes ignore captions shorter than this after normalizing (too short to say anything).</summary>
    public int MinCaptionLength { get; init; } = 12;

    /// <summary>
    /// Hashtags (lower case, without <c>#</c>) that are no evidence by themselves: discovery tags such as <c>#fyp</c> ride on
    /// every post, so two accounts sharing one within a minute is chance. Left out of the hashtag kinds and of hashtag sets.
    /// </summary>
    public IReadOnlyCollection<string> ExcludedHashtags { get; init; } = [];
}
