using Graywatch.Findings;
using Graywatch.Trends;

namespace Graywatch.Detectors.Challenges;

/// <summary>Emerging and harmful challenges: hashtags that name a challenge or travel with one sound or effect, with their lifecycle and watch-list matches.</summary>
/// <remarks>
/// A challenge whose posts match the <see cref="HarmfulWatchList"/> (at least <c>harmful.min_posts</c>, default 3, and
/// <c>harmful.min_share</c> of its posts, default 0.1) is a High finding (Critical while still emerging with 50 or more
/// authors), with the matching posts as members. Otherwise a challenge that is still emerging or has a trend score of at least 1, with trends.min_posts recent posts,
/// score is a Low finding (Medium from score 10); at most <c>trends.top</c> of them. Stateless.
/// </remarks>
public sealed class ChallengeDetector : IDetector
{
    public const string DetectorId = "challenges";

    public string Id => DetectorId;

    public string Module => "mobilization";

    public Task<IReadOnlyList<Finding>> DetectAsync(DetectorContext context, CancellationToken cancellationToken)
    {
        var options = TrendOptions.From(context.Settings) with { GenericHashtags = context.GenericHashtags.Tags };
        var analyzer = new TrendAnalyzer(context.Store, options);
        var matcher = new HarmfulMatcher(context.Store, HarmfulWatchList.From(context.Settings));
        var minPosts = Math.Max(1, context.Settings.Get("harmful.min_posts", 3));
        var minShare = context.Settings.Get("harmful.min_share", 0.1);
        var words = new TrendWords(context.Language) { SamplingCaveats = SamplingCaveats.For(context.Sampling, context.Language) };
        var findings = new List<Finding>();
        var emerging = 0;
        foreach (var challenge in new ChallengeFinder(analyzer).Find(TrendScope.All))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var match = matcher.Match(challenge, TrendScope.All);
            if (match is not null && match.Posts >= minPosts && match.ShareOf(challenge) >= minShare)
            {
                findings.Add(Harmful(analyzer, challenge, match, words));
            }
            else if ((challenge.Phase == ChallengePhase.Emerging || challenge.Score >= 1) && challenge.RecentPosts >= options.MinPosts && emerging < options.Top)
            {
                emerging++;
                findings.Add(Emerging(analyzer, challenge, words));
            }
        }
        return Task.FromResult<IReadOnlyList<Finding>>(findings);
    }

    private Finding Harmful(TrendAnalyzer analyzer, Challenge c, HarmfulMatch match, TrendWords words)
    {
        var name = Name(c);
        var baseFinding = Common(analyzer, c, words, "harmful");
        var terms = string.Join(", ", match.Terms.Take(5).Select(t => t.Term));
        var confidence = Math.Round(Math.Min(0.95, 0.5 + (0.5 * match.ShareOf(c))), 2);
        return baseFinding with
        {
            Title = words.Format("Harmful challenge: {0}", name),
            Summary = baseFinding.Summary + " " + words.Format("{0} of its posts ({1}) match the harmful-challenge watch list: {2}.",
                TrendWords.Count(match.Posts), TrendWords.Percent(match.ShareOf(c)), terms),
            Severity = HarmfulSeverity(c, confidence),
            Confidence = confidence,
            Why = HarmfulSeverity(c, confidence) >= Severity.High
                ? words.Format("{0} posts by {1} accounts match the harmful-challenge watch list ({2}); phase: {3}.",
                    TrendWords.Count(match.Posts), TrendWords.Count(match.Authors), terms, words.Get(c.Phase.ToString()))
                : null,
            ObservedReach = match.Views > 0 ? match.Views : null,
            Evidence = baseFinding.Evidence with
            {
                Metrics = new Dictionary<string, double>(baseFinding.Evidence.Metrics)
                {
                    ["matching_posts"] = match.Posts,
                    ["matching_authors"] = match.Authors,
                    ["matching_share"] = Math.Round(match.ShareOf(c), 4),
                },
                Rankings = [.. baseFinding.Evidence.Rankings,
                    new Ranking(words.Get("Matched watch-list terms"), words.Get("posts"), [.. match.Terms.Take(10).Select(t => new RankedItem(t.Term, t.Posts))])],
                Members = match.PostIds,
            },
            Caveats = [.. baseFinding.Caveats, words.Get("Watch-list matches are keywords, not judgements: read the matching posts before acting.")],
            SuggestedResponse = words.Get("Report the matching posts to the platform's trust and safety team for review; send a safety advisory to parents, schools and youth creators, and ask the creators who joined to post a counter-message."),
        };
    }

    private Finding Emerging(TrendAnalyzer analyzer, Challenge c, TrendWords words)
    {
        var baseFinding = Common(analyzer, c, words, "emerging");
        return baseFinding with
        {
            Title = words.Format("Emerging challenge: {0}", Name(c)),
            Severity = c.Score >= 10 && c.Authors >= 10 ? Severity.Medium : Severity.Low,
            Confidence = 0.6,
            SuggestedResponse = words.Get("Brief creators and communities around it before it peaks; watch for copycat posts by young users."),
        };
    }

    private Finding Common(TrendAnalyzer analyzer, Challenge c, TrendWords words, string kind)
    {
        var accounts = analyzer.Accounts(TrendScope.All, c.Hashtags, 10);
        var entities = c.Hashtags.Take(5).Select(h => new EntityRef(EntityKinds.Hashtag, h)).ToList();
        if (c.Carrier is { } carrier && carrier.StartsWith("sound:", StringComparison.Ordinal))
        {
            entities.Add(new EntityRef(EntityKinds.Sound, carrier["sound:".Length..], c.CarrierLabel));
        }
        entities.AddRange(accounts.Take(5).Select(a => a.Entity).OfType<EntityRef>());
        return new Finding
        {
            Id = FindingId.From(DetectorId, kind, c.Key),
            Module = Module,
            Detector = Id,
            Title = Name(c),
            Summary = words.Format("{0} posts by {1} accounts since {2}; peak of {3} posts on {4}; phase: {5}.",
                TrendWords.Count(c.Posts), TrendWords.Count(c.Authors), TrendWords.Day(c.FirstSeen), TrendWords.Count(c.PeakPosts),
                TrendWords.Day(c.PeakTime), words.Get(c.Phase.ToString())),
            Start = c.FirstSeen,
            End = c.LastSeen,
            Entities = entities,
            Evidence = new Evidence
            {
                Metrics = new Dictionary<string, double>
                {
                    ["posts"] = c.Posts,
                    ["authors"] = c.Authors,
                    ["authors_per_post"] = Math.Round(c.AuthorsPerPost, 3),
                    ["peak_posts"] = c.PeakPosts,
                    ["growth_per_bin"] = Math.Round(c.Growth, 3),
                    ["decay"] = Math.Round(c.Decay, 3),
                    ["trend_score"] = Math.Round(c.Score, 3),
                    ["recent_posts"] = c.RecentPosts,
                    ["previous_posts"] = c.PreviousPosts,
                },
                Series = [new Series(words.Get("Posts per day"), words.Format("posts per {0}", TrendWords.Span(analyzer.Options.ChallengeBin)), c.Series)
                {
                    Intervals = [.. c.Bursts.Where(b => b.Level <= 2).Select(b => new MarkedInterval(b.Start, b.End, words.Format("burst level {0}", b.Level), b.Level))],
                }],
                Rankings = accounts.Count == 0 ? [] : [new Ranking(words.Get("Creators who joined"), words.Get("posts"), accounts)],
            },
            Caveats = [.. words.SamplingCaveats],
        };
    }

    /// <summary>
    /// The harmful-challenge rule (docs/severity.md): the harm is explicit (watch-listed terms on its posts), so High once
    /// confidence reaches 0.6 (a fifth of its posts match); Critical while it is still emerging with at least 50 creators;
    /// Medium below that confidence.
    /// </summary>
    internal static Severity HarmfulSeverity(Challenge c, double confidence) =>
        confidence < 0.6 ? Severity.Medium
        : c.Phase == ChallengePhase.Emerging && c.Authors >= 50 ? Severity.Critical
        : Severity.High;

    private static string Name(Challenge c) => string.Join(" / ", c.Hashtags.Take(3).Select(h => "#" + h));
}
