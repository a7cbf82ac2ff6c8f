using Graywatch.Detectors;
using Graywatch.Detectors.Virality;
using Graywatch.Findings;
using Graywatch.Ingest;
using Graywatch.Pipeline;
using Graywatch.Testing;
using Graywatch.Tests.Simulation;

namespace Graywatch.Tests.Virality;

public sealed class ViralityDetectorTests(SimulatedSample sample) : IClassFixture<SimulatedSample>
{
    [Fact]
    public async Task The_planted_viral_post_is_flagged_as_overnight_popularity_with_its_forecast_curve()
    {
        using var store = Some.Store();
        await new Ingestor(store, new IngestOptions(), Some.Clock()).IngestAsync([sample.Directory], null, CancellationToken.None);
        var planted = sample.Threat("viral-outlier").GetProperty("postId").GetString()!;

        var findings = await new ViralityDetector().DetectAsync(new DetectorContext(store, Some.Clock(), DetectorSettings.Empty), CancellationToken.None);

        var overnight = findings.Where(f => f.Id.StartsWith("virality-", StringComparison.Ordinal) && f.Title.StartsWith("Overnight", StringComparison.Ordinal)).ToList();
        var flagged = Assert.Single(overnight, f => f.Entities.Any(e => e.Kind == EntityKinds.Post && e.Id == planted));
        Assert.True(flagged.Severity >= Severity.Medium);
        Assert.NotNull(flagged.PredictedReach);
        Assert.True(flagged.PredictedReach >= flagged.ObservedReach);
        Assert.Contains(flagged.Evidence.Series, s => s.Name == "Forecast views" && s.Points.Count > 2);
        Assert.Contains(flagged.Evidence.Series, s => s.Name == "Observed views" && s.Points.Count == 3);
        Assert.True(overnight.Count <= 5, $"{overnight.Count} overnight findings");
    }

    [Fact]
    public async Task Analyze_fills_the_predicted_reach_of_findings_from_other_modules()
    {
        using var store = Some.Store();
        await new Ingestor(store, new IngestOptions(), Some.Clock()).IngestAsync([sample.Directory], null, CancellationToken.None);
        using var dir = new TempDir();

        var run = await AnalysisPipelineBuilder.CreateDefault().UseTimeProvider(Some.Clock()).Build()
            .RunAsync(store, dir.Path, "en", null, CancellationToken.None);

        Assert.Empty(run.Result.DetectorErrors);
        var challenge = Assert.Single(run.Result.Findings, f => f.Detector == "challenges" && f.Severity >= Severity.High);
        Assert.NotNull(challenge.PredictedReach);
    }

    [Fact]
    public async Task A_young_post_growing_like_the_stores_history_is_forecast_to_go_viral_with_its_response_window()
    {
        using var store = Some.Store();
        var seed = new StoreSeeder(store);
        // History: 120 posts that grew 10x from their first hour to a day, then little more, then stopped.
        for (var i = 0; i < 120; i++)
        {
            var created = Some.Time.AddMinutes(7 * i);
            var id = $"h{i:000}";
            var first = 100 + (i % 7) * 10;
            seed.Add(Some.Post(id, created, $"user{i % 40}", "daily"));
            seed.Add(
                Some.Snapshot(id, first, created.AddHours(1)),
                Some.Snapshot(id, first * 10, created.AddHours(24)),
                Some.Snapshot(id, first * 11, created.AddHours(72)),
                Some.Snapshot(id, first * 11, created.AddHours(168)));
        }
        // A post one hour old with far more early views than any other.
        var young = Some.Time.AddDays(3);
        seed.Add(Some.Post("young", young, "newcomer", "breaking"));
        seed.Add(Some.Snapshot("young", 50_000, young.AddHours(1)));
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(young.AddHours(1));

        var findings = await new ViralityDetector().DetectAsync(new DetectorContext(store, clock, DetectorSettings.Empty), CancellationToken.None);

        var viral = Assert.Single(findings, f => f.Title.StartsWith("Going viral: post", StringComparison.Ordinal));
        Assert.Contains(viral.Entities, e => e.Kind == EntityKinds.Post && e.Id == "young");
        Assert.Contains(findings, f => f.Title.StartsWith("Going viral: #breaking", StringComparison.Ordinal));
        Assert.Equal(50_000, viral.ObservedReach);
        Assert.InRange(viral.PredictedReach!.Value, 250_000, 1_000_000);
        Assert.Contains(viral.Evidence.Series, s => s.Intervals.Count > 0);
        Assert.DoesNotContain(findings, f => f.Title.StartsWith("Going viral: #daily", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Entities.Any(e => e.Kind == EntityKinds.Post && e.Id.StartsWith('h')) && !f.Title.StartsWith("Overnight", StringComparison.Ordinal));
    }
}
