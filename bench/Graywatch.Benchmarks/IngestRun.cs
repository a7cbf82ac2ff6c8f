using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace Graywatch.Benchmarks;

/// <summary>
/// The ingest benchmark: simulate N posts as Research API JSONL, ingest them with the graywatch executable
/// (wall time, peak memory), then load the same file with DuckDB's own <c>read_json</c>, and print the ratio.
/// </summary>
/// <remarks>
/// Usage: <c>ingest --graywatch PATH [--posts 1000000] [--runs 5] [--work DIR] [--keep]</c>. Each run ingests into a
/// new store and then loads the file with <c>read_json</c> into a new DuckDB file made with DuckDB's defaults (and,
/// for reference, into one made in the newest storage format, which new stores use); medians are printed at the end.
/// </remarks>
internal static class IngestRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var posts = 1_000_000;
        var runs = 5;
        string? exe = null;
        var work = Path.Combine(Path.GetTempPath(), "graywatch-bench");
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--posts": posts = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--graywatch": exe = args[++i]; break;
                case "--work": work = args[++i]; break;
                case "--keep": keep = true; break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
            }
        }
        if (exe is null || !File.Exists(exe))
        {
            Console.Error.WriteLine("pass --graywatch with the path of a Release build of the graywatch executable");
            return 2;
        }
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
        Directory.CreateDirectory(work);
        var data = Path.Combine(work, "data");
        var db = Path.Combine(work, "bench.duckdb");

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 30)} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        var sim = await ProcessMeter.RunAsync(exe, ["simulate", "--posts", posts.ToString(CultureInfo.InvariantCulture), "--seed", "1", "--shape", "research", "--rounds", "1", "--out", data]);
        Check(sim, "simulate");
        var file = Directory.EnumerateFiles(data, "*.jsonl").Single();
        var bytes = new FileInfo(file).Length;
        Console.WriteLine($"simulate: {posts:N0} posts, {bytes / 1e6:N1} MB in {sim.Elapsed.TotalSeconds:N1} s");

        var ingests = new List<ProcessMeter.Measurement>();
        var loads = new List<(TimeSpan Wall, TimeSpan Cpu)>();
        var newest = new List<TimeSpan>();
        for (var run = 1; run <= runs; run++)
        {
            PhaseRun.DeleteStore(db);
            var ingest = await ProcessMeter.RunAsync(exe, ["ingest", file, "--db", db, "--json", "--observed-at", "2026-01-10T00:00:00Z"]);
            Check(ingest, "ingest");
            ingests.Add(ingest);
            var load = ReadJson(file, Path.Combine(work, "read_json.duckdb"), null);
            loads.Add(load);
            var latest = ReadJson(file, Path.Combine(work, "read_json-latest.duckdb"), "latest");
            newest.Add(latest.Wall);
            Console.WriteLine($"run {run}: graywatch ingest {ingest.Elapsed.TotalSeconds:N2} s ({ingest.Cpu.TotalSeconds:N1} s CPU, peak RSS {ingest.PeakBytes / 1e6:N0} MB); " +
                $"read_json {load.Wall.TotalSeconds:N2} s ({load.Cpu.TotalSeconds:N1} s CPU); ratio {ingest.Elapsed / load.Wall:N2}; " +
                $"read_json into the newest storage format {latest.Wall.TotalSeconds:N2} s (ratio {ingest.Elapsed / latest.Wall:N2})");
        }
        Console.WriteLine($"  summary: {ingests[^1].StdOut.Trim()}");
        var wall = Median(ingests.Select(m => m.Elapsed.TotalSeconds));
        var json = Median(loads.Select(l => l.Wall.TotalSeconds));
        Console.WriteLine($"graywatch ingest: median {wall:N2} s over {runs} runs ({ingests.Min(m => m.Elapsed.TotalSeconds):N2}–{ingests.Max(m => m.Elapsed.TotalSeconds):N2}), " +
            $"{posts / wall:N0} posts/s, CPU {Median(ingests.Select(m => m.Cpu.TotalSeconds)):N1} s, peak RSS {ingests.Max(m => m.PeakBytes) / 1e6:N0} MB (largest)");
        Console.WriteLine($"duckdb read_json: median {json:N2} s ({loads.Min(l => l.Wall.TotalSeconds):N2}–{loads.Max(l => l.Wall.TotalSeconds):N2}), CPU {Median(loads.Select(l => l.Cpu.TotalSeconds)):N1} s, {posts / json:N0} posts/s");
        Console.WriteLine($"ratio graywatch / read_json: median {Median(ingests.Zip(loads, (a, b) => a.Elapsed / b.Wall)):N2} " +
            $"(per run {string.Join(", ", ingests.Zip(loads, (a, b) => (a.Elapsed / b.Wall).ToString("N2", CultureInfo.InvariantCulture)))})");
        Console.WriteLine($"ratio graywatch / read_json into the newest storage format ({Median(newest.Select(t => t.TotalSeconds)):N2} s): median {Median(ingests.Zip(newest, (a, b) => a.Elapsed / b)):N2}");
        Console.WriteLine($"load average at the end: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        if (!keep)
        {
            Directory.Delete(work, recursive: true);
        }
        return 0;
    }

    /// <summary>Loads the file into a table of a new DuckDB file with <c>read_json</c>'s defaults; wall and CPU time of this process.</summary>
    private static (TimeSpan Wall, TimeSpan Cpu) ReadJson(string file, string duck, string? storageVersion)
    {
        PhaseRun.DeleteStore(duck);
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        using (var c = new DuckDBConnection(storageVersion is null ? $"Data Source={duck}" : $"Data Source={duck};storage_compatibility_version={storageVersion}"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE TABLE videos AS SELECT * FROM read_json('{file.Replace("'", "''", StringComparison.Ordinal)}', format = 'newline_delimited')";
            cmd.ExecuteNonQuery();
        }
        sw.Stop();
        return (sw.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu0);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static void Check(ProcessMeter.Measurement m, string what)
    {
        if (m.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed ({m.ExitCode}): {m.StdErr}");
        }
    }
}
