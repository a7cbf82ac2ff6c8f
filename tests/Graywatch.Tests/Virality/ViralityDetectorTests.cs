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
}
