using System.Globalization;
using Graywatch.Store;

namespace Graywatch.Virality;

/// <summary>Fits growth curves on the store's own snapshots and writes every post's forecast into the temporary table <c>virality_forecasts</c>.</summary>
/// <remarks>
/// A post is forecast when it has a creation time and at least one snapshot with views taken after it. Curves are fitted per
/// platform and content kind on a sample of consecutive snapshot pairs (<see cref="LogLinearFit"/>); the forecast itself runs
/// inside DuckDB: a post's log final reach is the mean of <c>ln(1 + N_i) + G(a_i)</c> over its snapshots weighted by
/// <c>1/(G(a_i) + 0.01)²</c>, so the latest, most saturated snapshot counts most. Posts with at least
/// <see cref="ForecastOptions.SeismicMinEvents"/> timed comments are then forecast by <see cref="Seismic"/> on their comments,
/// whose predicted growth multiplies the views. The table lives as long as the connection. Use from one thread.
/// </remarks>
public sealed class PostForecaster(GraywatchStore store, ForecastOptions options)
{
    /// <summary>The table the forecasts are written to (temporary, per connection).</summary>
    public const string Table = "virality_forecasts";

    private const string Series = """
        SELECT s.platform, s.post_id, coalesce(p.parent_kind, 'original') AS kind, p.created_at, s.observed_at,
               (epoch_us(s.observed_at) - epoch_us(p.created_at)) / 3600e6 AS age, s.views, s.shares
        FROM snapshots s JOIN posts p ON p.platform = s.platform AND p.id = s.post_id
        WHERE p.created_at IS NOT NULL AND s.views IS NOT NULL AND s.observed_at > p.created_at
        """;

    /// <summary>Fits, forecasts, and returns the curves used; <c>virality_forecasts</c> then holds one row per forecast post.</summary>
    public IReadOnlyList<GroupFit> Run(CancellationToken cancellationToken)
    {
        var fits = FitCurves(null);
        cancellationToken.ThrowIfCancellationRequested();
        WriteParameters(fits);
        store.Execute(ForecastSql(options.Horizon));
        cancellationToken.ThrowIfCancellationRequested();
        new CommentCascades(store, options).Apply(cancellationToken);
        return fits;
    }

    /// <summary>The curve of every platform and content kind in the store, fitted on the posts that satisfy <paramref name="postFilter"/> (SQL over <c>post_id</c>; null = all).</summary>
    public IReadOnlyList<GroupFit> FitCurves(string? postFilter)
    {
        // Read only a hash-chosen share of the posts, enough for about four samples' worth of pairs, before the window sorts them.
        var snapshots = Convert.ToDouble(store.Scalar("SELECT count(*) FROM snapshots") ?? 0L, CultureInfo.InvariantCulture);
        var perMille = (int)Math.Clamp(Math.Ceiling(options.FitSample * 8.0 * 1000 / Math.Max(1, snapshots)), 1, 1000);
        var pairs = store.Query(
            $"""
            WITH s AS (SELECT * FROM ({Series}) WHERE hash(post_id) % 1000 < {perMille}),
            o AS (
                SELECT platform, kind, post_id, age, views, shares,
                       lag(age) OVER w AS a1, lag(views) OVER w AS v1, lag(shares) OVER w AS s1
                FROM s WINDOW w AS (PARTITION BY platform, post_id ORDER BY age)
            )
            SELECT platform, kind, a1, v1, age, views, s1, shares FROM o
            WHERE a1 IS NOT NULL AND age > a1 {(postFilter is null ? "" : $"AND ({postFilter})")}
            QUALIFY row_number() OVER (PARTITION BY platform, kind ORDER BY hash(post_id, age)) <= ?
            """,
            r => (Platform: r.GetString(0), Kind: r.GetString(1),
                Views: new GrowthPair(r.GetDouble(2), r.GetInt64(3), r.GetDouble(4), r.GetInt64(5)),
                Shares: r.IsDBNull(6) || r.IsDBNull(7) ? (GrowthPair?)null : new GrowthPair(r.GetDouble(2), r.GetInt64(6), r.GetDouble(4), r.GetInt64(7))),
            options.FitSample);
        var groups = store.Query(
            $"SELECT DISTINCT platform, kind FROM ({Series}) ORDER BY platform, kind",
            r => (Platform: r.GetString(0), Kind: r.GetString(1)));
        var all = new Lazy<Fitted>(() => Fit(pairs, "all", null));
        var fits = new List<GroupFit>();
        foreach (var platformGroups in groups.GroupBy(g => g.Platform))
        {
            var platformPairs = pairs.Where(p => p.Platform == platformGroups.Key).ToList();
            var platform = new Lazy<Fitted>(() => Fit(platformPairs, platformGroups.Key, all.Value));
            foreach (var (p, kind) in platformGroups)
            {
                var groupPairs = platformPairs.Where(x => x.Kind == kind).ToList();
                var own = groupPairs.Count >= options.MinPairs ? Fit(groupPairs, $"{p}/{kind}", null) : platform.Value;
                fits.Add(new GroupFit(p, kind, own.Label, own.Views, own.Shares, own.Pairs));
            }
        }
        return fits;
    }

    private Fitted Fit(List<(string Platform, string Kind, GrowthPair Views, GrowthPair? Shares)> pairs, string label, Fitted? fallback)
    {
        if (pairs.Count < options.MinPairs)
        {
            return fallback ?? new Fitted("prior", GrowthCurve.Prior, GrowthCurve.Prior, 0);
        }
        var views = LogLinearFit.Fit([.. pairs.Select(p => p.Views)]) ?? GrowthCurve.Prior;
        var sharePairs = pairs.Where(p => p.Shares is not null).Select(p => p.Shares!.Value).ToList();
        var shares = sharePairs.Count >= options.MinPairs ? LogLinearFit.Fit(sharePairs) ?? views : views;
        return new Fitted(label, views, shares, pairs.Count);
    }

