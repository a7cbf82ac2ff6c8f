using Graywatch.Virality;

namespace Graywatch.Tests.Virality;

public sealed class RoundedCountTests
{
    [Theory]
    [InlineData(1_400_000, 1_350_000, 1_450_000)]
    [InlineData(304_900, 304_850, 304_950)]
    [InlineData(2_000_000, 1_950_000, 2_050_000)]
    [InlineData(5_892, 5_891.5, 5_892.5)]
    public void A_count_written_for_display_stands_for_its_rounding_interval(long written, double low, double high)
    {
        var (lo, hi) = RoundedCount.Interval(written, CountRounding.Display);

        Assert.Equal(low, lo);
        Assert.Equal(high, hi);
    }

    [Fact]
    public void A_source_whose_large_counts_sit_on_the_display_step_is_judged_rounded_and_one_with_exact_counts_is_not()
    {
        // Given 100 counts of 10,000 or more, 95 of them multiples of the display step
        Assert.Equal(CountRounding.Display, RoundedCount.Judge(100, 95, 100, 40));
        // And exact counts, which sit on the step about 1% of the time
        Assert.Equal(CountRounding.Exact, RoundedCount.Judge(100, 2, 120, 3));
        // And three significant figures (1.23M) that are not on the display step
        Assert.Equal(CountRounding.ThreeFigures, RoundedCount.Judge(100, 30, 100, 97));
    }

    [Fact]
    public void An_error_inside_the_rounding_interval_is_zero_and_one_outside_it_is_measured_from_its_edge()
    {
        var actual = CountObservation.Of(240, 1_400_000, CountRounding.Display);

        Assert.Equal(0, GrowthFit.LogError(1_420_000, actual));
        Assert.Equal(0, GrowthFit.LogError(1_350_000, actual));
        Assert.Equal(Math.Log(1_450_001.0 / 1_500_001.0), GrowthFit.LogError(1_500_000, actual), 9);
    }

    [Fact]
    public void Fitting_on_rounded_counts_finds_the_growth_that_rounding_hides()
    {
        // Given old posts growing 3% in ten days, written as "1.4M" (one decimal of a million), so most pairs show no change
        var random = new Random(5);
        var series = Enumerable.Range(0, 400).Select(_ =>
        {
            var first = 1_000_000 + (random.NextDouble() * 1_000_000);
            IReadOnlyList<CountObservation> s =
            [
                CountObservation.Of(720, Math.Round(first / 1e5) * 1e5, CountRounding.Display),
                CountObservation.Of(960, Math.Round(first * 1.03 / 1e5) * 1e5, CountRounding.Display),
            ];
            return s;
        }).ToList();
        Assert.True(series.Count(s => s[0].Count == s[1].Count) > 150);

        var model = GrowthFit.Fit("test", series, [], double.PositiveInfinity);

        // Then the fitted growth from 30 to 40 days is near the true 3%, not the "no growth" most written pairs show
        var growth = Math.Exp(model.LogGrowth(720, 960)) - 1;
        Assert.InRange(growth, 0.015, 0.05);
    }
}
