using Graywatch.Findings;
using Graywatch.Trends;

namespace Graywatch.Detectors.EmergingTrends;

/// <summary>Emerging hashtags, sounds, effects and keywords: one finding per kind with the trend score ranking and trend lines with bursts marked.</summary>
/// <remarks>
/// Settings: the <c>trends.*</c> keys of <see cref="TrendOptions"/>; <c>emerging_trends.lines</c> (trend lines drawn per
/// finding, default 5). Severity is Info, or Low when the top score reaches 10. Stateless.
/// </remarks>
public sealed class EmergingTrendsDetector : IDetector
{
    public const string DetectorId = "emerging-trends";

    private static readonly (TrendEntityKind Kind, string Title, string EntityKind)[] Kinds =
    [
        (TrendEntityKind.Hashtag, "Emerging hashtags", EntityKinds.Hashtag),
        (TrendEntityKind.Sound, "Emerging sounds", EntityKinds.Sound),
        (TrendEntityKind.Effect, "Emerging effects", "effect"),
        (TrendEntityKind.Keyword, "Emerging keywords", "keyword"),
    ];

    public string Id => DetectorId;

    public string Module => "mobilization";

    public Task<IReadOnlyList<Finding>> DetectAsync(DetectorContext context, CancellationToken cancellationToken)
    {
        var options = TrendOptions.From(context.Settings) with { GenericHashtags = context.GenericHashtags.Tags };
        var lines = Math.Max(0, context.Settings.Get("emerging_trends.lines", 5));
        var analyzer = new TrendAnalyzer(context.Store, options);
        var words = new TrendWords(context.Language) { SamplingCaveats = SamplingCaveats.For(context.Sampling, context.Language) };
        var window = analyzer.Window(TrendScope.All);
        var findings = new List<Finding>();
        if (window is null)
        {
            context.Notes.Skip(Localization.Strings.Get(context.Language, "no post has a creation time"));
            return Task.FromResult<IReadOnlyList<Finding>>(findings);
        }
        foreach (var (kind, title, entityKind) in Kinds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entities = analyzer.Emerging(kind, TrendScope.All).Where(e => e.Score > 0).ToList();
            if (entities.Count == 0)
            {
                continue;
            }
            var top = entities[0];
            var unit = words.Format("posts per {0}", TrendWords.Span(window.Bin));
            var series = entities.Take(lines).Select(e => new Series(e.Label, unit, e.Series)
            {
                Intervals = [.. e.Bursts.Select(b => new MarkedInterval(b.Start, b.End, words.Format("burst level {0}", b.Level), b.Level))],
            }).ToList();
            var summary = words.Format("Top: {0} (score {1}: {2} posts in the last {3}, {4} in the {3} before, by {5} accounts).",
                top.Label, TrendWords.Number(top.Score), TrendWords.Count(top.RecentPosts), TrendWords.Span(options.Window),
                TrendWords.Count(top.PreviousPosts), TrendWords.Count(top.RecentAuthors));
            var burstCount = series.Sum(s => s.Intervals.Count(i => i.Level == 1));
            if (burstCount > 0)
            {
                summary += " " + words.Format("{0} bursts marked on the trend lines.", burstCount);
            }
            findings.Add(new Finding
            {
                Id = FindingId.From(DetectorId, kind.ToString(), TrendWords.Time(window.End)),
                Module = Module,
                Detector = Id,
                Title = words.Get(title),
                Summary = summary,
                Severity = top.Score >= 10 ? Severity.Low : Severity.Info,
                Confidence = 0.6,
                Start = window.RecentStart,
                End = window.End,
                Entities = [.. entities.Take(5).Select(e => new EntityRef(entityKind, e.Key, e.Label))],
                Evidence = new Evidence
                {
                    Metrics = new Dictionary<string, double>
                    {
                        ["window_hours"] = options.Window.TotalHours,
                        ["bin_hours"] = window.Bin.TotalHours,
                        ["burst_s"] = options.Bursts.S,
                        ["burst_gamma"] = options.Bursts.Gamma,
                        ["top_score"] = Math.Round(top.Score, 3),
                        ["top_recent_posts"] = top.RecentPosts,
                        ["top_previous_posts"] = top.PreviousPosts,
                        ["top_recent_authors"] = top.RecentAuthors,
                    },
                    Series = series,
                    Rankings = [new Ranking(words.Get("Trend score"), words.Get("score"),
                        [.. entities.Select(e => new RankedItem(e.Label, Math.Round(e.Score, 3), new EntityRef(entityKind, e.Key, e.Label)))])],
                },
                Caveats =
                [
                    .. words.SamplingCaveats,
                    words.Format("Windows end at the newest post in scope ({0}), not at the time of analysis.", TrendWords.Time(window.End)),
                ],
                SuggestedResponse = words.Get("Watch the top entries; check the accounts that started them before amplifying or answering."),
            });
        }
        return Task.FromResult<IReadOnlyList<Finding>>(findings);
    }
}
