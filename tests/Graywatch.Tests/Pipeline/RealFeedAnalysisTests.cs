using Graywatch.Ingest;
using Graywatch.Pipeline;
using Graywatch.Store;
using Graywatch.Testing;

namespace Graywatch.Tests.Pipeline;

public sealed class RealFeedAnalysisTests
{
    [SkippableFact]
    public async Task Every_detector_runs_without_error_on_the_real_feed_and_its_recrawl()
    {
        var raw = SharedData.File("tiktok-vn-feed/raw_data.csv");
        var recrawl = SharedData.File("tiktok-vn-feed/recrawled_1v.csv");
        Skip.If(raw is null || recrawl is null, "shared/data/tiktok-vn-feed is not on this machine");
        using var dir = new TempDir();
        using var store = GraywatchStore.Open(dir["vn.duckdb"]);
        await new Ingestor(store, new IngestOptions(), Some.Clock()).IngestAsync([raw!, recrawl!], null, CancellationToken.None);

        var run = await AnalysisPipelineBuilder.CreateDefault().UseTimeProvider(Some.Clock()).Build()
            .RunAsync(store, dir["out"], "en", null, CancellationToken.None);

        Assert.Empty(run.Result.DetectorErrors);
        Assert.Empty(run.ExporterErrors);
        Assert.Contains(run.Result.Findings, f => f.Module == "overview");
    }

    /// <summary>The false-alarm budget on an organic feed with no campaign in it: at most 2 High and 5 Medium stories.</summary>
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_organic_feed_raises_at_most_two_high_and_five_medium_stories_and_every_high_says_why(bool withRecrawl)
    {
        var raw = SharedData.File("tiktok-vn-feed/raw_data.csv");
        var recrawl = SharedData.File("tiktok-vn-feed/recrawled_1v.csv");
        Skip.If(raw is null || recrawl is null, "shared/data/tiktok-vn-feed is not on this machine");
        using var dir = new TempDir();
        using var store = GraywatchStore.Open(dir["vn.duckdb"]);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        await new Ingestor(store, new IngestOptions(), clock).IngestAsync(withRecrawl ? [raw!, recrawl!] : [raw!], null, CancellationToken.None);

        var run = await AnalysisPipelineBuilder.CreateDefault().UseTimeProvider(clock).Build()
            .RunAsync(store, dir["out"], "en", null, CancellationToken.None);

        var stories = run.Result.Stories;
        Assert.True(stories.Count(s => s.Severity >= Graywatch.Findings.Severity.High) <= 2,
            string.Join("; ", stories.Where(s => s.Severity >= Graywatch.Findings.Severity.High).Select(s => s.Title)));
        Assert.True(stories.Count(s => s.Severity == Graywatch.Findings.Severity.Medium) <= 5,
            string.Join("; ", stories.Where(s => s.Severity == Graywatch.Findings.Severity.Medium).Select(s => s.Title)));
        Assert.All(run.Result.Findings.Where(f => f.Severity >= Graywatch.Findings.Severity.High), f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Why));
            Assert.True(f.Confidence >= 0.6);
        });
        Assert.All(run.Result.Findings, f => Assert.StartsWith("story-", f.StoryId, StringComparison.Ordinal));
    }
}
