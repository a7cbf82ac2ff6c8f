using Graywatch.Findings;

namespace Graywatch.Detectors.Overview;

/// <summary>Describes what the store holds: volume over time, top hashtags, sounds and accounts, totals and data-quality caveats.</summary>
/// <remarks>
/// Returns one <see cref="Severity.Info"/> finding. Settings: <c>overview.top</c> (rows per ranking, default 10),
/// <c>overview.hourly_max_hours</c> (largest span drawn in hourly bins, default 72; daily bins beyond).
/// Every figure is an SQL aggregate, so a 10-million-post store is never loaded into memory. Stateless.
/// </remarks>
public sealed class OverviewDetector : IDetector
{
    public const string DetectorId = "overview";

    public string Id => DetectorId;

    public string Module => "overview";

    public Task<IReadOnlyList<Finding>> DetectAsync(DetectorContext context, CancellationToken cancellationToken)
    {
        var store = context.Store;
        var top = Math.Max(1, context.Settings.Get("overview.top", 10));
        var hourlyMax = TimeSpan.FromHours(context.Settings.Get("overview.hourly_max_hours", 72.0));
        var words = new OverviewWords(context.Language, SamplingCaveats.For(context.Sampling, context.Language));

        var stats = store.Stats();
        var span = OverviewQueries.Span(store);
        cancellationToken.ThrowIfCancellationRequested();
        var quarantine = OverviewQueries.QuarantineByKind(store);
        var fileTimeSources = OverviewQueries.FileTimeSources(store);
        var metrics = new Dictionary<string, double>
        {
            ["posts"] = stats.Posts,
            ["snapshots"] = stats.Snapshots,
            ["accounts"] = OverviewQueries.DistinctAccounts(store),
            ["comments"] = stats.Comments,
            ["quarantined"] = stats.Quarantined,
            ["sources"] = stats.Sources,
            ["file_time_sources"] = fileTimeSources,
        };
        if (span.Posts == 0)
        {
            var empty = new Finding
            {
                Id = FindingId.From(DetectorId, "empty"),
                Module = Module,
                Detector = Id,
                Title = words.Get("The store is empty"),
                Summary = words.Get("No posts have been ingested yet. Run graywatch ingest or graywatch analyze with export files."),
                Evidence = new Evidence { Metrics = metrics },
                Caveats = words.DataQuality(null, null, quarantine, fileTimeSources),
            };
            return Task.FromResult<IReadOnlyList<Finding>>([empty]);
        }

        var engagement = OverviewQueries.Engagement(store);
        cancellationToken.ThrowIfCancellationRequested();
        var hourly = span.First is { } first && span.Last is { } last && last - first <= hourlyMax;
        var volume = span.WithCreatedAt == 0 ? [] : OverviewQueries.Volume(store, hourly ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1));
        var hashtags = OverviewQueries.TopHashtags(store, top);
        var sounds = OverviewQueries.TopSounds(store, top);
        var byPosts = OverviewQueries.TopAccountsByPosts(store, top);
        var byViews = OverviewQueries.TopAccountsByViews(store, top);
        cancellationToken.ThrowIfCancellationRequested();

        metrics["authors"] = span.Authors;
        metrics["posts_without_created_at"] = span.WithoutCreatedAt;
        metrics["posts_with_snapshots"] = engagement.PostsWithSnapshots;
        metrics["single_snapshot_posts"] = engagement.SingleSnapshotPosts;
        metrics["views"] = engagement.Views;
        if (span.First is { } start && span.Last is { } end)
        {
            metrics["span_hours"] = Math.Round((end - start).TotalHours, 2);
        }

        var series = volume.Count == 0
            ? []
            : new[] { hourly
                ? new Series(words.Get("Posts per hour"), words.Get("posts per hour"), volume)
                : new Series(words.Get("Posts per day"), words.Get("posts per day"), volume) };
        var rankings = new List<Ranking>();
        AddRanking(rankings, words.Get("Top hashtags"), words.Get("posts"), hashtags);
        AddRanking(rankings, words.Get("Top sounds"), words.Get("posts"), sounds);
        AddRanking(rankings, words.Get("Top accounts by posts"), words.Get("posts"), byPosts);
        AddRanking(rankings, words.Get("Top accounts by views"), words.Get("views"), byViews);

        var finding = new Finding
        {
            Id = FindingId.From(DetectorId, "overview"),
            Module = Module,
            Detector = Id,
            Title = words.Get("Overview of the collected data"),
            Summary = words.Summary(span, engagement, hashtags.Count > 0 ? hashtags[0] : null),
            ObservedReach = engagement.PostsWithSnapshots > 0 ? engagement.Views : null,
            Start = span.First,
            End = span.Last,
            Entities = [.. Entities(hashtags, 5), .. Entities(sounds, 3), .. Entities(byPosts, 5)],
            Evidence = new Evidence { Metrics = metrics, Series = series, Rankings = rankings },
            Caveats = words.DataQuality(span, engagement, quarantine, fileTimeSources),
            SuggestedResponse = words.Get("Context for the other findings; no response needed."),
        };
        return Task.FromResult<IReadOnlyList<Finding>>([finding]);
    }

    private static void AddRanking(List<Ranking> rankings, string name, string unit, IReadOnlyList<RankedItem> items)
    {
        if (items.Count > 0)
        {
            rankings.Add(new Ranking(name, unit, items));
        }
    }

    private static IEnumerable<EntityRef> Entities(IReadOnlyList<RankedItem> items, int count) =>
        items.Take(count).Select(i => i.Entity).OfType<EntityRef>();
}
