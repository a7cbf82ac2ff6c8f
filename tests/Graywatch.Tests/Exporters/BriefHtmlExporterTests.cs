using System.Text.Json;
using System.Text.RegularExpressions;
using Graywatch.Assets;
using Graywatch.Exporters;
using Graywatch.Findings;
using Graywatch.Testing;

namespace Graywatch.Tests.Exporters;

public sealed partial class BriefHtmlExporterTests
{
    private const string Attack = "</script><script>alert(1)</script>";

    private static Task<string> BriefAsync(string language, params Finding[] findings) =>
        ExportTo.TextAsync(new BriefHtmlExporter(), Some.Result(language, findings));

    private static JsonElement Data(string html)
    {
        var match = DataScript().Match(html);
        Assert.True(match.Success, "the brief has no data script");
        return JsonDocument.Parse(match.Groups[1].Value).RootElement;
    }

    [Fact]
    public async Task The_brief_references_nothing_on_the_network()
    {
        var html = await BriefAsync("en", Some.Finding());

        Assert.DoesNotMatch(RemoteReference(), html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_brief_inlines_echarts_and_the_findings_as_json()
    {
        var html = await BriefAsync("en", Some.Finding("test-42"));

        var echarts = EmbeddedAssets.ECharts;
        Assert.Contains(echarts.Substring(echarts.Length / 2, 200), html, StringComparison.Ordinal);
        var finding = Data(html).GetProperty("findings")[0];
        Assert.Equal("test-42", finding.GetProperty("id").GetString());
        Assert.Equal(2, finding.GetProperty("evidence").GetProperty("series")[0].GetProperty("points").GetArrayLength());
        Assert.Contains("data-chart=\"series\" data-finding=\"0\" data-index=\"0\"", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"ranking\" data-finding=\"0\" data-index=\"0\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Series_sharing_a_chart_name_are_drawn_in_one_chart_with_their_band()
    {
        SeriesPoint[] points = [new(Some.Time, 1), new(Some.Time.AddHours(1), 2)];
        var finding = Some.Finding("grouped") with
        {
            Evidence = new Evidence
            {
                Series =
                [
                    new Series("Observed", "views", points) { Chart = "Views" },
                    new Series("Alone", "posts", points),
                    new Series("Low", "views", points) { Chart = "Views", Band = "low" },
                    new Series("High", "views", points) { Chart = "Views", Band = "high" },
                ],
            },
        };

        var html = await BriefAsync("en", finding);

        Assert.Contains("data-chart=\"series\" data-finding=\"0\" data-index=\"0,2,3\"", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"series\" data-finding=\"0\" data-index=\"1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-index=\"2\"", html, StringComparison.Ordinal);
        var series = Data(html).GetProperty("findings")[0].GetProperty("evidence").GetProperty("series");
        Assert.Equal("high", series[3].GetProperty("band").GetString());
        Assert.Equal("Views", series[0].GetProperty("chart").GetString());
    }

    [Fact]
    public async Task The_brief_shows_each_finding_with_its_facts_ordered_by_severity()
    {
        var html = await BriefAsync("en",
            Some.Finding("a", Severity.Low, "Quiet drift"),
            Some.Finding("b", Severity.High, "Loud burst") with { PredictedReach = 2_000_000 });

        Assert.True(html.IndexOf("Loud burst", StringComparison.Ordinal) < html.IndexOf("Quiet drift", StringComparison.Ordinal));
        Assert.Contains("What is happening", html, StringComparison.Ordinal);
        Assert.Contains("2,000,000 views", html, StringComparison.Ordinal);
        Assert.Contains("80%", html, StringComparison.Ordinal);
        Assert.Contains("2025-02-28 18:00 UTC – 2025-03-01 00:00 UTC", html, StringComparison.Ordinal);
        Assert.Contains("Watch it.", html, StringComparison.Ordinal);
        Assert.Contains("#drill", html, StringComparison.Ordinal);
        Assert.Contains("Data quality and caveats", html, StringComparison.Ordinal);
        Assert.Contains("Sampled feed data.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_brief_in_traditional_chinese_uses_the_chinese_words()
    {
        var html = await BriefAsync("zh-TW", Some.Finding(severity: Severity.High));

        Assert.Contains("<html lang=\"zh-TW\">", html, StringComparison.Ordinal);
        Assert.Contains("情勢簡報", html, StringComparison.Ordinal);
        Assert.Contains("目前情勢", html, StringComparison.Ordinal);
        Assert.Contains("建議回應", html, StringComparison.Ordinal);
        Assert.Contains(">高<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("What is happening", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malicious_caption_is_escaped_in_the_page_and_in_the_data()
    {
        var finding = Some.Finding(title: Attack) with
        {
            Summary = Attack,
            Entities = [new EntityRef(EntityKinds.Account, "x", Attack)],
            Caveats = [Attack],
            Evidence = new Evidence { Rankings = [new Ranking(Attack, Attack, [new RankedItem(Attack, 1)])] },
        };

        var html = await BriefAsync("en", finding);

        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, ScriptEnd().Count(html));
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(Attack, Data(html).GetProperty("findings")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Detector_errors_are_listed_and_escaped()
    {
        var result = Some.Result("en", Some.Finding()) with { DetectorErrors = ["bursts: <b>boom</b>"] };

        var html = await ExportTo.TextAsync(new BriefHtmlExporter(), result);

        Assert.Contains("Detector errors", html, StringComparison.Ordinal);
        Assert.Contains("bursts: &lt;b&gt;boom&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_brief_without_findings_still_renders()
    {
        var html = await BriefAsync("en");

        Assert.Contains("No findings.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Detector errors", html, StringComparison.Ordinal);
        Assert.Equal(0, Data(html).GetProperty("findings").GetArrayLength());
    }

    [GeneratedRegex("""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteReference();

    [GeneratedRegex("""<script type="application/json" id="graywatch-data">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex DataScript();

    [GeneratedRegex("</script", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptEnd();
}
