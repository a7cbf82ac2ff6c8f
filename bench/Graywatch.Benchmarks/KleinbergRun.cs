using System.Diagnostics;
using System.Globalization;
using Graywatch.Bursts;

namespace Graywatch.Benchmarks;

/// <summary>Times Kleinberg's automaton over N event times (default 1,000,000) with planted bursts and tied timestamps.</summary>
/// <remarks>
/// Usage: <c>kleinberg [--events N] [--seed S]</c>. Times are whole seconds over 30 days (so many tie), with five
/// bursts at 50 times the base rate. Prints the seconds of the best of three runs after a warm-up, the levels and
/// bursts found, and the managed memory allocated by one run.
/// </remarks>
internal static class KleinbergRun
{
    public static int Run(string[] args)
    {
        var events = 1_000_000;
        var seed = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--events":
                    events = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }
        var times = Times(events, new Random(seed));
        var ties = times.Zip(times.Skip(1)).Count(p => p.First == p.Second);
        KleinbergEventBursts.Detect(times.AsSpan(0, Math.Min(times.Length, 10_000)));

        IReadOnlyList<BurstInterval> bursts = [];
        var best = TimeSpan.MaxValue;
        long allocated = 0;
        for (var run = 0; run < 3; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            bursts = KleinbergEventBursts.Detect(times);
            sw.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            best = sw.Elapsed < best ? sw.Elapsed : best;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kleinberg events: {times.Length:N0} event times ({ties:N0} tied gaps), s=2, gamma=1: {best.TotalSeconds:N3} s (best of 3), {allocated / 1e6:N0} MB allocated"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bursts: {bursts.Count} (level 1: {bursts.Count(b => b.Level == 1)}, top level {(bursts.Count == 0 ? 0 : bursts.Max(b => b.Level))})"));
        return 0;
    }

    /// <summary>A Poisson stream over 30 days in whole seconds, with five windows at 50 times the base rate.</summary>
    private static double[] Times(int count, Random random)
    {
        const double days = 30;
        var span = days * 86_400;
        var burstStarts = Enumerable.Range(0, 5).Select(_ => random.NextDouble() * (span - 7200)).Order().ToArray();
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var inBurst = random.NextDouble() < 0.2;
            var t = inBurst
                ? burstStarts[random.Next(burstStarts.Length)] + (random.NextDouble() * 3600)
                : random.NextDouble() * span;
            times[i] = Math.Floor(t);
        }
        Array.Sort(times);
        return times;
    }
}
