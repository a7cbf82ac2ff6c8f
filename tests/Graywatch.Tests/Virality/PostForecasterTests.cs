using Graywatch.Detectors;
using Graywatch.Ingest;
using Graywatch.Testing;
using Graywatch.Tests.Simulation;
using Graywatch.Virality;

namespace Graywatch.Tests.Virality;

public sealed class PostForecasterTests(SimulatedSample sample) : IClassFixture<SimulatedSample>
{
    [Fact]
    public void A_forecast_153_days_ahead_is_never_below_what_was_seen_and_a_young_posts_interval_stays_within_reach()
    {
        using var store = Some.Store();
        var seed = new StoreSeeder(store);
        // Given a re-crawl of old posts with display-rounded counts, and one post an hour old
        for (var i = 0; i < 200; i++)
        {
            var created = Some.Time.AddDays(-30 - (i % 60));
            var first = (10 + (i % 40)) * 100_000L;
            seed.Add(Some.Post($"p{i}", created, $"u{i}"));
            seed.Add(Some.Snapshot($"p{i}", first, Some.Time), Some.Snapshot($"p{i}", first + ((i % 3) * 100_000L), Some.Time.AddDays(10)));
        }
        seed.Add(Some.Post("young", Some.Time.AddDays(10).AddHours(-1), "newcomer"));
        seed.Add(Some.Snapshot("young", 20_000, Some.Time.AddDays(10)));

        var options = new ForecastOptions { Horizon = TimeSpan.FromDays(153) };
        new PostForecaster(store, options).Run(CancellationToken.None);
        var forecasts = PostForecaster.Read(store).ToList();

        // Then no forecast or lower bound is below the views seen, and the young post's top stays under twice the largest post
        Assert.Equal(201, forecasts.Count);
        Assert.All(forecasts, f => Assert.True(f.PredictedViews >= f.ObservedViews && f.Low >= f.ObservedViews && f.High >= f.PredictedViews, f.PostId));
        var young = Assert.Single(forecasts, f => f.PostId == "young");
        Assert.True(young.PredictedViews > young.ObservedViews);
        Assert.True(young.High <= 2 * forecasts.Max(f => f.ObservedViews), $"high {young.High}");
    }

    [Fact]
    public async Task On_simulated_rounds_the_90_percent_interval_holds_about_90_percent_of_held_out_outcomes_and_beats_both_baselines()
    {
        using var store = Some.Store();
        await new Ingestor(store, new IngestOptions(), Some.Clock()).IngestAsync([sample.Directory], null, CancellationToken.None);
        var forecaster = new PostForecaster(store, new ForecastOptions());
        var rounding = forecaster.Rounding();

        // Fit on the posts whose id hashes even, forecast the third round of the others from their first two
        var model = Assert.Single(forecaster.Fit("hash(post_id) % 2 = 0", rounding)).Views;
        var test = forecaster.LoadSeries("hash(post_id) % 2 = 1", rounding).Where(p => p.Views.Count == 3 && p.Views[2].Count > 0).ToList();
        var results = test.Select(p =>
        {
            var (a, b, c) = (p.Views[0], p.Views[1], p.Views[2]);
            var f = model.Forecast(b, a, c.Age);
            double Ape(double predicted) => Math.Max(0, Math.Max(c.Low - predicted, predicted - c.High)) / c.Count;
            var rate = (b.Count - a.Count) / (b.Age - a.Age);
            return (Inside: f.Low <= c.High && f.High >= c.Low, Ours: Ape(f.Predicted), None: Ape(b.Count), Rate: Ape(b.Count + (rate * (c.Age - b.Age))), Growing: b.Low > a.High);
        }).ToList();

        Assert.True(results.Count > 200, $"{results.Count} test posts");
        var coverage = results.Count(r => r.Inside) / (double)results.Count;
        Assert.InRange(coverage, 0.8, 0.98);
        var growing = results.Where(r => r.Growing).ToList();
        double Median(Func<(bool Inside, double Ours, double None, double Rate, bool Growing), double> of) => GrowthFit.Quantile([.. growing.Select(of)], 0.5);
        Assert.True(Median(r => r.Ours) < Median(r => r.None), $"ours {Median(r => r.Ours)}, no growth {Median(r => r.None)}");
        Assert.True(Median(r => r.Ours) < Median(r => r.Rate), $"ours {Median(r => r.Ours)}, same rate {Median(r => r.Rate)}");
    }

    [Fact]
    public void A_misspelt_virality_setting_is_an_error_that_names_it()
    {
        var settings = new DetectorSettings(new Dictionary<string, string> { ["virality.overnight_max_ag"] = "3d" });

        var error = Assert.Throws<FormatException>(() => ForecastOptions.From(settings));

        Assert.Contains("virality.overnight_max_ag", error.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(3), ForecastOptions.From(new DetectorSettings(new Dictionary<string, string> { ["virality.overnight_max_age"] = "3d" })).OvernightMaxAge);
    }
}
