namespace Graywatch.Exposure;

/// <summary>Posts whose captions, stickers or transcripts match one category of the watch list.</summary>
/// <param name="Terms">Matched terms with their post counts, most first.</param>
/// <param name="PostIds">Matching posts, at most <see cref="ExposureAnalyzer.MaxListed"/>.</param>
/// <param name="Sites">Indices of the registry sites these posts are placed at.</param>
public sealed record WatchGroup(WatchCategory Category, long Posts, IReadOnlyList<(string Account, long Posts)> Accounts, IReadOnlyList<(string Term, long Posts)> Terms,
    IReadOnlyList<string> PostIds, IReadOnlyList<int> Sites, DateTimeOffset? First, DateTimeOffset? Last);
