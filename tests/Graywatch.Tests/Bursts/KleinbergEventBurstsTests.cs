using Graywatch.Bursts;

namespace Graywatch.Tests.Bursts;

public sealed class KleinbergEventBurstsTests
{
    private static double[] Evenly(int count, double gap, double start = 0) => [.. Enumerable.Range(0, count).Select(i => start + (i * gap))];

    [Fact]
    public void Evenly_spaced_events_have_no_burst()
    {
        Assert.Empty(KleinbergEventBursts.Detect(Evenly(200, 60)));
    }

    [Fact]
    public void A_dense_run_in_the_middle_is_one_burst_that_covers_it()
    {
        double[] times = [.. Evenly(50, 600), .. Evenly(40, 5, 30_000), .. Evenly(50, 600, 31_000)];

        var bursts = KleinbergEventBursts.Detect(times);

        var top = Assert.Single(bursts, b => b.Level == 1);
        Assert.InRange(top.First, 48, 51);
        Assert.InRange(top.Last, 88, 90);
        Assert.True(top.Weight > 0);
    }

    [Fact]
    public void Tied_timestamps_make_a_burst_instead_of_failing()
    {
        double[] times = [.. Evenly(30, 3600), .. Enumerable.Repeat(200_000.0, 25), .. Evenly(30, 3600, 210_000)];

        var bursts = KleinbergEventBursts.Detect(times);

        var burst = Assert.Single(bursts, b => b.Level == 1);
        Assert.True(burst.First <= 30 && burst.Last >= 54, $"{burst}");
        Assert.All(bursts, b => Assert.True(double.IsFinite(b.Weight)));
    }

    [Fact]
    public void Events_that_all_share_one_time_have_no_rate_to_burst_against()
    {
        Assert.Empty(KleinbergEventBursts.Detect([5.0, 5.0, 5.0, 5.0]));
    }

    [Fact]
    public void Fewer_than_three_events_have_no_burst()
    {
        Assert.Empty(KleinbergEventBursts.Detect([1.0, 2.0]));
    }

    [Fact]
    public void Unsorted_times_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => KleinbergEventBursts.Detect([3.0, 1.0, 2.0]));
    }

    [Fact]
    public void The_unit_of_time_does_not_change_the_bursts()
    {
        double[] seconds = [.. Evenly(20, 100), .. Evenly(15, 2, 2_500), .. Evenly(20, 100, 2_600)];

        var inSeconds = KleinbergEventBursts.Detect(seconds);
        var inMillis = KleinbergEventBursts.Detect([.. seconds.Select(s => s * 1000)]);

        Assert.Equal(inSeconds.Select(b => (b.Level, b.First, b.Last)), inMillis.Select(b => (b.Level, b.First, b.Last)));
    }

    [Fact]
    public void A_higher_gamma_finds_no_more_bursts_than_a_lower_one()
    {
        double[] times = [.. Evenly(40, 300), .. Evenly(10, 30, 12_500), .. Evenly(40, 300, 13_000), .. Evenly(12, 20, 30_000)];

        var loose = KleinbergEventBursts.Detect(times, new BurstParameters(Gamma: 0.5));
        var strict = KleinbergEventBursts.Detect(times, new BurstParameters(Gamma: 3));

        Assert.True(strict.Count <= loose.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void The_state_sequence_is_the_cheapest_of_all_sequences(int seed)
    {
        var random = new Random(seed);
        var times = new double[8];
        for (var i = 1; i < times.Length; i++)
        {
            // Whole seconds with some ties, some short and some long gaps.
            times[i] = times[i - 1] + random.Next(4) switch { 0 => 0, 1 => 1, 2 => 5, _ => 40 };
        }
        var p = BurstParameters.Default;

        var bursts = KleinbergEventBursts.Detect(times, p);

        var n = times.Length - 1;
        var states = new int[n];
        foreach (var b in bursts)
        {
            for (var t = b.First; t < b.Last; t++)
            {
                states[t] = Math.Max(states[t], b.Level);
            }
        }
        var best = BruteForce(times, p, out var k);
        Assert.Equal(best, Cost(times, p, states, k), 9);
    }

    private static double BruteForce(double[] times, BurstParameters p, out int k)
    {
        var n = times.Length - 1;
        var gaps = Enumerable.Range(0, n).Select(t => times[t + 1] - times[t]).ToArray();
        var span = times[^1] - times[0];
        var delta = gaps.Where(g => g > 0).Min();
        k = Math.Max(2, (int)Math.Ceiling(1 + (Math.Log(span) / Math.Log(p.S)) + (Math.Log(1 / delta) / Math.Log(p.S))));
        var states = new int[n];
        var best = double.PositiveInfinity;
        var total = (long)Math.Pow(k, n);
        for (long code = 0; code < total; code++)
        {
            var c = code;
            for (var t = 0; t < n; t++)
            {
                states[t] = (int)(c % k);
                c /= k;
            }
            best = Math.Min(best, Cost(times, p, states, k));
        }
        return best;
    }

    private static double Cost(double[] times, BurstParameters p, int[] states, int k)
    {
        var n = times.Length - 1;
        var span = times[^1] - times[0];
        var cost = 0.0;
        var previous = 0;
        for (var t = 0; t < n; t++)
        {
            var rate = n / span * Math.Pow(p.S, states[t]);
            cost += (rate * (times[t + 1] - times[t])) - Math.Log(rate);
            cost += Math.Max(0, states[t] - previous) * p.Gamma * Math.Log(n);
            previous = states[t];
        }
        Assert.True(states.All(s => s < k));
        return cost;
    }
}
