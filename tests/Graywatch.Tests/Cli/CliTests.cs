using System.Text.Json;
using Graywatch.Cli.Infrastructure;
using Graywatch.Testing;

namespace Graywatch.Tests.Cli;

public sealed class CliTests
{
    private static Task<(int Code, string Output)> Run(params string[] args) => CliRun.RunAsync(args);

    [Fact]
    public async Task An_unknown_option_is_bad_usage_with_exit_code_2()
    {
        var (code, output) = await Run("stats", "--no-such-option");

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("no-such-option", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsupported_language_is_bad_usage()
    {
        using var dir = new TempDir();
        var (code, _) = await Run("stats", "--db", dir["s.duckdb"], "--lang", "fr");

        Assert.Equal(ExitCodes.BadUsage, code);
    }

    [Fact]
    public async Task Ingesting_a_missing_file_is_bad_input_with_exit_code_3_and_names_the_file()
    {
        using var dir = new TempDir();
        var (code, output) = await Run("ingest", dir["missing.csv"], "--db", dir["s.duckdb"]);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("missing.csv", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_with_json_prints_one_object_with_the_summary_fields()
    {
        using var dir = new TempDir();
        var f = dir.Write("a.csv", "id,author,created_at,views\n1,alice,2026-05-01T10:00:00Z,5\n,bob,2026-05-01T10:00:00Z,7\n");

        var (code, output) = await Run("ingest", f, "--db", dir["s.duckdb"], "--json", "--observed-at", "2026-05-02T00:00:00Z");

        Assert.Equal(ExitCodes.Done, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("files").GetInt32());
        Assert.Equal(2, root.GetProperty("records").GetInt64());
        Assert.Equal(1, root.GetProperty("posts_new").GetInt64());
        Assert.Equal(1, root.GetProperty("snapshots_added").GetInt64());
        Assert.Equal(0, root.GetProperty("duplicates").GetInt64());
        Assert.Equal(1, root.GetProperty("quarantined").GetProperty("missing-field").GetInt64());
    }

    [Fact]
    public async Task Stats_with_json_prints_the_store_totals()
    {
        using var dir = new TempDir();
        var f = dir.Write("a.csv", "id,author,created_at,views\n1,alice,2026-05-01T10:00:00Z,5\n");
        await Run("ingest", f, "--db", dir["s.duckdb"]);

        var (code, output) = await Run("stats", "--db", dir["s.duckdb"], "--json");

        Assert.Equal(ExitCodes.Done, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement.GetProperty("posts").GetInt64());
        foreach (var field in new[] { "snapshots", "accounts", "comments", "quarantined" })
        {
            Assert.True(doc.RootElement.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task Raw_prints_the_original_record_behind_a_post_with_its_file_and_line()
    {
        using var dir = new TempDir();
        var line = """{"id":7300000000000000009,"create_time":1767225600,"username":"a","video_description":"evidence","view_count":5}""";
        var f = dir.Write("videos.jsonl", line + "\n");
        await Run("ingest", f, "--db", dir["s.duckdb"], "--observed-at", "2026-01-02T00:00:00Z");

        var (code, output) = await Run("raw", "7300000000000000009", "--db", dir["s.duckdb"], "--json");

        Assert.Equal(ExitCodes.Done, code);
        using var doc = JsonDocument.Parse(output.Trim().Split('\n').Single());
        Assert.Equal(line, doc.RootElement.GetProperty("raw").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("item").GetInt64());
        Assert.EndsWith("videos.jsonl", doc.RootElement.GetProperty("path").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_json_keeps_quotes_and_chinese_readable()
    {
        using var dir = new TempDir();
        var line = """{"id":7300000000000000010,"create_time":1767225600,"username":"a","video_description":"中文 \"引號\"","view_count":5}""";
        var f = dir.Write("videos.jsonl", line + "\n");
        await Run("ingest", f, "--db", dir["s.duckdb"], "--observed-at", "2026-01-02T00:00:00Z");

        var (code, output) = await Run("raw", "7300000000000000010", "--db", dir["s.duckdb"], "--json");

        Assert.Equal(ExitCodes.Done, code);
        Assert.Contains("中文", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0022", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u4E2D", output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(output.Trim().Split('\n').Single());
        Assert.Equal(line, doc.RootElement.GetProperty("raw").GetString());
    }
}
