using System.Globalization;
using Graywatch.Store;

namespace Graywatch.Virality;

/// <summary>Fits growth models on the store's own snapshots and writes every post's forecast into the temporary table <c>virality_forecasts</c>.</summary>
/// <remarks>
/// A post is forecast when it has a creation time and at least one snapshot with views taken after it. Each source's counts are
/// judged exact or rounded (<see cref="RoundedCount"/>), so a snapshot is an interval. Models are fitted per platform
/// (<see cref="GrowthFit"/>) on a hash-chosen sample of the posts seen at least twice: 70% of them fit, the other 30% calibrate
/// the interval. A platform with fewer than <see cref="ForecastOptions.MinPairs"/> pairs uses the model of all platforms
/// together, then <see cref="GrowthModel.Prior"/>. A post is forecast from its last snapshot, with its pace from the one before
/// when it has one, to the horizon or to <see cref="ForecastOptions.FinalAge"/> (the final views). Posts with at least
/// <see cref="ForecastOptions.SeismicMinEvents"/> timed comments are then forecast by <see cref="Seismic"/> on their comments,
/// whose predicted growth multiplies the views. The table lives as long as the connection. Use from one thread.
/// </remarks>
public sealed class PostForecaster(GraywatchStore store, ForecastOptions options)
{
    /// <summary>The table the forecasts are written to (temporary, per connection).</summary>
    public const string Table = "virality_forecasts";

    private const string Params = "virality_params";

    private const string Series = """
        SELECT s.platform, s.post_id, p.created_at, s.observed_at,
               (epoch_us(s.observed_at) - epoch_us(p.created_at)) / 3600e6 AS age, s.views, s.shares, s.source_id
        FROM snapshots s JOIN posts p ON p.platform = s.platform AND p.id = s.post_id
        WHERE p.created_at IS NOT NULL AND s.views IS NOT NULL AND s.observed_at > p.created_at
        """;

    /// <summary>Fits, forecasts, and returns the models used; <c>virality_forecasts</c> then holds one row per forecast post.</summary>
    public IReadOnlyList<PlatformFit> Run(CancellationToken cancellationToken)
    {
        var rounding = Rounding();
        var fits = Fit(null, rounding);
        cancellationToken.ThrowIfCancellationRequested();
        Forecast(fits, rounding, cancellationToken);
        new CommentCascades(store, options).Apply(cancellationToken);
        return fits;
    }

