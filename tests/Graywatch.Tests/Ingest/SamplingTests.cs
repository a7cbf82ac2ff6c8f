using System.Text.Json;
using Graywatch.Ingest;
using Graywatch.Readers;
using Graywatch.Testing;
using Graywatch.Tests.Cli;

namespace Graywatch.Tests.Ingest;

public sealed class SamplingTests
{
    private const string Item =
        """
        {"id":"1","timestamp_collected":1768197600000,"source_platform":"tiktok.com","source_platform_url":"https://www.tiktok.com/","source_url":"URL","data":{"id":"1","desc":"hi","createTime":1767660376,"author":{"uniqueId":"amy"},"stats":{"playCount":5}}}
        """;

    private static string Zeeschuimer(string sourceUrl) => Item.Replace("URL", sourceUrl, StringComparison.Ordinal);

    [Theory]
    [InlineData("https://www.tiktok.com/api/recommend/item_list/?aid=1988", "feed")]
    [InlineData("https://www.tiktok.com/api/challenge/item_list/?challengeID=1", "search")]
    [InlineData("https://www.tiktok.com/api/search/general/full/?keyword=x", "search")]
    [InlineData("https://www.tiktok.com/api/post/item_list/?secUid=x", "account")]
    public void The_capture_address_of_a_zeeschuimer_item_says_how_it_was_collected(string url, string kind)
    {
        Assert.Equal(kind, SamplingInference.From(new FileSample("x.ndjson", Zeeschuimer(url))));
    }

    [Fact]
    public void A_file_that_says_nothing_has_no_inferred_kind_and_a_simulated_one_says_so()
    {
        Assert.Null(SamplingInference.From(new FileSample("x.csv", "id,desc\n1,hello\n")));
        Assert.Equal("simulated", SamplingInference.From(new FileSample("x.ndjson", """{"graywatch_simulated":true,"id":"1"}""")));
    }

    [Fact]
    public async Task Ingest_with_sampling_records_it_and_stats_shows_posts_by_kind()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir["feed.ndjson"], Zeeschuimer("https://www.tiktok.com/api/recommend/item_list/") + "\n");
        File.WriteAllText(dir["query.ndjson"], Zeeschuimer("https://www.tiktok.com/api/recommend/item_list/").Replace("\"1\"", "\"2\"", StringComparison.Ordinal) + "\n");

        await CliRun.RunAsync("ingest", dir["feed.ndjson"], "--db", dir["s.duckdb"]);
        await CliRun.RunAsync("ingest", dir["query.ndjson"], "--sampling", "Search", "--db", dir["s.duckdb"]);
        var (code, output) = await CliRun.RunAsync("stats", "--json", "--db", dir["s.duckdb"]);

        Assert.Equal(0, code);
        var sampling = JsonDocument.Parse(output).RootElement.GetProperty("sampling");
        Assert.Equal(1, sampling.GetProperty("feed").GetInt64());
        Assert.Equal(1, sampling.GetProperty("search").GetInt64());
    }

    [Fact]
    public async Task An_unknown_sampling_kind_is_a_usage_error()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir["feed.ndjson"], Zeeschuimer("x") + "\n");

        var (code, output) = await CliRun.RunAsync("ingest", dir["feed.ndjson"], "--sampling", "fed", "--db", dir["s.duckdb"]);

        Assert.Equal(2, code);
        Assert.Contains("feed, search, account, census, simulated", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sampling_profile_says_a_feed_is_a_sample_and_a_census_is_not()
    {
        var feed = new SamplingProfile(new Dictionary<string, long> { ["feed"] = 10 });
        var census = new SamplingProfile(new Dictionary<string, long> { ["census"] = 10 });

        Assert.True(feed.IsSample);
        Assert.False(census.IsSample);
        Assert.Equal("feed 10", feed.Describe());
        Assert.Empty(Graywatch.Detectors.SamplingCaveats.For(census, "en"));
        Assert.Single(Graywatch.Detectors.SamplingCaveats.For(feed, "zh-TW"));
    }
}
