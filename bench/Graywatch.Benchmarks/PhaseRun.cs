using System.Diagnostics;
using Graywatch.Ingest;
using Graywatch.Readers;
using Graywatch.Store;

namespace Graywatch.Benchmarks;

/// <summary>Times the phases of an ingest separately: reading and mapping only, then the whole ingest in process.</summary>
/// <remarks>Usage: <c>phases FILE [CHUNK_RECORDS]</c>. For finding where ingest time goes; prints seconds per phase.</remarks>
internal static class PhaseRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var file = args[0];
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

        var db = Path.Combine(Path.GetTempPath(), "phases.duckdb");
        File.Delete(db);
        File.Delete(db);
        using (var store = GraywatchStore.Open(db))
        {
            sw.Restart();
            var chunk = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
            var s = await new Ingestor(store, new IngestOptions(), TimeProvider.System) { ChunkRecords = chunk }.IngestAsync([file], null, CancellationToken.None);
            Console.WriteLine($"whole ingest: {sw.Elapsed.TotalSeconds:N2} s ({s.PostsNew:N0} posts)");
        }
        File.Delete(db);
        return 0;
    }
}
