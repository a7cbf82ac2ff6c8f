using System.Text.Json;
using Graywatch.Cli.Infrastructure;
using Graywatch.Testing;

namespace Graywatch.Tests.Cli;

public sealed class ExposureCommandTests
{
    [Fact]
    public async Task Exposure_with_json_writes_one_line_per_finding_with_kind_site_accounts_posts_and_confidence()
    {
        using var dir = new TempDir();
        await CliRun.RunAsync("ingest", RepositoryFiles.Path("samples/tiktok"), "--db", dir["s.duckdb"]);

        var (code, output) = await CliRun.RunAsync("exposure", "--db", dir["s.duckdb"], "--sites", RepositoryFiles.Path("samples/sites.csv"), "--radius", "2km", "--json", "--out", dir["out"]);

        Assert.Equal(ExitCodes.Done, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(lines, l =>
        {
            Assert.True(l.TryGetProperty("kind", out _));
            Assert.True(l.TryGetProperty("site", out _));
            Assert.Equal(JsonValueKind.Array, l.GetProperty("accounts").ValueKind);
            Assert.Equal(JsonValueKind.Array, l.GetProperty("posts").ValueKind);
            Assert.InRange(l.GetProperty("confidence").GetDouble(), 0, 1);
        });
        Assert.Contains(lines, l => l.GetProperty("kind").GetString() == "site-exposure" && l.GetProperty("site").GetString() == "Qingshan Air Base");
        Assert.InRange(lines.Count(l => l.GetProperty("kind").GetString() == "stationed"), 3, 5);
        using var geo = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["out"], "findings.geojson")));
        Assert.Contains(geo.RootElement.GetProperty("features").EnumerateArray(), f => f.GetProperty("properties").GetProperty("kind").GetString() == "site");
        Assert.True(File.Exists(Path.Combine(dir["out"], "findings.jsonl")));
    }

    [Fact]
    public async Task Exposure_without_sites_is_a_usage_error_and_a_missing_site_file_is_bad_input()
    {
        using var dir = new TempDir();
        await CliRun.RunAsync("ingest", dir.Write("a.csv", "id,author,created_at,views\n1,alice,2026-05-01T10:00:00Z,5\n"), "--db", dir["s.duckdb"]);

        var (noSites, _) = await CliRun.RunAsync("exposure", "--db", dir["s.duckdb"]);
        var (missing, output) = await CliRun.RunAsync("exposure", "--db", dir["s.duckdb"], "--sites", dir["nope.csv"]);
        var (badRadius, _) = await CliRun.RunAsync("exposure", "--db", dir["s.duckdb"], "--sites", RepositoryFiles.Path("samples/sites.csv"), "--radius", "far");

        Assert.Equal(ExitCodes.BadUsage, noSites);
        Assert.Equal(ExitCodes.BadInput, missing);
        Assert.Contains("site file not found", output);
        Assert.Equal(ExitCodes.BadUsage, badRadius);
    }

    [Fact]
    public async Task Analyze_with_sites_adds_the_exposure_findings_and_a_map_to_the_brief()
    {
        using var dir = new TempDir();

        var (code, _) = await CliRun.RunAsync("analyze", RepositoryFiles.Path("samples/tiktok"), "--db", dir["s.duckdb"], "--sites", RepositoryFiles.Path("samples/sites.csv"), "--out", dir["out"], "--json");

        Assert.Equal(ExitCodes.Done, code);
        var findings = FindingLines.FromFile(Path.Combine(dir["out"], "findings.jsonl"));
        Assert.Contains(findings, f => f.GetProperty("detector").GetString() == "exposure" && f.GetProperty("title").GetString()!.StartsWith("Likely stationed", StringComparison.Ordinal));
        var brief = File.ReadAllText(Path.Combine(dir["out"], "brief.html"));
        Assert.Contains("gw-world", brief);
    }
}
