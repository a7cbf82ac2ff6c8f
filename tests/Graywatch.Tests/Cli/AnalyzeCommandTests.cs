using System.Text.Json;
using Graywatch.Cli.Infrastructure;
using Graywatch.Testing;

namespace Graywatch.Tests.Cli;

public sealed class AnalyzeCommandTests
{
    private static Task<(int Code, string Output)> Run(params string[] args) => CliRun.RunAsync(args);

    [Fact]
    public async Task Analyze_on_the_bundled_sample_writes_findings_and_a_self_contained_brief()
    {
        using var dir = new TempDir();

        var (code, output) = await Run("analyze", RepositoryFiles.Path("samples/tiktok"), "--db", dir["s.duckdb"], "--out", dir["out"]);

        Assert.Equal(ExitCodes.Done, code);
        var text = File.ReadAllText(dir["out/findings.jsonl"]);
        var findings = FindingLines.Findings(text);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("id").GetString())));
        Assert.All(findings, f => Assert.StartsWith("story-", f.GetProperty("story_id").GetString(), StringComparison.Ordinal));
        Assert.Contains(findings, f => f.GetProperty("module").GetString() == "overview");
        var header = FindingLines.Header(text);
        Assert.Contains(header.GetProperty("detectors").EnumerateArray(),
            d => d.GetProperty("id").GetString() == "exposure" && d.GetProperty("status").GetString() == "skipped");
        Assert.NotEmpty(header.GetProperty("sampling").EnumerateObject());
        Assert.True(File.Exists(dir["out/stories.jsonl"]));
        var brief = File.ReadAllText(dir["out/brief.html"]);
        Assert.Contains("echarts", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", brief, StringComparison.Ordinal);
        Assert.Contains("brief.html", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_twice_on_the_same_sample_adds_nothing_the_second_time_and_gives_the_same_finding_ids()
    {
        using var dir = new TempDir();
        await Run("analyze", RepositoryFiles.Path("samples/tiktok"), "--db", dir["s.duckdb"], "--out", dir["a"]);

        var (code, output) = await Run("analyze", RepositoryFiles.Path("samples/tiktok"), "--db", dir["s.duckdb"], "--out", dir["b"], "--json");

        Assert.Equal(ExitCodes.Done, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(0, doc.RootElement.GetProperty("ingest").GetProperty("posts_new").GetInt64());
        Assert.Equal(0, doc.RootElement.GetProperty("ingest").GetProperty("snapshots_added").GetInt64());
        static IEnumerable<string> Ids(string file) => FindingLines.FromFile(file).Select(f => f.GetProperty("id").GetString()!);
        Assert.Equal(Ids(dir["a/findings.jsonl"]).Order(), Ids(dir["b/findings.jsonl"]).Order());
    }

    [Fact]
    public async Task Analyze_in_traditional_chinese_writes_a_chinese_brief()
    {
        using var dir = new TempDir();

        var (code, _) = await Run("analyze", RepositoryFiles.Path("samples/tiktok"), "--db", dir["s.duckdb"], "--out", dir["out"], "--lang", "zh-TW");

        Assert.Equal(ExitCodes.Done, code);
        Assert.Contains("情勢簡報", File.ReadAllText(dir["out/brief.html"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_the_sample_every_high_says_why_has_confidence_06_and_each_planted_event_is_one_story()
    {
        using var dir = new TempDir();

        var (code, _) = await Run("analyze", RepositoryFiles.Path("samples/tiktok"), "--db", dir["s.duckdb"], "--sites", RepositoryFiles.Path("samples/sites.csv"), "--out", dir["out"]);

        Assert.Equal(ExitCodes.Done, code);
        var findings = FindingLines.FromFile(dir["out/findings.jsonl"]);
        Assert.All(findings.Where(f => f.GetProperty("severity").GetString() is "high" or "critical"), f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("why").GetString()), f.GetProperty("title").GetString());
            Assert.True(f.GetProperty("confidence").GetDouble() >= 0.6, f.GetProperty("title").GetString());
        });
        var stories = File.ReadAllLines(dir["out/stories.jsonl"]).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        static IEnumerable<string> Titles(JsonElement story) => story.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("title").GetString()!);
        // The anger campaign written in two scripts is one story, and so is the site with the accounts stationed there.
        Assert.Single(stories, s => Titles(s).Any(t => t.StartsWith("Anger rising", StringComparison.Ordinal)));
        Assert.Single(stories, s => Titles(s).Any(t => t.StartsWith("Likely stationed", StringComparison.Ordinal)));
        var site = stories.Single(s => Titles(s).Any(t => t.StartsWith("Site exposed", StringComparison.Ordinal)));
        Assert.Contains(Titles(site), t => t.StartsWith("Likely stationed", StringComparison.Ordinal));
        Assert.Equal("high", site.GetProperty("severity").GetString());
    }
}
