using System.Text.Json;
using Graywatch.Cli.Infrastructure;
using Graywatch.Testing;

namespace Graywatch.Tests.Cli;

public sealed class TrendsCommandTests
{
    private static Task<(int Code, string Output)> Run(params string[] args) => CliRun.RunAsync(args);

    private static string Feed(TempDir dir)
    {
        var lines = new List<string> { "id,author,created_at,text,hashtags,views" };
        for (var i = 0; i < 12; i++)
        {
            lines.Add($"{i},user{i},2026-05-01T{i:00}:10:00Z,dance time,\"dancechallenge,fun\",10");
        }
        lines.Add("99,zed,2026-04-28T10:00:00Z,quiet day,food,3");
        return dir.Write("feed.csv", string.Join('\n', lines) + "\n");
    }

    [Fact]
    public async Task Trends_with_json_ranks_hashtags_and_lists_the_challenge()
    {
        using var dir = new TempDir();
        await Run("ingest", Feed(dir), "--db", dir["s.duckdb"], "--observed-at", "2026-05-02T00:00:00Z");

        var (code, output) = await Run("trends", "--db", dir["s.duckdb"], "--json");

        Assert.Equal(ExitCodes.Done, code);
        using var doc = JsonDocument.Parse(output);
        var entities = doc.RootElement.GetProperty("entities");
        Assert.Contains(entities.EnumerateArray(), e => e.GetProperty("key").GetString() == "dancechallenge");
        var challenge = Assert.Single(doc.RootElement.GetProperty("challenges").EnumerateArray());
        Assert.Equal(12, challenge.GetProperty("authors").GetInt32());
    }

    [Fact]
    public async Task A_with_combination_reports_the_posts_that_carry_every_hashtag()
    {
        using var dir = new TempDir();
        await Run("ingest", Feed(dir), "--db", dir["s.duckdb"], "--observed-at", "2026-05-02T00:00:00Z");

        var (code, output) = await Run("trends", "--db", dir["s.duckdb"], "--with", "#dancechallenge", "--with", "#FUN", "--json");

        Assert.Equal(ExitCodes.Done, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(12, doc.RootElement.GetProperty("combination").GetProperty("posts").GetInt32());
    }

    [Fact]
    public async Task An_unknown_entity_kind_is_bad_usage()
    {
        using var dir = new TempDir();

        var (code, _) = await Run("trends", "--db", dir["s.duckdb"], "--entity", "emoji");

        Assert.Equal(ExitCodes.BadUsage, code);
    }

    [Fact]
    public async Task A_bin_that_is_not_a_duration_is_bad_usage()
    {
        using var dir = new TempDir();

        var (code, output) = await Run("trends", "--db", dir["s.duckdb"], "--bin", "often");

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("often", output, StringComparison.Ordinal);
    }
}
