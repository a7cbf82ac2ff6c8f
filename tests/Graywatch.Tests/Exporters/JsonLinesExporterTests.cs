using System.Text.Json;
using Graywatch.Detectors;
using Graywatch.Detectors.Overview;
using Graywatch.Exporters;
using Graywatch.Findings;
using Graywatch.Pipeline;
using Graywatch.Testing;

namespace Graywatch.Tests.Exporters;

public sealed class JsonLinesExporterTests
{
    [Fact]
    public async Task Each_line_is_one_finding_with_snake_case_keys_most_severe_first_then_by_id()
    {
        var result = Some.Result("en",
            Some.Finding("b-2", Severity.Low),
            Some.Finding("a-9", Severity.Critical),
            Some.Finding("a-1", Severity.Low));

        var text = await ExportTo.TextAsync(new JsonLinesExporter(), result);

        var docs = FindingLines.Findings(text);
        Assert.Equal("run", FindingLines.Header(text).GetProperty("record").GetString());
        Assert.Equal(["a-9", "a-1", "b-2"], docs.Select(d => d.GetProperty("id").GetString()));
        var first = docs[0];
        Assert.Equal("critical", first.GetProperty("severity").GetString());
        Assert.Equal(12_345, first.GetProperty("observed_reach").GetInt64());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("predicted_reach").ValueKind);
        Assert.Equal("Watch it.", first.GetProperty("suggested_response").GetString());
        Assert.Equal("2025-02-28T18:00:00Z", first.GetProperty("start").GetString());
        var evidence = first.GetProperty("evidence");
        Assert.Equal(42, evidence.GetProperty("metrics").GetProperty("posts").GetDouble());
        Assert.Equal("2025-02-28T23:00:00Z", evidence.GetProperty("series")[0].GetProperty("points")[0].GetProperty("time").GetString());
        Assert.Equal("#drill", evidence.GetProperty("rankings")[0].GetProperty("items")[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task Times_in_other_offsets_are_written_in_utc()
    {
        var taipei = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.FromHours(8));
        var result = Some.Result("en", Some.Finding() with { Start = taipei, End = null });

        var doc = FindingLines.Findings(await ExportTo.TextAsync(new JsonLinesExporter(), result)).Single();

        Assert.Equal("2025-03-01T00:00:00Z", doc.GetProperty("start").GetString());
        Assert.Equal(JsonValueKind.Null, doc.GetProperty("end").ValueKind);
    }

    [Fact]
    public async Task Non_finite_metrics_are_written_as_null_so_the_line_stays_valid_json()
    {
        var finding = Some.Finding() with { Evidence = new Evidence { Metrics = new Dictionary<string, double> { ["ratio"] = double.NaN } } };

        var doc = FindingLines.Findings(await ExportTo.TextAsync(new JsonLinesExporter(), Some.Result("en", finding))).Single();

        Assert.Equal(JsonValueKind.Null, doc.GetProperty("evidence").GetProperty("metrics").GetProperty("ratio").ValueKind);
    }

    [Fact]
    public async Task Two_runs_over_the_same_store_write_the_same_bytes_and_ids()
    {
        using var store = Some.Store();
        new StoreSeeder(store)
            .Add(Some.Post("a", hashtags: ["drill"]), Some.Post("b", Some.Time.AddHours(3), "bob", "drill", "storm"))
            .Add(Some.Snapshot("a", 100), Some.Snapshot("b", 2_000));

        async Task<string> RunAsync()
        {
            var context = new DetectorContext(store, Some.Clock(), DetectorSettings.Empty);
            var findings = await new OverviewDetector().DetectAsync(context, CancellationToken.None);
            return await ExportTo.TextAsync(new JsonLinesExporter(), new AnalysisResult(findings, store.Stats(), Some.Time, "en", []));
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Equal(FindingId.From("overview", "overview"), FindingLines.Findings(first).Single().GetProperty("id").GetString());
    }

    [Fact]
    public async Task Chinese_text_is_kept_readable_and_no_findings_write_the_run_header_alone()
    {
        var zh = await ExportTo.TextAsync(new JsonLinesExporter(), Some.Result("zh-TW", Some.Finding(title: "演習標籤")));
        var none = await ExportTo.TextAsync(new JsonLinesExporter(), Some.Result("en"));

        Assert.Contains("\"title\":\"演習標籤\"", zh, StringComparison.Ordinal);
        Assert.Single(FindingLines.All(none));
        Assert.Equal(0, FindingLines.Header(none).GetProperty("findings").GetInt32());
    }

    [Fact]
    public async Task The_run_header_lists_every_detector_with_its_status_and_the_sampling_kinds()
    {
        var result = Some.Result("en", Some.Finding("a-1")) with
        {
            Detectors =
            [
                new DetectorRun("overview", "overview", DetectorStatus.Ran, 1, null),
                new DetectorRun("exposure", "exposure", DetectorStatus.Skipped, 0, "no site file given"),
                new DetectorRun("virality", "virality", DetectorStatus.FoundNothing, 0, null),
                new DetectorRun("incitement", "incitement", DetectorStatus.Failed, 0, "boom"),
            ],
            Sampling = new Graywatch.Ingest.SamplingProfile(new Dictionary<string, long> { ["feed"] = 7, ["search"] = 3 }),
        };

        var header = FindingLines.Header(await ExportTo.TextAsync(new JsonLinesExporter(), result));

        var detectors = header.GetProperty("detectors").EnumerateArray().ToList();
        Assert.Equal(["ran", "skipped", "found-nothing", "failed"], detectors.Select(d => d.GetProperty("status").GetString()));
        Assert.Equal("no site file given", detectors[1].GetProperty("reason").GetString());
        Assert.Equal(7, header.GetProperty("sampling").GetProperty("feed").GetInt64());
        Assert.Equal(3, header.GetProperty("sampling").GetProperty("search").GetInt64());
        Assert.False(string.IsNullOrEmpty(header.GetProperty("graywatch_version").GetString()));
    }
}
