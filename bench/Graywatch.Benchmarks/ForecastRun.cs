using System.Diagnostics;
using System.Globalization;
using Graywatch.Store;
using Graywatch.Virality;

namespace Graywatch.Benchmarks;

/// <summary>Forecast throughput: N posts with three snapshots each, generated inside a store, then fitted and forecast.</summary>
/// <remarks>Usage: <c>forecast [POSTS]</c> (default 1,000,000). Prints build, fit and forecast times and peak memory.</remarks>
internal static class ForecastRun
{
    public static int Run(string[] args)
    {
        var posts = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var path = Path.Combine(Path.GetTempPath(), $"graywatch-forecast-bench-{Guid.NewGuid():N}.duckdb");
        try
        {
            using var store = GraywatchStore.Open(path);
            var sw = Stopwatch.StartNew();
            store.Execute("INSERT INTO sources VALUES (1, 'bench', 'bench', 'bench', 1, 0, NULL, 'content', now(), NULL, 'simulated')");
            store.Execute(
                """
                INSERT INTO posts (platform, id, author_id, created_at, parent_kind, source_id, source_item)
                SELECT 'tiktok', CAST(7000000000000000000 + i AS VARCHAR), 'a' || (i % 50000),
                       TIMESTAMPTZ '2026-01-01 00:00:00+00' + to_seconds(CAST(hash(i) % 604800 AS BIGINT)),
                       CASE WHEN i % 10 = 0 THEN 'duet' ELSE NULL END, 1, i
                FROM range(?) t(i)
                """,
                posts);
            // Three snapshots per post on a saturating curve with noise: final views log-normal, τ between 4 and 40 hours.
            store.Execute(
                """
                INSERT INTO snapshots
                SELECT p.platform, p.id, TIMESTAMPTZ '2026-01-08 00:00:00+00' + to_hours(r * 24), CAST(v AS BIGINT), NULL, NULL, CAST(v / 300 AS BIGINT), NULL, 1, 3 * p.source_item + r
                FROM (
                    SELECT p.*, r,
                           exp(5 + 3 * ((hash(p.id) % 1000) / 1000.0)) * (1 - exp(-((epoch(TIMESTAMPTZ '2026-01-08 00:00:00+00' + to_hours(r * 24)) - epoch(p.created_at)) / 3600) / (4 + (hash(p.id || 't') % 36)))) AS v
                    FROM posts p, range(3) t(r)
                ) p
                """);
            Console.WriteLine($"store: {posts:N0} posts, {posts * 3:N0} snapshots built in {sw.Elapsed.TotalSeconds:0.00} s");
            store.Execute("CHECKPOINT");
            var before = Process.GetCurrentProcess().PeakWorkingSet64;
            sw.Restart();
            var forecaster = new PostForecaster(store, new ForecastOptions());
            var fits = forecaster.Run(CancellationToken.None);
            var elapsed = sw.Elapsed;
            var count = Convert.ToInt64(store.Scalar($"SELECT count(*) FROM {PostForecaster.Table}"), CultureInfo.InvariantCulture);
            Console.WriteLine($"forecast: {count:N0} posts in {elapsed.TotalSeconds:0.00} s ({count / elapsed.TotalSeconds:N0} posts/s); groups {fits.Count}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB (before forecasting {before / 1048576.0:N0} MB)");
            foreach (var f in fits)
            {
                Console.WriteLine($"  {f.Platform} ({f.Views.Fit}): elasticities {string.Join(' ', f.Views.Elasticity.Select(k => k.ToString("0.###", CultureInfo.InvariantCulture)))}, α {string.Join(' ', f.Views.Alpha.Select(a => a.ToString("0.##", CultureInfo.InvariantCulture)))}, γ {string.Join(' ', f.Views.Gamma.Select(g => g.ToString("0.##", CultureInfo.InvariantCulture)))} on {f.Views.Pairs:N0} pairs, {f.Views.Triples:N0} triples");
            }
            sw.Restart();
            var read = PostForecaster.Read(store).LongCount();
            Console.WriteLine($"read back: {read:N0} forecasts in {sw.Elapsed.TotalSeconds:0.00} s");
            return 0;
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".wal");
        }
    }
}