    /// <summary>How each source wrote its counts, by <c>source_id</c>.</summary>
    public IReadOnlyDictionary<int, CountRounding> Rounding() => store.Query(
            RoundedCount.PerSourceSql,
            r => (Source: r.GetInt32(0), Kind: RoundedCount.Judge(r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4))))
        .ToDictionary(r => r.Source, r => r.Kind);

    /// <summary>The models of every platform in the store, fitted on the posts that satisfy <paramref name="postFilter"/> (SQL over <c>post_id</c>; null = all).</summary>
    public IReadOnlyList<PlatformFit> Fit(string? postFilter, IReadOnlyDictionary<int, CountRounding> rounding)
    {
        var multi = Convert.ToDouble(store.Scalar(
            $"SELECT count(*) FROM (SELECT 1 FROM ({Series}) WHERE {postFilter ?? "true"} GROUP BY platform, post_id HAVING count(*) >= 2)") ?? 0L, CultureInfo.InvariantCulture);
        var perMille = (int)Math.Clamp(Math.Ceiling(options.FitSample * 1.5 * 1000 / Math.Max(1, multi)), 1, 1000);
        var posts = LoadSeries($"hash(post_id) % 1000 < {perMille} AND ({postFilter ?? "true"})", rounding);
        var caps = store.Query("SELECT platform, max(views), max(shares) FROM snapshots GROUP BY platform",
            r => (Platform: r.GetString(0), Views: r.IsDBNull(1) ? double.PositiveInfinity : 2.0 * r.GetInt64(1), Shares: r.IsDBNull(2) ? double.PositiveInfinity : 2.0 * r.GetInt64(2)))
            .ToDictionary(c => c.Platform);
        GrowthModel Model(string label, IEnumerable<(bool Calibrates, IReadOnlyList<CountObservation>? Series)> of, double cap, GrowthModel fallback)
        {
            var series = of.Where(s => s.Series is not null).ToList();
            var fitPart = series.Where(s => !s.Calibrates).Select(s => s.Series!).ToList();
            return fitPart.Sum(s => s.Count - 1) < options.MinPairs
                ? fallback
                : GrowthFit.Fit(label, fitPart, [.. series.Where(s => s.Calibrates).Select(s => s.Series!)], cap);
        }
        var allViews = new Lazy<GrowthModel>(() => Model("all", posts.Select(p => (p.Calibrates, (IReadOnlyList<CountObservation>?)p.Views)), caps.Values.Max(c => c.Views), GrowthModel.Prior));
        var platforms = store.Query($"SELECT DISTINCT platform FROM ({Series}) ORDER BY platform", r => r.GetString(0));
        var fits = new List<PlatformFit>();
        foreach (var platform in platforms)
        {
            var own = posts.Where(p => p.Platform == platform).ToList();
            var cap = caps.TryGetValue(platform, out var c) ? c : (Platform: platform, Views: double.PositiveInfinity, Shares: double.PositiveInfinity);
            var views = Model(platform, own.Select(p => (p.Calibrates, (IReadOnlyList<CountObservation>?)p.Views)), cap.Views, allViews.Value with { Cap = cap.Views });
            var shares = Model(platform, own.Select(p => (p.Calibrates, p.Shares)), cap.Shares, views with { Cap = cap.Shares });
            fits.Add(new PlatformFit(platform, views, shares));
        }
        return fits;
    }

    /// <summary>The series of every post seen at least twice that satisfies <paramref name="postFilter"/> (SQL over <c>post_id</c>).</summary>
    public IReadOnlyList<PostSeries> LoadSeries(string postFilter, IReadOnlyDictionary<int, CountRounding> rounding)
    {
        var rows = store.Query(
            $"""
            WITH s AS (SELECT * FROM ({Series}) WHERE {postFilter}),
            m AS (SELECT *, count(*) OVER (PARTITION BY platform, post_id) AS n FROM s)
            SELECT platform, post_id, age, views, shares, source_id, hash(post_id || '/calibrate') % 10 >= 7 FROM m
            WHERE n >= 2 ORDER BY platform, post_id, age
            """,
            r => (Platform: r.GetString(0), Post: r.GetString(1), Age: r.GetDouble(2), Views: r.GetInt64(3),
                Shares: r.IsDBNull(4) ? (long?)null : r.GetInt64(4), Rounding: Of(rounding, r.GetInt32(5)), Calibrates: r.GetBoolean(6)));
        return [.. rows.GroupBy(r => (r.Platform, r.Post)).Select(g => new PostSeries(g.Key.Platform, g.Key.Post, g.First().Calibrates,
            [.. g.Select(r => CountObservation.Of(r.Age, r.Views, r.Rounding))],
            g.All(r => r.Shares is not null) ? [.. g.Select(r => CountObservation.Of(r.Age, r.Shares!.Value, r.Rounding))] : null))];
    }

    private static CountRounding Of(IReadOnlyDictionary<int, CountRounding> rounding, int source) =>
        rounding.TryGetValue(source, out var r) ? r : CountRounding.Exact;

    private void Forecast(IReadOnlyList<PlatformFit> fits, IReadOnlyDictionary<int, CountRounding> rounding, CancellationToken cancellationToken)
    {
        store.Execute($"CREATE OR REPLACE TEMP TABLE {Params} (platform VARCHAR, fit VARCHAR, elasticity DOUBLE[])");
        foreach (var f in fits)
        {
            store.Execute($"INSERT INTO {Params} VALUES (?, ?, ?)", f.Platform, f.Views.Fit, f.Views.Elasticity.ToList());
        }
        store.Execute($"""
            CREATE OR REPLACE TEMP TABLE {Table} (platform VARCHAR, post_id VARCHAR, model VARCHAR, fit VARCHAR, snapshots INTEGER,
                created_at TIMESTAMPTZ, last_at TIMESTAMPTZ, age DOUBLE, target_age DOUBLE, views BIGINT, shares BIGINT,
                predicted BIGINT, low BIGINT, high BIGINT, predicted_shares BIGINT, hours_to_90 DOUBLE, speed DOUBLE)
            """);
        var byPlatform = fits.ToDictionary(f => f.Platform);
        // One row per post: its last snapshot and the one before it.
        var rows = store.Query(
            $"""
            WITH s AS ({Series}),
            l AS (SELECT platform, post_id, max(age) AS last_age, count(*) AS n FROM s GROUP BY platform, post_id)
            SELECT s.platform, s.post_id, epoch_us(any_value(s.created_at)), epoch_us(arg_max(s.observed_at, s.age)), max(s.age),
                   arg_max(s.views, s.age), arg_max(s.shares, s.age), arg_max(s.source_id, s.age), any_value(l.n),
                   max(s.age) FILTER (WHERE s.age < l.last_age), arg_max(s.views, s.age) FILTER (WHERE s.age < l.last_age),
                   arg_max(s.shares, s.age) FILTER (WHERE s.age < l.last_age), arg_max(s.source_id, s.age) FILTER (WHERE s.age < l.last_age)
            FROM s JOIN l ON l.platform = s.platform AND l.post_id = s.post_id
            GROUP BY s.platform, s.post_id
            """,
            r => new LastTwo(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3), r.GetDouble(4), r.GetInt64(5),
                r.IsDBNull(6) ? null : r.GetInt64(6), Of(rounding, r.GetInt32(7)), (int)r.GetInt64(8),
                r.IsDBNull(9) ? null : r.GetDouble(9), r.IsDBNull(10) ? null : r.GetInt64(10), r.IsDBNull(11) ? null : r.GetInt64(11),
                r.IsDBNull(12) ? CountRounding.Exact : Of(rounding, r.GetInt32(12))));
        var finalHours = options.FinalAge.TotalHours;
        using var appender = store.Connection.CreateAppender("temp", "main", Table);
        for (var i = 0; i < rows.Count; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            var last = rows[i];
            var fit = byPlatform[last.Platform];
            var finalAge = Math.Max(last.Age, finalHours);
            var target = options.Horizon is { } h ? last.Age + h.TotalHours : finalAge;
            var lastViews = CountObservation.Of(last.Age, last.Views, last.Rounding);
            CountObservation? previousViews = last.PreviousAge is { } pa && pa < last.Age && last.PreviousViews is { } pv
                ? CountObservation.Of(pa, pv, last.PreviousRounding) : null;
            var views = fit.Views.Forecast(lastViews, previousViews, target);
            var final = options.Horizon is null ? views : fit.Views.Forecast(lastViews, previousViews, finalAge);
            var to90 = Math.Log(1 + (0.9 * final.Predicted)) - Math.Log(1 + last.Views);
            var a90 = Math.Min(finalAge, fit.Views.AgeAt(last.Age, to90, final.Speed));
            long? shares = null;
            if (last.Shares is { } s)
            {
                CountObservation? previousShares = previousViews is { } p && last.PreviousShares is { } ps ? CountObservation.Of(p.Age, ps, last.PreviousRounding) : null;
                shares = Round(fit.Shares.Forecast(CountObservation.Of(last.Age, s, last.Rounding), previousShares, target).Predicted);
            }
            appender.CreateRow()
                .AppendValue(last.Platform).AppendValue(last.Post).AppendValue("log-linear").AppendValue(fit.Views.Fit).AppendValue(last.N)
                .AppendValue(Time(last.Created)).AppendValue(Time(last.Observed)).AppendValue(last.Age).AppendValue(target)
                .AppendValue(last.Views).AppendValue(last.Shares)
                .AppendValue(Round(views.Predicted)).AppendValue(Round(views.Low)).AppendValue(Round(views.High))
                .AppendValue(shares).AppendValue(Math.Max(0, a90 - last.Age)).AppendValue(views.Speed)
                .EndRow();
        }
    }

    private sealed record LastTwo(string Platform, string Post, long Created, long Observed, double Age, long Views, long? Shares,
        CountRounding Rounding, int N, double? PreviousAge, long? PreviousViews, long? PreviousShares, CountRounding PreviousRounding);

    private static long Round(double v) => (long)Math.Round(Math.Min(v, 9e18));

    /// <summary>Reads forecasts from <c>virality_forecasts</c>, largest predicted views first.</summary>
    /// <param name="postId">Only this post; null for all.</param>
    /// <param name="limit">At most this many rows; null for all.</param>
    public static IEnumerable<PostForecast> Read(GraywatchStore store, string? postId = null, long? limit = null)
    {
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT f.platform, post_id, model, f.fit, snapshots, epoch_us(created_at), epoch_us(last_at), views, predicted, low, high,
                   shares, predicted_shares, hours_to_90, age, target_age, speed, m.elasticity
            FROM {Table} f JOIN {Params} m ON m.platform = f.platform {(postId is null ? "" : "WHERE post_id = $1")}
            ORDER BY predicted DESC, f.platform, post_id {(limit is null ? "" : $"LIMIT {limit.Value}")}
            """;
        if (postId is not null)
        {
            cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(postId));
        }
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return new PostForecast(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4),
                Time(r.GetInt64(5)), Time(r.GetInt64(6)), r.GetInt64(7), r.GetInt64(8), r.GetInt64(9), r.GetInt64(10),
                r.IsDBNull(11) ? null : r.GetInt64(11), r.IsDBNull(12) ? null : r.GetInt64(12), r.GetDouble(13),
                r.GetDouble(14), r.GetDouble(15), r.GetDouble(16),
                [.. ((System.Collections.IEnumerable)r.GetValue(17)).Cast<object?>().Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture))]);
        }
    }

    private static DateTimeOffset Time(long micros) => DateTimeOffset.UnixEpoch.AddTicks(micros * TimeSpan.TicksPerMicrosecond);
}
