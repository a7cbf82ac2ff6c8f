using Graywatch.Virality;

namespace Graywatch.Tests.Virality;

public sealed class GrowthCurveTests
{
    [Fact]
    public void An_exponential_curve_gives_the_hand_computed_share_final_and_time_to_90_percent()
    {
        // Given τ = 10 h and β = 1, F(10) = 1 - e^-1
        var curve = new GrowthCurve(10, 1, 0.5);

        Assert.Equal(1 - Math.Exp(-1), curve.Share(10), 12);
        // When 99 views are seen at 10 h, then the final reach is 100 / F(10) - 1
        Assert.Equal((100 / (1 - Math.Exp(-1))) - 1, curve.Final(99, 10), 9);
        // And 90% is reached at τ·ln 10
        Assert.Equal(10 * Math.Log(10), curve.AgeAt(0.9), 9);
    }

    [Fact]
    public void A_saturated_series_is_forecast_to_stay_where_it_is_with_a_narrow_interval()
    {
        // Given pairs of snapshots that no longer grow
        var pairs = Enumerable.Range(1, 40).Select(i => new GrowthPair(100 + i, 1000 * i, 200 + i, 1000 * i)).ToList();

        var curve = LogLinearFit.Fit(pairs)!;

        // Then the curve has saturated by 100 h and a post seen at 100 h keeps its views
        Assert.True(curve.Share(100) > 0.999, $"F(100) = {curve.Share(100)}");
        Assert.InRange(curve.Final(5000, 100), 5000, 5010);
    }

    [Fact]
    public void A_series_grown_on_a_known_curve_is_recovered_by_the_fit_and_predicted_within_five_percent()
    {
        // Given posts of any size observed at 6 h and 30 h on τ = 12 h, β = 1
        var truth = new GrowthCurve(12, 1, 0);
        var random = new Random(3);
        var pairs = Enumerable.Range(0, 200).Select(_ =>
        {
            var final = 1000 * Math.Exp(random.NextDouble() * 5);
            var a1 = 2 + (random.NextDouble() * 10);
            var a2 = a1 + 12 + (random.NextDouble() * 24);
            return new GrowthPair(a1, truth.At(final, a1), a2, truth.At(final, a2));
        }).ToList();

        var curve = LogLinearFit.Fit(pairs)!;

        // Then the prediction from 6 h to 48 h is within 5% of the truth
        var expected = truth.At(50_000, 48);
        var predicted = curve.At(curve.Final(truth.At(50_000, 6), 6), 48);
        Assert.InRange(predicted / expected, 0.95, 1.05);
        Assert.InRange(curve.Beta, 0.8, 1.2);
    }

    [Fact]
    public void A_constant_growth_series_never_predicts_less_than_what_was_seen()
    {
        // Given a post that gains the same 1,000 views every day
        var pairs = Enumerable.Range(1, 60).Select(d => new GrowthPair(24.0 * d, 1000.0 * d, 24.0 * (d + 1), 1000.0 * (d + 1))).ToList();

        var curve = LogLinearFit.Fit(pairs)!;

        // Then the forecast after 10 days is at least the 10,000 views seen, and grows further
        var final = curve.Final(10_000, 240);
        Assert.True(final > 10_000);
        Assert.True(curve.At(final, 264) > 10_000);
    }
}
