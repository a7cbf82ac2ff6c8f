using Graywatch.Findings;
using Graywatch.Store;
using Graywatch.Virality;

namespace Graywatch.Detectors.Virality;

/// <summary>Forecasts every post's reach and flags posts and hashtags "going viral" and posts with "overnight popularity".</summary>
/// <remarks>
/// Settings are <see cref="ForecastOptions"/>' <c>virality.*</c> keys. "Going viral": predicted views at least
/// <c>virality.reach</c> with at least <c>virality.min_growth</c> of the observed views still to come; a hashtag goes viral
/// when its posts' predicted views pass ten times that reach. "Overnight popularity": robust z of views against followers
/// of at least <c>virality.overnight_z</c> (<see cref="ReachOutliers"/>). Every finding carries the forecast curve. Stateless.
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
        new PostForecaster(store, options).Run(cancellationToken);
        var threshold = options.Reach > 0
            ? options.Reach
            : Math.Max(10_000, Convert.ToDouble(store.Scalar($"SELECT coalesce(quantile_cont(predicted, 0.99), 0) FROM {PostForecaster.Table}") ?? 0.0));
        var findings = new List<Finding>();
        var viral = store.Query(
            $"SELECT post_id FROM {PostForecaster.Table} WHERE predicted >= ? AND predicted >= views * (1 + ?) ORDER BY predicted DESC, post_id LIMIT ?",
            r => r.GetString(0), threshold, options.MinGrowth, options.Top);
        foreach (var id in viral)
        {
            cancellationToken.ThrowIfCancellationRequested();
            findings.Add(GoingViral(store, PostForecaster.Read(store, id).First(), threshold, words));
        }
        findings.AddRange(ViralHashtags(store, options, threshold * 10, words));
        foreach (var outlier in ReachOutliers.Find(store, options.OvernightZ, options.Top, options.OvernightRatio))
        {
            cancellationToken.ThrowIfCancellationRequested();
            findings.Add(Overnight(store, outlier, options, words));
        }
        return Task.FromResult<IReadOnlyList<Finding>>(findings);
    }

    private Finding GoingViral(GraywatchStore store, PostForecast f, double threshold, ViralityWords words)
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
            Summary = Forecast(f, words),
            Severity = f.PredictedViews >= 10 * threshold ? Severity.High : Severity.Medium,
            Confidence = Confidence(f),
            ObservedReach = f.ObservedViews,
            PredictedReach = f.PredictedViews,
            Start = f.CreatedAt,
            End = f.At90,
            Entities = author is null ? [new EntityRef(EntityKinds.Post, f.PostId)] : [new EntityRef(EntityKinds.Post, f.PostId), author],
            Evidence = new Evidence { Metrics = Metrics(f), Series = ForecastEvidence.Curves(store, f, words) },
            Caveats = Caveats(f, words),
            SuggestedResponse = words.Format("Prepare a response before {0}: after that most of the audience has already seen it.", ViralityWords.Time(f.At90)),
        };
    }

    private IEnumerable<Finding> ViralHashtags(GraywatchStore store, ForecastOptions options, double threshold, ViralityWords words)
    {
        var rows = store.Query(
            $"""
            WITH t AS (
                SELECT DISTINCT f.platform, f.post_id, f.views, f.predicted, f.low, f.high, lower(ltrim(h, '#')) AS tag
                FROM {PostForecaster.Table} f JOIN posts p ON p.platform = f.platform AND p.id = f.post_id, unnest(p.hashtags) AS u(h)
            )
            SELECT tag, count(*), sum(views)::BIGINT, sum(predicted)::BIGINT, sum(low)::BIGINT, sum(least(high, 1e15))::BIGINT,
                   list(post_id ORDER BY predicted DESC)[1:10], list(predicted ORDER BY predicted DESC)[1:10]
            FROM t WHERE tag <> '' AND NOT list_contains(?, tag)
            GROUP BY tag HAVING sum(predicted) >= ? AND sum(predicted) >= sum(views) * (1 + ?)
            ORDER BY sum(predicted) DESC, tag LIMIT 5
            """,
            r => (Tag: r.GetString(0), Posts: r.GetInt64(1), Views: r.GetInt64(2), Predicted: r.GetInt64(3), Low: r.GetInt64(4), High: r.GetInt64(5),
                Top: ((System.Collections.IEnumerable)r.GetValue(6)).OfType<string>().ToList(),
                // DuckDB hands back List<long> or List<long?> depending on whether the list may hold nulls.
                TopViews: ((System.Collections.IEnumerable)r.GetValue(7)).Cast<object?>().Select(v => v is null ? 0L : Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).ToList()),
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
                Severity = Severity.Medium,
                Confidence = 0.6,
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
                SuggestedResponse = words.Get("Check the source and the claim; if it misleads, answer where the audience is before the response window closes."),
            };
        }
    }

    private Finding Overnight(GraywatchStore store, ReachOutlier o, ForecastOptions options, ViralityWords words)
    {
        var forecast = PostForecaster.Read(store, o.PostId).FirstOrDefault(f => f.Platform == o.Platform);
        var isNew = o.EarlierPosts == 0 || (o.CreatedAt - o.FirstSeen).TotalDays < options.NewAccountDays;
        var who = o.AuthorName is { } name ? "@" + name : o.AuthorId ?? "?";
        var summary = new List<string>
        {
            words.Format("Views are {0} robust standard deviations above what accounts with {1} followers reach on {2}.", o.Z.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), ViralityWords.N(o.Followers), o.Platform),
        };
        summary.Add(o.EarlierPosts == 0
            ? words.Get("The account had no earlier post in the data before this one.")
            : isNew ? words.Format("The account first appears in the data less than {0} days before this post.", options.NewAccountDays) : "");
        if (forecast is not null)
        {
            summary.Add(Forecast(forecast, words));
        }
        var metrics = new Dictionary<string, double> { ["z"] = Math.Round(o.Z, 2), ["followers"] = o.Followers, ["views"] = o.Views, ["earlier_posts"] = o.EarlierPosts, ["new_account"] = isNew ? 1 : 0 };
        if (forecast is not null)
        {
            foreach (var (k, v) in Metrics(forecast))
            {
                metrics[k] = v;
            }
        }
        return new Finding
        {
            Id = FindingId.From(DetectorId, "overnight", o.Platform, o.PostId),
            Module = Module,
            Detector = Id,
            Title = words.Format("Overnight popularity: {0} ({1} followers) reached {2} views", who, ViralityWords.N(o.Followers), ViralityWords.N(o.Views)),
            Summary = string.Join(' ', summary.Where(s => s.Length > 0)),
            Severity = isNew || o.Z >= 2 * options.OvernightZ ? Severity.High : Severity.Medium,
            Confidence = Math.Clamp(o.Z / (2 * options.OvernightZ), 0.5, 0.95),
            ObservedReach = o.Views,
            PredictedReach = forecast?.PredictedViews,
            Start = o.CreatedAt,
            End = forecast?.At90,
            Entities = [new EntityRef(EntityKinds.Post, o.PostId), new EntityRef(EntityKinds.Account, o.AuthorId ?? "?", o.AuthorName)],
            Evidence = new Evidence { Metrics = metrics, Series = forecast is null ? [] : ForecastEvidence.Curves(store, forecast, words) },
            Caveats = [words.Get("Sampled feed data, not a census: follower counts and views are as collected."), .. forecast is null ? [] : Caveats(forecast, words)],
            SuggestedResponse = words.Get("Check the source and the claim; if it misleads, answer where the audience is before the response window closes."),
        };
    }

    private static string Forecast(PostForecast f, ViralityWords words) => words.Format(
        "{0} views so far; forecast {1} (90% interval {2} – {3}) by {4} ({5}). 90% of the audience will have seen it by {6}.",
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
