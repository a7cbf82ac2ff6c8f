using Graywatch.Readers;

namespace Graywatch.Tests.Readers;

public sealed class ReaderCatalogTests
{
    [Theory]
    [InlineData("tiktok-research", "videos.json")]
    [InlineData("tiktok-research", "videos.jsonl")]
    [InlineData("tiktok-research", "responses.jsonl")]
    [InlineData("tiktok-research-comments", "comments.json")]
    [InlineData("tiktok-research-user", "user.json")]
    [InlineData("zeeschuimer", "tiktok.ndjson")]
    [InlineData("scraper-csv", "feed.csv")]
    [InlineData("scraper-csv", "tikapi.csv")]
    [InlineData("scraper-json", "tikapi.jsonl")]
    [InlineData("apify-tiktok", "dataset.json")]
    [InlineData("qut-coordination", "messages.csv")]
    [InlineData("coortweet", "shares.csv")]
    [InlineData("generic", "posts.csv")]
    [InlineData("generic", "posts.jsonl")]
    public void Given_a_fixture_when_its_head_is_sniffed_then_its_own_reader_is_detected(string format, string file)
    {
        var sample = ReaderHarness.Sample(ReaderHarness.Fixture(format, file));

        Assert.Equal(format, ReaderCatalog.Detect(sample)?.Format);
    }

    [Fact]
    public void Given_a_file_nobody_knows_when_sniffed_then_no_reader_is_detected()
    {
        Assert.Null(ReaderCatalog.Detect(new FileSample("notes.txt", "just some words\n")));
    }

    [Fact]
    public void Given_every_format_name_when_looked_up_then_its_reader_comes_back()
    {
        foreach (var reader in ReaderCatalog.All)
        {
            Assert.Same(reader, ReaderCatalog.ByName(reader.Format.ToUpperInvariant()));
            Assert.Contains(reader.Format, ReaderCatalog.FormatNames);
        }
        Assert.Null(ReaderCatalog.ByName("nope"));
    }
}
