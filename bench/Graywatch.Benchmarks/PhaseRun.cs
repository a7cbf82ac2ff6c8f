using System.Diagnostics;
using Graywatch.Ingest;
using Graywatch.Readers;
using Graywatch.Store;

namespace Graywatch.Benchmarks;

/// <summary>Times the phases of an ingest separately: reading and mapping only, then the whole ingest in process, by the general reader and by DuckDB's road.</summary>
/// <remarks>Usage: <c>phases FILE [CHUNK_RECORDS]</c>, or <c>phases FILE scan</c> for the file's scan alone, five times (to profile
/// it). For finding where ingest time goes; prints seconds (wall and CPU) per phase.</remarks>
internal static class PhaseRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var file = args[0];
        if (args.Length > 1 && args[1] == "scan")
        {
            // Only the scan, five times: for profiling it.
            for (var round = 0; round < 5; round++)
            {
                Timed("scan", () =>
                {
                    Scan(file, Archive, $"phases-scan-{round}.parquet");
                    return null;
                });
            }
            return 0;
        }
        var sample = new FileSample(Path.GetFileName(file), File.ReadAllText(file)[..Math.Min(65536, (int)new FileInfo(file).Length)]);
        var reader = ReaderCatalog.Detect(sample) ?? throw new InvalidOperationException("format not detected");
        var ctx = new ReaderContext(file, DateTimeOffset.UtcNow);

        var sw = Stopwatch.StartNew();
        long n = 0;
        using (var fs = File.OpenRead(file))
        {
            foreach (var r in reader.Read(fs, ctx, CancellationToken.None))
            {
                n++;
            }
        }
        Console.WriteLine($"read+map: {sw.Elapsed.TotalSeconds:N2} s ({n:N0} records, {n / sw.Elapsed.TotalSeconds:N0}/s)");

        Timed("hash", () =>
        {
            ArchiveCapture.Run(file, null, null, CancellationToken.None);
            return null;
        });
        Timed("hash and archive copy", () =>
        {
            ArchiveCapture.Run(file, Archive, null, CancellationToken.None).Discard();
            return null;
        });
        Timed("hash, archive copy and line index with list grades", () => Scan(file, Archive, "phases-lines.parquet"));
        Directory.Delete(Archive, recursive: true);
        Timed("hash and line index with list grades (no copy)", () =>
        {
            Scan(file, null, "phases-lines-nocopy.parquet");
            return null;
        });
        // The line index alone, over blocks already in memory (its share of the scan's CPU).
        var blocks = new List<byte[]>();
        using (var fs = File.OpenRead(file))
        {
            var buffer = new byte[1 << 20];
            int got;
            while ((got = fs.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)) > 0)
            {
                blocks.Add(buffer[..got]);
            }
        }
        for (var round = 0; round < 3; round++)
        {
            using var alone = new LineIndex(Path.Combine(Path.GetTempPath(), $"phases-lines-{round}.parquet"), LineSource.MaxLineBytes);
            sw.Restart();
            foreach (var b in blocks)
            {
                alone.Add(b);
            }
            alone.Complete();
            Console.WriteLine($"line index with list grades, alone: {sw.Elapsed.TotalSeconds:N2} s");
        }
        blocks.Clear();

        var chunk = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        foreach (var native in new[] { false, true })
        {
            var db = Path.Combine(Path.GetTempPath(), "phases.duckdb");
            DeleteStore(db);
            using (var store = GraywatchStore.Open(db))
            {
                sw.Restart();
                var options = new IngestOptions { NativeJsonLines = native };
                var s = await new Ingestor(store, options, TimeProvider.System) { ChunkRecords = chunk }.IngestAsync([file], null, CancellationToken.None);
                var road = s.Files.Single().ReadByDuckDb ? "DuckDB's JSON reader" : "general reader";
                Console.WriteLine($"whole ingest ({road}): {sw.Elapsed.TotalSeconds:N2} s ({s.PostsNew:N0} posts)");
            }
            DeleteStore(db);
        }
        return 0;
    }

    private static readonly string Archive = Path.Combine(Path.GetTempPath(), "phases-archive");

    /// <summary>Runs a step and prints its wall and CPU time after <paramref name="label"/>, with the note it returns in brackets.</summary>
    private static void Timed(string label, Func<string?> step)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var note = step();
        Console.WriteLine($"{label}: {watch.Elapsed.TotalSeconds:N2} s, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:N2} s CPU{(note is null ? "" : $" ({note})")}");
    }

    /// <summary>One scan as ingest makes it: hash, archive copy (unless <paramref name="archive"/> is null) and line index; returns "suitable" or why DuckDB's road is ruled out.</summary>
    private static string Scan(string file, string? archive, string staged)
    {
        using var lines = new LineIndex(Path.Combine(Path.GetTempPath(), staged), LineSource.MaxLineBytes);
        ArchiveCapture.Run(file, archive, lines.Add, CancellationToken.None).Discard();
        lines.Complete();
        return lines.Unsuitable ?? "suitable";
    }

    /// <summary>Deletes a store file with its write-ahead log and archive, if any.</summary>
    internal static void DeleteStore(string db)
    {
        File.Delete(db);
        File.Delete(db + ".wal");
        if (Directory.Exists(db + ".sources"))
        {
            Directory.Delete(db + ".sources", recursive: true);
        }
    }
}
