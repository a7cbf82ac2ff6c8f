using System.Diagnostics;
using System.Globalization;

namespace Graywatch.Benchmarks;

/// <summary>Runs a child process and measures its wall time and peak resident memory (Linux VmHWM).</summary>
internal static class ProcessMeter
{
    public sealed record Measurement(TimeSpan Elapsed, long PeakBytes, int ExitCode, string StdOut, string StdErr);

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
        var status = $"/proc/{p.Id}/status";
        while (!p.HasExited)
        {
            peak = Math.Max(peak, ReadHighWaterMark(status));
            await Task.Delay(20);
        }
        await p.WaitForExitAsync();
        sw.Stop();
        return new Measurement(sw.Elapsed, peak, p.ExitCode, await stdout, await stderr);
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
