using Graywatch.Virality;

namespace Graywatch.Tests.Virality;

public sealed class SeismicTests
{
    [Fact]
    public void The_memory_kernel_is_a_density_with_the_papers_cutoff()
    {
        var kernel = new MemoryKernel();

        Assert.Equal(1.0, kernel.Level * kernel.CutoffSeconds * (1 + (1 / kernel.Theta)), 9);
        Assert.Equal(kernel.Level * 300, kernel.Cdf(300), 12);
        Assert.InRange(kernel.Cdf(1e12), 0.99, 1.0);
        Assert.Equal(kernel.Level * 200 * 200 / 2, kernel.FirstMoment(200), 12);
    }

    [Fact]
    public void A_supercritical_cascade_is_forecast_to_grow_without_bound()
    {
        // Given a burst of 50 reshares in 10 minutes from accounts with 10,000 followers each
        var events = Enumerable.Range(0, 50).Select(i => new CascadeEvent(i * 12, 10_000)).ToList();

        var forecast = Seismic.Predict(events, 600, new SeismicOptions { NStar = 10_000 });

        Assert.Equal("seismic", forecast.Model);
        Assert.True(forecast.Supercritical);
        Assert.True(double.IsPositiveInfinity(forecast.High));
    }

    [Fact]
    public void A_simulated_self_exciting_cascade_is_forecast_within_a_factor_of_two()
    {
        // Given cascades where every event's 100 followers each reshare with p = 0.004 (branching 0.4) after a SEISMIC delay
        var kernel = new MemoryKernel();
        var random = new Random(5);
        var ratios = new List<double>();
        for (var run = 0; run < 30; run++)
        {
            var events = Simulate(random, kernel, rootFollowers: 20_000, followers: 100, p: 0.004);
            var forecast = Seismic.Predict(events, 3600, new SeismicOptions { NStar = 100 });
            if (forecast.Model == "seismic" && double.IsFinite(forecast.PredictedSize))
            {
                ratios.Add(forecast.PredictedSize / events.Count);
            }
        }

        // Then after one hour the median forecast is within a factor of two of the final size
        Assert.True(ratios.Count >= 20);
        Assert.InRange(GrowthFit.Quantile(ratios, 0.5), 0.5, 2.0);
    }

    [Fact]
    public void Too_few_events_give_the_observed_size_and_say_so()
    {
        var forecast = Seismic.Predict([new(0, 100), new(10, 100)], 3600);

        Assert.Equal("observed", forecast.Model);
        Assert.Equal(2, forecast.PredictedSize);
    }

    private static List<CascadeEvent> Simulate(Random random, MemoryKernel kernel, double rootFollowers, double followers, double p)
    {
        var events = new List<CascadeEvent> { new(0, rootFollowers) };
        var queue = new Queue<CascadeEvent>(events);
        while (queue.Count > 0 && events.Count < 100_000)
        {
            var parent = queue.Dequeue();
            var children = Poisson(random, parent.Magnitude * p);
            for (var i = 0; i < children; i++)
            {
                var child = new CascadeEvent(parent.Seconds + Delay(random, kernel), followers);
                events.Add(child);
                queue.Enqueue(child);
            }
        }
        return [.. events.OrderBy(e => e.Seconds)];
    }

    private static double Delay(Random random, MemoryKernel kernel)
    {
        var u = random.NextDouble();
        var head = kernel.Level * kernel.CutoffSeconds;
        return u <= head
            ? u / kernel.Level
            : kernel.CutoffSeconds * Math.Pow(1 - ((u - head) * kernel.Theta / head), -1 / kernel.Theta);
    }

    private static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-Math.Min(mean, 600));
        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * Normal(random))));
        }
        var k = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            k++;
            product *= random.NextDouble();
        }
        return k;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
