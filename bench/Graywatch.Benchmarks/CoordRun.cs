using System.Diagnostics;
using System.Globalization;
using Graywatch.Coordination;
using Graywatch.Ingest;
using Graywatch.Store;

namespace Graywatch.Benchmarks;

/// <summary>
/// The coordination benchmark: CooRTweet's Russian set through the store, then synthetic stores of N shares (repost
/// mode, 60 s window) and N captions (near-caption mode), timing the coordination stage (read from the store + both
/// stages) and its peak resident memory.
/// </summary>
/// <remarks>
/// Usage: <c>coord [--shares 1000000] [--captions 1000000] [--russian PATH] [--work DIR]</c>. Synthetic data is made by
/// DuckDB from a fixed seed (hash of the row number), so every run measures the same input. Peak memory is Linux VmHWM,
/// reset through <c>/proc/self/clear_refs</c> just before the stage, so it covers the stage only (DuckDB's buffers included).
/// </remarks>
internal static class CoordRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var shares = 1_000_000;
        var captions = 1_000_000;
        string? russian = null;
        var work = Path.Combine(Path.GetTempPath(), "graywatch-bench-coord");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--shares": shares = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--captions": captions = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--russian": russian = args[++i]; break;
                case "--work": work = args[++i]; break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
            }
        }
        Directory.CreateDirectory(work);
        var options = new CoordinationOptions { WindowSeconds = 60, MinParticipation = 2, EdgeWeightPercentile = 0.5 };

        if (russian is not null)
        {
            using var store = GraywatchStore.Open(":memory:");
            await new Ingestor(store, new IngestOptions(), TimeProvider.System).IngestAsync([russian], null, CancellationToken.None);
            Stage(store, ObjectKind.Repost, options, "warm-up");
            var (seconds, _, r) = Stage(store, ObjectKind.Repost, options, null);
            Console.WriteLine($"CooRTweet Russian set ({r.Shares.Count:N0} shares): {seconds:N3} s read + both stages " +
                $"(CooRTweet 2.1.3: about 14 s); {r.Pairs.Count:N0} pairs, {r.Network.Edges.Count:N0} edges");
        }

        if (shares > 0)
        {
            var db = Path.Combine(work, "shares.duckdb");
            Generate(db, shares, withCaptions: false);
            using var store = GraywatchStore.Open(db);
            var (seconds, peak, r) = Stage(store, ObjectKind.Repost, options, null);
            Console.WriteLine($"{shares:N0} shares, repost, 60 s window: {seconds:N2} s, peak {peak / 1048576.0:N0} MB; " +
                $"{r.Pairs.Count:N0} pairs, {r.Network.Vertices.Count:N0} accounts, {r.Network.Edges.Count:N0} edges");
        }

        if (captions > 0)
        {
            var db = Path.Combine(work, "captions.duckdb");
            Generate(db, captions, withCaptions: true);
            using var store = GraywatchStore.Open(db);
            var (seconds, peak, r) = Stage(store, ObjectKind.NearCaption, options, null);
            Console.WriteLine($"{captions:N0} captions, near-caption (Jaccard 0.8): {seconds:N2} s, peak {peak / 1048576.0:N0} MB; " +
                $"{r.Shares.Names.Count:N0} ids, {r.Pairs.Count:N0} pairs, {r.Network.Edges.Count:N0} edges");
        }
        return 0;
    }

    private static (double Seconds, long Peak, CoordinationResult Result) Stage(GraywatchStore store, ObjectKind kind, CoordinationOptions options, string? label)
    {
        GC.Collect();
        ResetPeak();
        var sw = Stopwatch.StartNew();
        var shares = ShareLoader.Load(store, kind, options);
        var read = sw.Elapsed.TotalSeconds;
        var result = CoordinationResult.Run(kind, shares, options);
        sw.Stop();
        var peak = Peak();
        Console.WriteLine($"  {label ?? ObjectKinds.Name(kind)}: read from the store {read:N3} s, both stages {sw.Elapsed.TotalSeconds - read:N3} s");
        return (sw.Elapsed.TotalSeconds, peak, result);
    }

    /// <summary>
    /// Posts by 50,000 accounts; each share reposts one of N/10 objects, and an object's shares fall within an hour of
    /// its start (objects start 25 s apart), so about 1.5 pairs per object lie within 60 s. Captions: 12 words from a
    /// 5,000-word vocabulary, and every 20th post one of 1,000 campaign texts with its last word varied.
    /// </summary>
    private static void Generate(string db, int n, bool withCaptions)
    {
        foreach (var f in new[] { db, db + ".wal" })
        {
            File.Delete(f);
        }
        using var store = GraywatchStore.Open(db);
        var objects = Math.Max(1, n / 10);
        var text = withCaptions
            ? """
              CASE WHEN i % 20 = 0
                   THEN 'campaign ' || (i // 20 % 1000) || ' says the bridge of harmony is the only way forward for all of us ' || 'w' || (hash(i * 5) % 50)
                   ELSE array_to_string(list_transform(range(12), k -> 'w' || (hash(i * 31 + k) % 5000)), ' ')
              END
              """
            : "NULL";
        store.Execute("INSERT INTO sources (source_id, path, sha256, format, mapper_version, bytes, observed_at, observed_at_origin, ingested_at) VALUES (1, 'bench', 'bench', 'bench', 1, 0, NULL, 'none', now())");
        store.Execute($"""
            INSERT INTO posts (platform, id, author_id, created_at, text, parent_id, parent_kind, source_id, source_item)
            SELECT 'twitter', 'c' || i, 'a' || (hash(i * 3) % 50000),
                   to_timestamp(1600000000 + (hash(i * 13) % {objects}) * 25 + hash(i * 7) % 3600),
                   {text}, 'o' || (hash(i * 13) % {objects}), 'shared-object', 1, i
            FROM range({n}) t(i)
            """);
    }

    private static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static long Peak()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }
        return 0;
    }
}
