using Graywatch.Detectors.Overview;
using Graywatch.Exporters;
using Graywatch.Pipeline;
using Graywatch.Store;
using Graywatch.Testing;

namespace Graywatch.Tests.Pipeline;

public sealed class AnalysisPipelineTests : IDisposable
{
    private readonly GraywatchStore _store = Some.Store();
    private readonly string _out = Path.Combine(Path.GetTempPath(), "graywatch-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _store.Dispose();
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    private Task<AnalysisRun> RunAsync(AnalysisPipelineBuilder builder, string language = "en") =>
        builder.UseTimeProvider(Some.Clock()).Build().RunAsync(_store, _out, language, null, CancellationToken.None);

    [Fact]
    public async Task The_default_pipeline_runs_the_overview_and_writes_the_jsonl_the_brief_and_the_networks()
    {
        new StoreSeeder(_store).Add(Some.Post("a", hashtags: ["drill"]));
        var progress = new List<string>();

        var run = await AnalysisPipelineBuilder.CreateDefault().UseTimeProvider(Some.Clock()).Build()
            .RunAsync(_store, _out, "en", new Progress(progress), CancellationToken.None);

        Assert.Equal([Path.Combine(_out, "findings.jsonl"), Path.Combine(_out, "stories.jsonl"), Path.Combine(_out, "brief.html"), Path.Combine(_out, "networks.graphml"), Path.Combine(_out, "findings.geojson")], run.Files);
        Assert.Equal("overview", Assert.Single(run.Result.Findings).Module);
        Assert.Equal(Some.Time, run.Result.GeneratedAt);
        Assert.Equal(1, run.Result.Stats.Posts);
        Assert.Empty(run.ExporterErrors);
        Assert.Empty(run.Result.DetectorErrors);
        Assert.Contains("#drill", await File.ReadAllTextAsync(Path.Combine(_out, "brief.html")), StringComparison.Ordinal);
        Assert.Contains("wrote brief.html", progress);
        Assert.Equal(["brief.html", "findings.geojson", "findings.jsonl", "networks.graphml", "stories.jsonl"], Directory.GetFiles(_out).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task A_throwing_detector_is_recorded_and_the_other_detectors_still_run()
    {
        var after = new StubDetector("after", null, Some.Finding("after-1"));
        var builder = new AnalysisPipelineBuilder()
            .AddDetector(new StubDetector("broken", new InvalidOperationException("no table")))
            .AddDetector(after)
            .AddExporter(new StubExporter("ids.txt"));

        var run = await RunAsync(builder);

        Assert.Equal(["broken: no table"], run.Result.DetectorErrors);
        Assert.Equal(1, after.Runs);
        Assert.Equal("after-1", Assert.Single(run.Result.Findings).Id);
        Assert.Equal("after-1", await File.ReadAllTextAsync(Path.Combine(_out, "ids.txt")));
    }

    [Fact]
    public async Task A_throwing_exporter_is_reported_leaves_no_partial_file_and_the_other_exporters_still_write()
    {
        Directory.CreateDirectory(_out);
        await File.WriteAllTextAsync(Path.Combine(_out, "broken.txt"), "previous run");
        var builder = new AnalysisPipelineBuilder()
            .AddDetector(new StubDetector("d", null, Some.Finding("d-1")))
            .AddExporter(new StubExporter("broken.txt", new IOException("disk full")))
            .AddExporter(new StubExporter("ok.txt"));

        var run = await RunAsync(builder);

        Assert.Equal(["broken.txt: disk full"], run.ExporterErrors);
        Assert.Equal([Path.Combine(_out, "ok.txt")], run.Files);
        Assert.Equal("d-1", await File.ReadAllTextAsync(Path.Combine(_out, "ok.txt")));
        Assert.Equal("previous run", await File.ReadAllTextAsync(Path.Combine(_out, "broken.txt")));
        Assert.Equal(["broken.txt", "ok.txt"], Directory.GetFiles(_out).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Cancellation_stops_the_run_instead_of_being_recorded_as_an_error()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var pipeline = new AnalysisPipelineBuilder()
            .AddDetector(new StubDetector("cancelled", new OperationCanceledException(cts.Token)))
            .Build();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pipeline.RunAsync(_store, _out, "en", null, cts.Token));
    }

    [Fact]
    public async Task The_run_language_reaches_detectors_and_exporters()
    {
        var exporter = new StubExporter("ids.txt");

        var run = await RunAsync(new AnalysisPipelineBuilder().AddDetector(new OverviewDetector()).AddExporter(exporter), "zh-TW");

        Assert.Equal("zh-TW", exporter.Received!.Language);
        Assert.Equal("資料庫是空的", Assert.Single(run.Result.Findings).Title);
    }

    [Fact]
    public void Build_freezes_the_registrations()
    {
        var builder = new AnalysisPipelineBuilder().AddDetector(new StubDetector("one"));

        var pipeline = builder.Build();
        builder.AddDetector(new StubDetector("two")).AddExporter(new JsonLinesExporter());

        Assert.Equal(["one"], pipeline.Detectors.Select(d => d.Id));
        Assert.Empty(pipeline.Exporters);
    }

    [Fact]
    public void Two_detectors_with_one_id_or_two_exporters_with_one_file_are_refused()
    {
        var detectors = new AnalysisPipelineBuilder().AddDetector(new StubDetector("x")).AddDetector(new StubDetector("x"));
        var exporters = new AnalysisPipelineBuilder().AddExporter(new StubExporter("a.txt")).AddExporter(new StubExporter("a.txt"));

        Assert.Throws<InvalidOperationException>(detectors.Build);
        Assert.Throws<InvalidOperationException>(exporters.Build);
    }

    private sealed class Progress(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }
}
