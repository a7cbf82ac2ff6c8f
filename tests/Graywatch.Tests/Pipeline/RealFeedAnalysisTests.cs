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
}
