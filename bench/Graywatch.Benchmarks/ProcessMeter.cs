using System.Diagnostics;
using System.Globalization;

namespace Graywatch.Benchmarks;

/// <summary>Runs a child process and measures its wall time and peak resident memory (Linux VmHWM).</summary>
internal static class ProcessMeter
{
    public sealed record Measurement(TimeSpan Elapsed, long PeakBytes, TimeSpan Cpu, int ExitCode, string StdOut, string StdErr);

    public static async Task<Measurement> RunAsync(string file, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        long peak = 0;
        var cpu = TimeSpan.Zero;
        var status = $"/proc/{p.Id}/status";
        var stat = $"/proc/{p.Id}/stat";
        // The clock stops when the process exits, not at the next sample of its memory and CPU.
        var exited = p.WaitForExitAsync().ContinueWith(_ => sw.Stop(), TaskScheduler.Default);
        while (!exited.IsCompleted)
        {
            peak = Math.Max(peak, ReadHighWaterMark(status));
            cpu = Max(cpu, ReadCpu(stat));
            await Task.WhenAny(exited, Task.Delay(20));
        }
        await exited;
        return new Measurement(sw.Elapsed, peak, cpu, p.ExitCode, await stdout, await stderr);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>User plus system CPU time of a running process, from /proc (clock ticks of 10 ms).</summary>
    private static TimeSpan ReadCpu(string statFile)
    {
        try
        {
            var text = File.ReadAllText(statFile);
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    private static long ReadHighWaterMark(string statusFile)
    {
        try
        {
            foreach (var line in File.ReadLines(statusFile))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line[6..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        return 0;
    }
}
