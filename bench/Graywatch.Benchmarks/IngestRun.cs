using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace Graywatch.Benchmarks;

/// <summary>
/// The ingest benchmark: simulate N posts as Research API JSONL, ingest them with the graywatch executable
/// (wall time, peak memory), then load the same file with DuckDB's own <c>read_json</c>, and print the ratio.
/// </summary>
/// <remarks>Usage: <c>ingest --graywatch PATH [--posts 1000000] [--work DIR] [--keep]</c>.</remarks>
internal static class IngestRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var posts = 1_000_000;
        string? exe = null;
        var work = Path.Combine(Path.GetTempPath(), "graywatch-bench");
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--posts": posts = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
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

        var ingest = await ProcessMeter.RunAsync(exe, ["ingest", file, "--db", db, "--json", "--observed-at", "2026-01-10T00:00:00Z"]);
        Check(ingest, "ingest");
        Console.WriteLine($"graywatch ingest: {ingest.Elapsed.TotalSeconds:N2} s ({ingest.Cpu.TotalSeconds:N1} s CPU), {posts / ingest.Elapsed.TotalSeconds:N0} posts/s, peak RSS {ingest.PeakBytes / 1e6:N0} MB");
        Console.WriteLine($"  summary: {ingest.StdOut.Trim()}");

        var duck = Path.Combine(work, "read_json.duckdb");
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        using (var c = new DuckDBConnection($"Data Source={duck}"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE TABLE videos AS SELECT * FROM read_json('{file.Replace("'", "''", StringComparison.Ordinal)}', format = 'newline_delimited')";
            cmd.ExecuteNonQuery();
        }
        sw.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
        Console.WriteLine($"duckdb read_json: {sw.Elapsed.TotalSeconds:N2} s ({cpu.TotalSeconds:N1} s CPU), {posts / sw.Elapsed.TotalSeconds:N0} posts/s");
        Console.WriteLine($"ratio graywatch / read_json: {ingest.Elapsed.TotalSeconds / sw.Elapsed.TotalSeconds:N2} (wall), {ingest.Cpu.TotalSeconds / cpu.TotalSeconds:N2} (CPU)");
        Console.WriteLine($"load average during the run: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        if (!keep)
        {
            Directory.Delete(work, recursive: true);
        }
        return 0;
    }

    private static void Check(ProcessMeter.Measurement m, string what)
    {
        if (m.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed ({m.ExitCode}): {m.StdErr}");
        }
    }
}
