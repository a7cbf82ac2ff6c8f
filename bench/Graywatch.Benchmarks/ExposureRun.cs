using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Graywatch.Exposure;
using Graywatch.Sites;

namespace Graywatch.Benchmarks;

/// <summary>Times the exposure analysis: locating N posts against a site file, and pattern of life for M accounts.</summary>
/// <remarks>
/// Usage: <c>exposure --sites FILE [--site-columns MAP] [--posts N] [--accounts M] [--seed S] [--threads T]</c> (defaults: 10,000,000
/// posts, 100,000 accounts). Half the posts fall within 3 km of a random site, half anywhere in the sites' bounding box.
/// Prints (1) locating the posts held in memory, on one thread and on T threads; (2) streaming the same positions out of
/// a DuckDB table and locating them; (3) pattern of life for M accounts of 20 located posts (a third of them with a work
/// place at a site); and the process's peak working set.
/// </remarks>
internal static class ExposureRun
{
    public static int Run(string[] args)
    {
        string? sitesPath = null;
        string? columns = null;
        var posts = 10_000_000;
        var accounts = 100_000;
        var seed = 1;
        var threads = Environment.ProcessorCount;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var v = args[i + 1];
            switch (args[i])
            {
                case "--sites": sitesPath = v; break;
                case "--site-columns": columns = v; break;
                case "--posts": posts = int.Parse(v, CultureInfo.InvariantCulture); break;
                case "--accounts": accounts = int.Parse(v, CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(v, CultureInfo.InvariantCulture); break;
                case "--threads": threads = int.Parse(v, CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }
        if (sitesPath is null)
        {
            Console.Error.WriteLine("--sites FILE is required");
            return 2;
        }
        var sw = Stopwatch.StartNew();
        var registry = SiteFileReader.Load(sitesPath, SiteFileOptions.Default with { Columns = SiteColumns.Parse(columns) });
        var index = registry.Index(2000);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sites: {registry.Count:N0} loaded and indexed in {sw.Elapsed.TotalSeconds:N3} s ({registry.Problems.Count:N0} skipped)"));

        var random = new Random(seed);
        var lats = new double[posts];
        var lons = new double[posts];
        var minLat = registry.Sites.Min(s => s.Latitude);
        var maxLat = registry.Sites.Max(s => s.Latitude);
        var minLon = registry.Sites.Min(s => s.Longitude);
        var maxLon = registry.Sites.Max(s => s.Longitude);
        for (var i = 0; i < posts; i++)
        {
            if ((i & 1) == 0)
            {
                var s = registry.Sites[random.Next(registry.Count)];
                lats[i] = s.Latitude + ((random.NextDouble() - 0.5) * 0.054);
                lons[i] = s.Longitude + ((random.NextDouble() - 0.5) * 0.054 / Math.Cos(s.Latitude * Math.PI / 180));
            }
            else
            {
                lats[i] = minLat + (random.NextDouble() * (maxLat - minLat));
                lons[i] = minLon + (random.NextDouble() * (maxLon - minLon));
            }
        }

        sw.Restart();
        long hits = 0;
        for (var i = 0; i < posts; i++)
        {
            hits += index.Locate(lats[i], lons[i]).Count > 0 ? 1 : 0;
        }
        var single = sw.Elapsed;
        sw.Restart();
        long parallelHits = 0;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            long local = 0;
            for (var i = t; i < posts; i += threads)
            {
                local += index.Locate(lats[i], lons[i]).Count > 0 ? 1 : 0;
            }
            Interlocked.Add(ref parallelHits, local);
        });
        var parallel = sw.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"locate in memory: {posts:N0} posts, {hits:N0} in or near a site: {single.TotalSeconds:N2} s on 1 thread, {parallel.TotalSeconds:N2} s on {threads} threads ({parallelHits:N0})"));

        using (var db = new DuckDBConnection("DataSource=:memory:"))
        {
            db.Open();
            sw.Restart();
            using (var cmd = db.CreateCommand())
            {
                cmd.CommandText = "CREATE TABLE posts (lat DOUBLE, lon DOUBLE)";
                cmd.ExecuteNonQuery();
            }
            using (var appender = db.CreateAppender("posts"))
            {
                for (var i = 0; i < posts; i++)
                {
                    appender.CreateRow().AppendValue(lats[i]).AppendValue(lons[i]).EndRow();
                }
            }
            var load = sw.Elapsed;
            sw.Restart();
            long storeHits = 0;
            using (var cmd = db.CreateCommand())
            {
                cmd.CommandText = "SELECT lat, lon FROM posts";
                using var reader = cmd.ExecuteReader();
                while (reader.Read())
                {
                    storeHits += index.Locate(reader.GetDouble(0), reader.GetDouble(1)).Count > 0 ? 1 : 0;
                }
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"locate from DuckDB: {posts:N0} rows streamed and located in {sw.Elapsed.TotalSeconds:N2} s ({storeHits:N0} in or near a site; table loaded in {load.TotalSeconds:N1} s)"));
        }
        lats = [];
        lons = [];
        GC.Collect();

        var people = new List<(string Id, List<LocatedPost> Posts)>(accounts);
        var start = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        for (var a = 0; a < accounts; a++)
        {
            var work = registry.Sites[random.Next(registry.Count)];
            var atSite = a % 3 == 0;
            var (wLat, wLon) = atSite ? (work.Latitude, work.Longitude) : (work.Latitude + 0.3, work.Longitude + 0.3);
            var (hLat, hLon) = (wLat + 0.05, wLon + 0.05);
            var list = new List<LocatedPost>(20);
            for (var k = 0; k < 20; k++)
            {
                var day = start.AddDays(random.Next(28));
                var weekday = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
                var atWork = k % 2 == 0 && weekday;
                var hourUtc = atWork ? 5 + random.Next(9) : 18 + random.Next(6);
                var (lat, lon) = atWork ? (wLat, wLon) : (hLat, hLon);
                list.Add(new LocatedPost($"{a}-{k}", day.AddHours(hourUtc), lat + ((random.NextDouble() - 0.5) * 0.002), lon + ((random.NextDouble() - 0.5) * 0.002)));
            }
            people.Add(($"acct{a}", list));
        }
        var life = new PatternOfLife(index, ExposureOptions.Default with { UtcOffset = TimeSpan.FromHours(3) });
        sw.Restart();
        long stationedSingle = people.Count(p => life.Stationed(p.Id, p.Posts) is not null);
        var lifeSingle = sw.Elapsed;
        sw.Restart();
        long stationed = 0;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            long local = 0;
            for (var i = t; i < people.Count; i += threads)
            {
                local += life.Stationed(people[i].Id, people[i].Posts) is not null ? 1 : 0;
            }
            Interlocked.Add(ref stationed, local);
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pattern of life: {accounts:N0} accounts × 20 located posts, {stationedSingle:N0} stationed (planted {(accounts + 2) / 3:N0}): {lifeSingle.TotalSeconds:N2} s on 1 thread, {sw.Elapsed.TotalSeconds:N2} s on {threads} threads"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Environment.WorkingSet / 1e6:N0} MB now, {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB peak"));
        return 0;
    }
}
