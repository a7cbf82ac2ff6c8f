using Graywatch.Virality;

namespace Graywatch.Tests.Virality;

public sealed class GrowthModelTests
{
    [Fact]
    public void Growth_is_summed_band_by_band_in_log_age()
    {
        // Given k = 0.5 under 6 h and 0.2 from 6 h to a day
        var model = GrowthModel.Prior with { Elasticity = [0.5, 0.2, 0, 0, 0, 0, 0, 0] };

        // Then from 3 h to 12 h the log growth is 0.5·ln(6/3) + 0.2·ln(12/6)
        Assert.Equal((0.5 * Math.Log(2)) + (0.2 * Math.Log(2)), model.LogGrowth(3, 12), 12);
        // And the age at which that growth is reached is 12 h
        Assert.Equal(12, model.AgeAt(3, model.LogGrowth(3, 12), 1), 9);
    }

    [Fact]
    public void Elasticities_fitted_on_pairs_recover_how_growth_slows_with_age()
    {
        // Given posts growing on k = 0.8, 0.4, 0.2, 0.1 over the first four bands, seen twice at random ages
        var truth = GrowthModel.Prior with { Elasticity = [0.8, 0.4, 0.2, 0.1, 0.05, 0.02, 0.01, 0] };
        var random = new Random(9);
        var series = Enumerable.Range(0, 600).Select(_ =>
        {
            var a1 = 1 + (random.NextDouble() * 100);
            var a2 = a1 * (1.5 + random.NextDouble());
            var n1 = 1000 * Math.Exp(random.NextDouble() * 4);
            var noise = Math.Exp((random.NextDouble() - 0.5) * 0.05);
            IReadOnlyList<CountObservation> s =
            [
                CountObservation.Of(a1, Math.Round(n1), CountRounding.Exact),
                CountObservation.Of(a2, Math.Round(((1 + n1) * Math.Exp(truth.LogGrowth(a1, a2)) * noise) - 1), CountRounding.Exact),
            ];
            return s;
        }).ToList();

        var model = GrowthFit.Fit("test", series, [], double.PositiveInfinity);

        for (var b = 0; b < 4; b++)
        {
            Assert.InRange(model.Elasticity[b], truth.Elasticity[b] * 0.8, (truth.Elasticity[b] * 1.2) + 0.01);
        }
        Assert.True(model.Elasticity[0] > model.Elasticity[1] && model.Elasticity[1] > model.Elasticity[2]);
    }

    [Fact]
    public void A_forecast_is_never_below_the_last_count_and_never_shrinks_with_the_horizon()
    {
        var model = GrowthModel.Prior;
        var last = CountObservation.Of(48, 5000, CountRounding.Exact);
        var previous = CountObservation.Of(24, 5000, CountRounding.Exact);

        var week = model.Forecast(last, null, 48 + 168);
        var months = model.Forecast(last, null, 48 + (153 * 24));
        var stalled = model.Forecast(last, previous, 48 + (153 * 24));

        Assert.True(week.Predicted >= 5000 && week.Low >= 5000);
        Assert.True(months.Predicted >= week.Predicted);
        Assert.True(stalled.Predicted >= 5000 && stalled.Low >= 5000 && stalled.High >= stalled.Predicted);
    }

    [Fact]
    public void A_post_that_grew_faster_than_its_peers_is_forecast_to_keep_part_of_its_lead()
    {
        var model = GrowthModel.Prior with { Alpha = GrowthModel.Same(0.5), Gamma = GrowthModel.Same(0.5) };
        var last = CountObservation.Of(24, 10_000, CountRounding.Exact);
        var peer = model.Forecast(last, CountObservation.Of(12, (10_001 / Math.Exp(model.LogGrowth(12, 24))) - 1, CountRounding.Exact), 48);
        var fast = model.Forecast(last, CountObservation.Of(12, 1000, CountRounding.Exact), 48);

        Assert.Equal(1, peer.Speed, 6);
        Assert.True(fast.Speed > 1.5);
        Assert.True(fast.Predicted > peer.Predicted);
    }
}
