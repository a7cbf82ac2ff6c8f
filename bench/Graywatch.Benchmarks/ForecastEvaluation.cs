using System.Globalization;
using Graywatch.Store;
using Graywatch.Virality;

namespace Graywatch.Benchmarks;

/// <summary>Quality of the forecasts: SEISMIC on real retweet cascades and the log-linear curve on a TikTok re-crawl.</summary>
/// <remarks>
/// Cascades: tuned parameters (n*, α per observation time) are learned on the auspol cascades with 10 to 29 events and
/// tested on the cascades with at least 30 events (SMH and auspol), so no test cascade is fitted on. Snapshots: the curve is
/// fitted on the posts whose id hashes even and tested on the others.
/// Usage: <c>forecast-eval DATA_DIR [VN_STORE]</c> where VN_STORE holds both tiktok-vn-feed CSVs.
/// </remarks>
internal static class ForecastEvaluation
{
    private static readonly double[] Hours = [1, 2, 6];

    public static int Run(string[] args)
    {
        var data = args.Length > 0 ? args[0] : "/work/shared/data";
        var auspol = CascadeCsv.Read(Path.Combine(data, "cascades-auspol", "auspol_cascades.csv"));
        var smh = Directory.GetFiles(Path.Combine(data, "cascades-smh"), "*.csv").Order(StringComparer.Ordinal).SelectMany(CascadeCsv.Read).ToList();
        var small = auspol.Where(c => c.Size is >= 10 and < 30).ToList();
        var smhTest = smh.Where(c => c.Size >= 30).ToList();
        var auspolTest = auspol.Where(c => c.Size >= 30).ToList();
        // Each test set is tuned on cascades it does not contain: SMH on auspol, auspol on SMH, both also on auspol's small cascades.
        var tests = new[] { ("SMH", smhTest, auspolTest, "auspol ≥30"), ("auspol", auspolTest, smhTest, "SMH"), ("SMH", smhTest, small, "auspol 10-29"), ("auspol", auspolTest, small, "auspol 10-29") };
        Console.WriteLine($"auspol cascades with 10-29 events: {small.Count}; SMH test {smhTest.Count}, auspol test {auspolTest.Count}");
        Console.WriteLine("| set | observed | cascades | SEISMIC, paper parameters (n*=100) | SEISMIC, tuned (n*, α) | tuned on | tuned n*, α | supercritical (paper) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var (name, set, train, trainName) in tests)
        {
            foreach (var h in Hours)
            {
                var tuned = Tune(train, h);
                var paper = Errors(set, h, new SeismicOptions());
                var mine = Errors(set, h, tuned);
                Console.WriteLine($"| {name} | {h} h | {paper.Count} | {Median(paper):0.000} | {Median(mine):0.000} | {trainName} | {tuned.NStar:0}, {tuned.Alpha:0.00} | {paper.Count(double.IsPositiveInfinity)} |");
            }
        }
        if (args.Length > 1)
        {
            Snapshots(args[1]);
        }
        return 0;
    }

    /// <summary>Absolute percentage errors of the final size for the cascades SEISMIC can forecast (at least 5 events seen).</summary>
    private static List<double> Errors(IReadOnlyList<Cascade> set, double hours, SeismicOptions options)
    {
        var errors = new List<double>();
        foreach (var c in set)
        {
            var f = Seismic.Predict(c.Events, hours * 3600, options);
            if (f.Model == "seismic")
            {
                errors.Add(Math.Abs(f.PredictedSize - c.Size) / c.Size);
            }
        }
        return errors;
    }

    private static SeismicOptions Tune(IReadOnlyList<Cascade> train, double hours)
    {
        var best = (Error: double.PositiveInfinity, Options: new SeismicOptions());
        foreach (var nStar in new double[] { 10, 20, 50, 100, 200, 500, 1000, 2000, 5000 })
        {
            for (var a = 1; a <= 60; a++)
            {
                var options = new SeismicOptions { NStar = nStar, Alpha = a / 20.0 };
                var errors = Errors(train, hours, options);
                var error = errors.Count == 0 ? double.PositiveInfinity : Median(errors);
                if (error < best.Error)
                {
                    best = (error, options);
                }
            }
        }
        return best.Options;
    }

    private static void Snapshots(string storePath)
    {
        using var store = GraywatchStore.Open(storePath);
        var rows = store.Query(
            """
            WITH s AS (
                SELECT s.post_id, (epoch_us(s.observed_at) - epoch_us(p.created_at)) / 3600e6 AS age, s.views,
                       row_number() OVER (PARTITION BY s.platform, s.post_id ORDER BY s.observed_at) AS k,
                       count(*) OVER (PARTITION BY s.platform, s.post_id) AS n
                FROM snapshots s JOIN posts p ON p.platform = s.platform AND p.id = s.post_id
                WHERE p.created_at IS NOT NULL AND s.views IS NOT NULL AND s.observed_at > p.created_at
            )
            SELECT a.post_id, a.age, a.views, b.age, b.views, hash(a.post_id) % 2 = 0
            FROM s a JOIN s b ON b.post_id = a.post_id AND a.k = 1 AND b.k = b.n AND b.n >= 2 AND b.age > a.age
            """,
            r => (Id: r.GetString(0), Pair: new GrowthPair(r.GetDouble(1), r.GetInt64(2), r.GetDouble(3), r.GetInt64(4)), Train: r.GetBoolean(5)));
        var curve = LogLinearFit.Fit([.. rows.Where(r => r.Train).Select(r => r.Pair)]) ?? GrowthCurve.Prior;
        var test = rows.Where(r => !r.Train && r.Pair.Count2 > 0).ToList();
        Console.WriteLine();
        Console.WriteLine($"tiktok-vn-feed: {rows.Count} posts seen twice; fitted on {rows.Count(r => r.Train)} (τ={curve.TauHours:0.#} h, β={curve.Beta}, spread {curve.Spread:0.##}); tested on {test.Count}");
        Console.WriteLine("| age at first crawl | posts | median gap (d) | no more growth | same growth rate | log-linear | inside 90% interval |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        var buckets = new (string Name, double From, double To)[] { ("< 1 day", 0, 24), ("1-7 days", 24, 168), ("7-30 days", 168, 720), ("> 30 days", 720, double.MaxValue), ("all", 0, double.MaxValue) };
        foreach (var (name, from, to) in buckets)
        {
            var bucket = test.Where(r => r.Pair.Age1 >= from && r.Pair.Age1 < to).Select(r => r.Pair).ToList();
            if (bucket.Count == 0)
            {
                continue;
            }
            double Ape(double predicted, GrowthPair p) => Math.Abs(predicted - p.Count2) / p.Count2;
            var none = bucket.Select(p => Ape(p.Count1, p)).ToList();
            var rate = bucket.Select(p => Ape(p.Count1 + (p.Count1 / p.Age1 * (p.Age2 - p.Age1)), p)).ToList();
            var model = bucket.Select(p => Ape(Predict(curve, p), p)).ToList();
            var inside = bucket.Count(p => Inside(curve, p));
            var gap = LogLinearFit.Quantile([.. bucket.Select(p => (p.Age2 - p.Age1) / 24)], 0.5);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {bucket.Count} | {gap:0.0} | {Median(none):0.000} | {Median(rate):0.000} | {Median(model):0.000} | {100.0 * inside / bucket.Count:0}% |"));
        }
    }

    private static double Predict(GrowthCurve curve, GrowthPair p) =>
        Math.Max(p.Count1, curve.At(curve.Final(p.Count1, p.Age1), p.Age2));

    private static bool Inside(GrowthCurve curve, GrowthPair p)
    {
        var g = curve.RemainingLogGrowth(p.Age1) - curve.RemainingLogGrowth(p.Age2);
        var predicted = Math.Log((1 + Predict(curve, p)));
        var actual = Math.Log(1 + p.Count2);
        return Math.Abs(actual - predicted) <= curve.Spread * Math.Max(g, 0.02);
    }

    private static double Median(IReadOnlyList<double> values) => LogLinearFit.Quantile(values, 0.5);
}
