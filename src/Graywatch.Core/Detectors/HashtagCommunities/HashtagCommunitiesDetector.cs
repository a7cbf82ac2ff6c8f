using Graywatch.Findings;
using Graywatch.Trends;

namespace Graywatch.Detectors.HashtagCommunities;

/// <summary>Co-hashtag communities (Louvain) as a table, and hashtag hijacks: a community's hashtag suddenly carried by another community.</summary>
/// <remarks>
/// Settings: the <c>trends.*</c> graph keys of <see cref="TrendOptions"/>; <c>hijack.min_posts</c> (5), <c>hijack.share</c>
/// (0.5), <c>hijack.baseline_share</c> (0.1). The community table is Info; each hijack is Medium. Stateless.
/// </remarks>
public sealed class HashtagCommunitiesDetector : IDetector
{
    public const string DetectorId = "hashtag-communities";

    public string Id => DetectorId;

    public string Module => "mobilization";

    public Task<IReadOnlyList<Finding>> DetectAsync(DetectorContext context, CancellationToken cancellationToken)
    {
        var options = TrendOptions.From(context.Settings) with { GenericHashtags = context.GenericHashtags.Tags };
        var analyzer = new TrendAnalyzer(context.Store, options);
        var finder = new CommunityFinder(analyzer)
        {
            HijackMinPosts = Math.Max(1, context.Settings.Get("hijack.min_posts", 5)),
            HijackShare = context.Settings.Get("hijack.share", 0.5),
            HijackBaselineShare = context.Settings.Get("hijack.baseline_share", 0.1),
        };
        var words = new TrendWords(context.Language) { SamplingCaveats = SamplingCaveats.For(context.Sampling, context.Language) };
        var findings = new List<Finding>();
        var report = finder.Communities(TrendScope.All);
        if (report.Communities.Count > 0)
        {
            findings.Add(Table(report, words, options));
        }
        cancellationToken.ThrowIfCancellationRequested();
        findings.AddRange(finder.Hijacks(TrendScope.All).Select(h => Hijack(h, words)));
        return Task.FromResult<IReadOnlyList<Finding>>(findings);
    }

    private Finding Table(CommunityReport report, TrendWords words, TrendOptions options)
    {
        var rows = report.Communities.Take(options.Top * 2).Select(c => (IReadOnlyList<string>)
        [
            c.Label,
            string.Join(" ", c.Hashtags.Take(8).Select(h => h.Label)),
            string.Join(" ", c.Accounts.Take(3).Select(a => a.Label)),
            TrendWords.Count(c.Posts),
            TrendWords.Count(c.Authors),
        ]).ToList();
        var largest = report.Communities[0];
        return new Finding
        {
            Id = FindingId.From(DetectorId, "communities"),
            Module = Module,
            Detector = Id,
            Title = words.Get("Co-hashtag communities"),
            Summary = words.Format("{0} communities among {1} hashtags (modularity {2}). Largest: {3}.",
                report.Communities.Count, report.Nodes, TrendWords.Number(report.Modularity), string.Join(" ", largest.Hashtags.Take(5).Select(h => h.Label))),
            Entities = [.. report.Communities.Take(5).Select(c => c.Hashtags[0].Entity).OfType<EntityRef>()],
            Evidence = new Evidence
            {
                Metrics = new Dictionary<string, double>
                {
                    ["communities"] = report.Communities.Count,
                    ["hashtags"] = report.Nodes,
                    ["edges"] = report.Edges,
                    ["modularity"] = Math.Round(report.Modularity, 4),
                },
                Tables = [new EvidenceTable(words.Get("Communities"),
                    [words.Get("Community"), words.Get("Hashtags"), words.Get("Top accounts"), words.Get("Posts"), words.Get("Accounts")], rows)],
            },
            Caveats =
            [
                .. words.SamplingCaveats,
                words.Get("Communities depend on which hashtags are left out as generic (see trends.graph_exclude)."),
            ],
            SuggestedResponse = words.Get("Context for the other findings: who talks with which hashtags."),
        };
    }

    private Finding Hijack(HashtagHijack h, TrendWords words) => new()
    {
        Id = FindingId.From(DetectorId, "hijack", h.Tag, h.Carrier.Label),
        Module = Module,
        Detector = Id,
        Title = words.Format("Hashtag hijack: {0} carried by {1}", "#" + h.Tag, h.Carrier.Label),
        Summary = words.Format("{0} of {1} recent posts with {2} carry the hashtags of the {3} community (before: {4}); it belonged to the {5} community.",
            TrendWords.Percent(h.RecentShare), TrendWords.Count(h.RecentPosts), "#" + h.Tag, h.Carrier.Label, TrendWords.Percent(h.BaselineShare), h.Home.Label),
        // A hijack is a shift of who uses a tag, not a harm in itself: Medium at most, Low while the shift is weak.
        Severity = h.RecentShare - h.BaselineShare >= 0.6 ? Severity.Medium : Severity.Low,
        Confidence = Math.Round(Math.Min(0.9, h.RecentShare - h.BaselineShare), 2),
        Start = h.Start,
        End = h.End,
        Entities = [new EntityRef(EntityKinds.Hashtag, h.Tag), .. h.CarrierTags.Take(3).Select(t => t.Entity).OfType<EntityRef>(),
            .. h.Accounts.Take(5).Select(a => a.Entity).OfType<EntityRef>()],
        Evidence = new Evidence
        {
            Metrics = new Dictionary<string, double>
            {
                ["recent_posts"] = h.RecentPosts,
                ["baseline_posts"] = h.BaselinePosts,
                ["recent_share"] = Math.Round(h.RecentShare, 4),
                ["baseline_share"] = Math.Round(h.BaselineShare, 4),
            },
            Rankings =
            [
                new Ranking(words.Get("Hashtags of the carrying community"), words.Get("posts"), h.CarrierTags),
                new Ranking(words.Get("Accounts carrying it"), words.Get("posts"), h.Accounts),
            ],
            Members = h.PostIds,
        },
        Caveats =
        [
            .. words.SamplingCaveats,
            words.Get("Communities come from the posts before the recent window; a small baseline makes them unstable."),
        ],
        SuggestedResponse = words.Get("Tell the community that owns the hashtag; check whether the carrying accounts act together before answering."),
    };
}
