using Graywatch.Findings;
using Graywatch.Store;
using Graywatch.Virality;

namespace Graywatch.Detectors.Virality;

/// <summary>Forecasts every post's reach and flags posts and hashtags "going viral" and posts with "overnight popularity".</summary>
/// <remarks>
/// Settings are <see cref="ForecastOptions"/>' <c>virality.*</c> keys. "Going viral": predicted views at least
/// <c>virality.reach</c>, with at least <c>virality.min_growth</c> of the observed views still to come within a week of the
/// last snapshot; a hashtag goes viral when its posts' predicted views pass ten times that reach. "Overnight popularity":
/// robust z of views against followers of at least <c>virality.overnight_z</c> (<see cref="ReachOutliers"/>), raised only with
/// evidence of the account's usual reach: its earlier posts in the data (and the post far above their median), or a post
/// first observed within <c>virality.overnight_max_age</c> of its creation, whose follower count then still stands for the
/// account's reach before it. Severity follows <see cref="ViralitySeverity"/>; the response window is told against the run's
/// clock. Every finding carries the forecast curve. Stateless.
/// </remarks>
public sealed class ViralityDetector : IDetector
{
    public const string DetectorId = "virality";

    public string Id => DetectorId;

    public string Module => "virality";

    public Task<IReadOnlyList<Finding>> DetectAsync(DetectorContext context, CancellationToken cancellationToken)
    {
        var store = context.Store;
        var options = ForecastOptions.From(context.Settings);
        var words = new ViralityWords(context.Language);
        if (store.Scalar("SELECT 1 FROM snapshots WHERE views IS NOT NULL LIMIT 1") is null)
        {
            context.Notes.Skip(Localization.Strings.Get(context.Language, "no view counts to forecast"));
            return Task.FromResult<IReadOnlyList<Finding>>([]);
        }
        new PostForecaster(store, options).Run(cancellationToken);
        var threshold = options.Reach > 0
            ? options.Reach
            : Math.Max(10_000, Convert.ToDouble(store.Scalar($"SELECT coalesce(quantile_cont(predicted, 0.99), 0) FROM {PostForecaster.Table}") ?? 0.0));
        var findings = new List<Finding>();
        var now = context.Time.GetUtcNow();
        var candidates = store.Query(
            $"SELECT post_id FROM {PostForecaster.Table} WHERE predicted >= ? AND predicted >= views * (1 + ?) ORDER BY predicted DESC, post_id LIMIT ?",
            r => r.GetString(0), threshold, options.MinGrowth, options.Top * 5);
        foreach (var id in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var f = PostForecaster.Read(store, id).First();
            // Growth due within a week: a months-old post creeping up its long tail is not going viral.
            if (f.CountAt(f.PredictedViews, f.AgeHours + Week) >= f.ObservedViews * (1 + options.MinGrowth) && findings.Count < options.Top)
            {
                findings.Add(GoingViral(store, f, now, words));
            }
        }
        // Discovery tags (#fyp, #xuhuong…, listed and learned) ride on every post: they never "go viral".
        var generic = options with { IgnoredHashtags = [.. options.IgnoredHashtags.Union(context.GenericHashtags.Tags)] };
        findings.AddRange(ViralHashtags(store, generic, threshold * 10, now, words));
        var overnight = 0;
        foreach (var outlier in ReachOutliers.Find(store, options.OvernightZ, options.Top * 5, options.OvernightRatio))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (overnight < options.Top && Overnight(store, outlier, options, now, words) is { } finding)
            {
                findings.Add(finding);
                overnight++;
            }
        }
        return Task.FromResult<IReadOnlyList<Finding>>(findings);
    }

    private const double Week = 168;

    private Finding GoingViral(GraywatchStore store, PostForecast f, DateTimeOffset now, ViralityWords words)
    {
        var author = store.Query("SELECT author_id, author_name FROM posts WHERE platform = ? AND id = ?",
            r => r.IsDBNull(0) ? null : new EntityRef(EntityKinds.Account, r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1)), f.Platform, f.PostId)
            .FirstOrDefault();
        return new Finding
        {
            Id = FindingId.From(DetectorId, "going-viral", f.Platform, f.PostId),
            Module = Module,
            Detector = Id,
            Title = words.Format("Going viral: post predicted to reach {0} views", ViralityWords.N(f.PredictedViews)),
            Summary = Forecast(f, now, words),
            Severity = ViralitySeverity.Of(Confidence(f), f.PredictedViews, ClosedFor(f.At90, now)),
            Why = ViralitySeverity.Why(Confidence(f), f.PredictedViews, ClosedFor(f.At90, now), words),
            Confidence = Confidence(f),
            ObservedReach = f.ObservedViews,
            PredictedReach = f.PredictedViews,
            Start = f.CreatedAt,
            End = f.At90,
            Entities = author is null ? [new EntityRef(EntityKinds.Post, f.PostId)] : [new EntityRef(EntityKinds.Post, f.PostId), author],
            Evidence = new Evidence { Metrics = Metrics(f), Series = ForecastEvidence.Curves(store, f, words) },
            Caveats = Caveats(f, words),
            SuggestedResponse = Respond(f, now, words),
        };
    }

    private IEnumerable<Finding> ViralHashtags(GraywatchStore store, ForecastOptions options, double threshold, DateTimeOffset now, ViralityWords words)
    {
        var rows = store.Query(
            $"""
            WITH t AS (
                SELECT DISTINCT f.platform, f.post_id, f.views, f.predicted, f.low, f.high, lower(ltrim(h, '#')) AS tag,
                       epoch_us(f.last_at) + f.hours_to_90 * 3600e6 AS at90
                FROM {PostForecaster.Table} f JOIN posts p ON p.platform = f.platform AND p.id = f.post_id, unnest(p.hashtags) AS u(h)
            )
            SELECT tag, count(*), sum(views)::BIGINT, sum(predicted)::BIGINT, sum(low)::BIGINT, sum(least(high, 1e15))::BIGINT,
                   list(post_id ORDER BY predicted DESC)[1:10], list(predicted ORDER BY predicted DESC)[1:10], CAST(max(at90) AS BIGINT)
            FROM t WHERE tag <> '' AND NOT list_contains(?, tag)
            GROUP BY tag HAVING sum(predicted) >= ? AND sum(predicted) >= sum(views) * (1 + ?)
            ORDER BY sum(predicted) DESC, tag LIMIT 5
            """,
            r => (Tag: r.GetString(0), Posts: r.GetInt64(1), Views: r.GetInt64(2), Predicted: r.GetInt64(3), Low: r.GetInt64(4), High: r.GetInt64(5),
                Top: ((System.Collections.IEnumerable)r.GetValue(6)).OfType<string>().ToList(),
                // DuckDB hands back List<long> or List<long?> depending on whether the list may hold nulls.
                TopViews: ((System.Collections.IEnumerable)r.GetValue(7)).Cast<object?>().Select(v => v is null ? 0L : Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).ToList(),
                At90: DateTimeOffset.UnixEpoch.AddTicks(r.GetInt64(8) * TimeSpan.TicksPerMicrosecond)),
            options.IgnoredHashtags.ToList(), threshold, options.MinGrowth);
        foreach (var h in rows)
        {
            yield return new Finding
            {
                Id = FindingId.From(DetectorId, "going-viral-hashtag", h.Tag),
                Module = Module,
                Detector = Id,
                Title = words.Format("Going viral: #{0} predicted to reach {1} views", h.Tag, ViralityWords.N(h.Predicted)),
                Summary = words.Format("{0} posts carrying #{1} have {2} views so far; forecast {3} (interval {4} – {5}).",
                    ViralityWords.N(h.Posts), h.Tag, ViralityWords.N(h.Views), ViralityWords.N(h.Predicted), ViralityWords.N(h.Low), ViralityWords.N(h.High)),
                Severity = ViralitySeverity.Of(HashtagConfidence, h.Predicted, ClosedFor(h.At90, now)),
                Why = ViralitySeverity.Why(HashtagConfidence, h.Predicted, ClosedFor(h.At90, now), words),
                Confidence = HashtagConfidence,
                ObservedReach = h.Views,
                PredictedReach = h.Predicted,
                Entities = [new EntityRef(EntityKinds.Hashtag, h.Tag), .. h.Top.Take(5).Select(p => new EntityRef(EntityKinds.Post, p))],
                Evidence = new Evidence
                {
                    Metrics = new Dictionary<string, double> { ["posts"] = h.Posts, ["observed_views"] = h.Views, ["predicted_views"] = h.Predicted, ["low"] = h.Low, ["high"] = h.High },
                    Rankings = [new Ranking(words.Get("Top posts"), words.Get("views"), [.. h.Top.Zip(h.TopViews, (p, v) => new RankedItem(p, v, new EntityRef(EntityKinds.Post, p)))])],
                    Members = h.Top,
                },
                Caveats = [words.Get("Forecasts assume the post keeps growing like the store's history of its platform and content kind; a push by the platform or a takedown breaks that.")],
                SuggestedResponse = ClosedFor(h.At90, now) is { } closed
                    ? words.Format("The response window of these posts closed {0} ago: most of their audience has already seen them.", words.Span(closed))
                    : words.Get("Check the source and the claim; if it misleads, answer where the audience is before the response window closes."),
            };
        }
    }

    private static TimeSpan? ClosedFor(DateTimeOffset at90, DateTimeOffset now) => at90 <= now ? now - at90 : null;

    private const double HashtagConfidence = 0.6;

    /// <summary>The finding for an outlier with evidence of its account's usual reach; null without such evidence.</summary>
    private Finding? Overnight(GraywatchStore store, ReachOutlier o, ForecastOptions options, DateTimeOffset now, ViralityWords words)
    {
        string usual;
        if (o.EarlierMedianViews is { } median)
        {
            if (o.Views < options.OvernightRatio * Math.Max(median, 1))
            {
                return null;
            }
            usual = words.Format("Its {0} earlier posts in the data reached a median of {1} views; this one reached {2} times that.",
                ViralityWords.N(o.EarlierPosts), ViralityWords.N(median), ViralityWords.N(o.Views / Math.Max(median, 1)));
        }
        else if (o.AgeWhenObserved <= options.OvernightMaxAge)
        {
            usual = words.Format("The post was {0} old when first observed, so the account's {1} followers stand for its reach before this post.",
                words.Span(o.AgeWhenObserved), ViralityWords.N(o.Followers));
        }
        else
        {
            // An old post with no earlier post of its account in the data: a feed sample says nothing of the account's usual reach.
            return null;
        }
        var forecast = PostForecaster.Read(store, o.PostId).FirstOrDefault(f => f.Platform == o.Platform);
        var who = o.AuthorName is { } name ? "@" + name : o.AuthorId ?? "?";
        var summary = new List<string>
        {
            words.Format("Views are {0} robust standard deviations above what accounts with {1} followers reach on {2}.", o.Z.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), ViralityWords.N(o.Followers), o.Platform),
            usual,
        };
        if (forecast is not null)
        {
            summary.Add(Forecast(forecast, now, words));
        }
        var metrics = new Dictionary<string, double>
        {
            ["z"] = Math.Round(o.Z, 2), ["followers"] = o.Followers, ["views"] = o.Views, ["earlier_posts"] = o.EarlierPosts,
            ["age_when_observed_hours"] = Math.Round(o.AgeWhenObserved.TotalHours, 1),
            ["new_account"] = o.EarlierPosts > 0 && (o.CreatedAt - o.FirstSeen).TotalDays < options.NewAccountDays ? 1 : 0,
        };
        if (o.EarlierMedianViews is { } m)
        {
            metrics["earlier_median_views"] = m;
        }
        if (forecast is not null)
        {
            foreach (var (k, v) in Metrics(forecast))
            {
                metrics[k] = v;
            }
        }
        var confidence = Math.Clamp(o.Z / (2 * options.OvernightZ), 0.5, 0.95);
        var reach = Math.Max(o.Views, forecast?.PredictedViews ?? 0);
        return new Finding
        {
            Id = FindingId.From(DetectorId, "overnight", o.Platform, o.PostId),
            Module = Module,
            Detector = Id,
            Title = words.Format("Overnight popularity: {0} ({1} followers) reached {2} views", who, ViralityWords.N(o.Followers), ViralityWords.N(o.Views)),
            Summary = string.Join(' ', summary),
            Severity = ViralitySeverity.Of(confidence, reach, null),
            Why = ViralitySeverity.Why(confidence, reach, null, words),
            Confidence = confidence,
            ObservedReach = o.Views,
            PredictedReach = forecast?.PredictedViews,
            Start = o.CreatedAt,
            End = forecast?.At90,
            Entities = [new EntityRef(EntityKinds.Post, o.PostId), new EntityRef(EntityKinds.Account, o.AuthorId ?? "?", o.AuthorName)],
            Evidence = new Evidence { Metrics = metrics, Series = forecast is null ? [] : ForecastEvidence.Curves(store, forecast, words) },
            Caveats = [words.Get("Sampled feed data, not a census: follower counts and views are as collected."), .. forecast is null ? [] : Caveats(forecast, words)],
            SuggestedResponse = forecast is null ? words.Get("Check the source and the claim; if it misleads, answer where the audience is before the response window closes.") : Respond(forecast, now, words),
        };
    }

    /// <summary>What to do, with the response window told against the run's clock: open until a time, or closed and since when.</summary>
    private static string Respond(PostForecast f, DateTimeOffset now, ViralityWords words) => f.At90 > now
        ? words.Format("Prepare a response before {0} ({1} from now): after that most of the audience has already seen it.", ViralityWords.Time(f.At90), words.Span(f.At90 - now))
        : words.Format("The response window closed {0} after posting, {1} ago: most of the audience has already seen it; answer only where the post still spreads.",
            words.Span(f.At90 - f.CreatedAt), words.Span(now - f.At90));

    private static string Forecast(PostForecast f, DateTimeOffset now, ViralityWords words) => words.Format(
        f.At90 > now
            ? "{0} views so far; forecast {1} (90% interval {2} – {3}) by {4} ({5}). 90% of the audience will have seen it by {6}."
            : "{0} views so far; forecast {1} (90% interval {2} – {3}) by {4} ({5}). 90% of the audience had seen it by {6}.",
        ViralityWords.N(f.ObservedViews), ViralityWords.N(f.PredictedViews), ViralityWords.N(f.Low), ViralityWords.N(f.High), f.Model, f.Fit, ViralityWords.Time(f.At90));

    private static Dictionary<string, double> Metrics(PostForecast f) => new()
    {
        ["observed_views"] = f.ObservedViews,
        ["predicted_views"] = f.PredictedViews,
        ["low"] = f.Low,
        ["high"] = f.High,
        ["snapshots"] = f.Snapshots,
        ["hours_to_90pct"] = Math.Round(f.HoursTo90, 2),
        ["speed"] = Math.Round(f.Speed, 3),
    };

    private static double Confidence(PostForecast f) =>
        Math.Clamp(1 - (Math.Log((1.0 + f.High) / (1.0 + f.Low)) / 10), 0.3, 0.95);

    private static IReadOnlyList<string> Caveats(PostForecast f, ViralityWords words) => f.Model == "seismic"
        ? [words.Get("SEISMIC on comments treats each comment as exposing its author's followers; comments are reactions, not reshares.")]
        : [words.Get("Forecasts assume the post keeps growing like the store's history of its platform and content kind; a push by the platform or a takedown breaks that.")];
}