    private sealed record Fitted(string Label, GrowthCurve Views, GrowthCurve Shares, int Pairs);

    private void WriteParameters(IReadOnlyList<GroupFit> fits)
    {
        store.Execute("""
            CREATE OR REPLACE TEMP TABLE virality_params (platform VARCHAR, kind VARCHAR, fit VARCHAR,
                tau DOUBLE, beta DOUBLE, q DOUBLE, stau DOUBLE, sbeta DOUBLE, sq DOUBLE)
            """);
        foreach (var f in fits)
        {
            store.Execute("INSERT INTO virality_params VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                f.Platform, f.Kind, f.Fit, f.Views.TauHours, f.Views.Beta, f.Views.Spread, f.Shares.TauHours, f.Shares.Beta, f.Shares.Spread);
        }
    }

    /// <summary>G(a) in SQL for an age column and curve columns.</summary>
    private static string Remaining(string age, string tau, string beta) =>
        $"(CASE WHEN pow({age} / {tau}, {beta}) < 1e-9 THEN -ln(pow({age} / {tau}, {beta})) ELSE -ln(1 - exp(-pow({age} / {tau}, {beta}))) END)";

    private static string ForecastSql(TimeSpan? horizon)
    {
        var h = horizon is { } span ? span.TotalHours.ToString("R", CultureInfo.InvariantCulture) : null;
        // Views expected at the horizon: the observed views plus the share of the remaining growth due by then.
        string AtHorizon(string observed, string final, string tau, string beta) => h is null
            ? final
            : $"least({final}, {observed} + ({final} - {observed}) * (exp(-{Remaining("age", tau, beta)}) - exp(-{Remaining($"age + {h}", tau, beta)})) / greatest(1e-12, 1 - exp(-{Remaining("age", tau, beta)})))";
        return $"""
            CREATE OR REPLACE TEMP TABLE {Table} AS
            WITH s AS ({Series}),
            g AS (
                SELECT s.*, m.fit, m.tau, m.beta, m.q, m.stau, m.sbeta, m.sq,
                       {Remaining("s.age", "m.tau", "m.beta")} AS gv, {Remaining("s.age", "m.stau", "m.sbeta")} AS gs
                FROM s JOIN virality_params m ON m.platform = s.platform AND m.kind = s.kind
            ),
            p AS (
                SELECT platform, post_id, any_value(kind) AS kind, any_value(fit) AS fit, count(*)::INTEGER AS snapshots,
                       any_value(created_at) AS created_at, max(observed_at) AS last_at, max(age) AS age,
                       arg_max(views, age) AS views, arg_max(shares, age) AS shares,
                       sum((ln(1 + views) + gv) / pow(gv + 0.01, 2)) / sum(1 / pow(gv + 0.01, 2)) AS lnv,
                       sum((ln(1 + shares) + gs) / pow(gs + 0.01, 2)) FILTER (WHERE shares IS NOT NULL)
                           / sum(1 / pow(gs + 0.01, 2)) FILTER (WHERE shares IS NOT NULL) AS lns,
                       min(gv) AS gmin, any_value(tau) AS tau, any_value(beta) AS beta, any_value(q) AS q,
                       any_value(stau) AS stau, any_value(sbeta) AS sbeta
                FROM g GROUP BY platform, post_id
            ),
            f AS (
                SELECT *, least(9e18, greatest(views, exp(lnv) - 1)) AS final, least(9e18, greatest(shares, exp(lns) - 1)) AS sfinal FROM p
            )
            SELECT platform, post_id, kind, 'log-linear' AS model, fit, snapshots, created_at, last_at, age, views, shares,
                   CAST(round({AtHorizon("views", "final", "tau", "beta")}) AS BIGINT) AS predicted,
                   CAST(round(least({AtHorizon("views", "final", "tau", "beta")}, greatest(views, exp(lnv - q * gmin) - 1))) AS BIGINT) AS low,
                   CAST(round(least(9e18, greatest(final, exp(lnv + q * gmin) - 1))) AS BIGINT) AS high,
                   CAST(round({AtHorizon("shares", "sfinal", "stau", "sbeta")}) AS BIGINT) AS predicted_shares,
                   greatest(0, tau * pow(ln(10), 1 / beta) - age) AS hours_to_90, tau, beta, q
            FROM f
            """;
    }

    /// <summary>Reads forecasts from <c>virality_forecasts</c>, largest predicted views first.</summary>
    /// <param name="postId">Only this post; null for all.</param>
    /// <param name="limit">At most this many rows; null for all.</param>
    public static IEnumerable<PostForecast> Read(GraywatchStore store, string? postId = null, long? limit = null)
    {
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT platform, post_id, model, fit, snapshots, epoch_us(created_at), epoch_us(last_at), views, predicted, low, high,
                   shares, predicted_shares, hours_to_90, tau, beta, q
            FROM {Table} {(postId is null ? "" : "WHERE post_id = $1")}
            ORDER BY predicted DESC, platform, post_id {(limit is null ? "" : $"LIMIT {limit.Value}")}
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
                new GrowthCurve(r.GetDouble(14), r.GetDouble(15), r.GetDouble(16)));
        }
    }

    private static DateTimeOffset Time(long micros) => DateTimeOffset.UnixEpoch.AddTicks(micros * TimeSpan.TicksPerMicrosecond);
}
