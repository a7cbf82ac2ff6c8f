using Graywatch.Readers;

namespace Graywatch.Tests.Readers;

/// <summary>Reads the real datasets in <c>../shared/data</c> where they exist; they are never copied into the repository.</summary>
public sealed class RealDataTests
{
    private static readonly string s_data = FindData();

    [SkippableFact]
    public void Given_the_vietnam_feed_scrape_when_read_then_all_10102_posts_map_without_quarantine()
    {
        var path = Path.Combine(s_data, "tiktok-vn-feed", "raw_data.csv");
        Skip.IfNot(File.Exists(path), "tiktok-vn-feed dataset not present");

        var records = Read(path);

        Assert.Equal("scraper-csv", ReaderCatalog.Detect(ReaderHarness.Sample(path))?.Format);
        Assert.Empty(records.Where(r => r.IsQuarantined).Select(r => $"{r.Item}: {r.QuarantineReason}"));
        Assert.Equal(10_102, records.Count(r => r.Post is not null));
        Assert.All(records, r => Assert.NotNull(r.Snapshot));
    }

    [SkippableFact]
    public void Given_the_recrawl_with_its_bom_and_other_column_order_when_read_then_all_2409_posts_map()
    {
        var path = Path.Combine(s_data, "tiktok-vn-feed", "recrawled_1v.csv");
        Skip.IfNot(File.Exists(path), "tiktok-vn-feed dataset not present");

        var records = Read(path);

        Assert.Empty(records.Where(r => r.IsQuarantined).Select(r => $"{r.Item}: {r.QuarantineReason}"));
        Assert.Equal(2_409, records.Count(r => r.Post is not null));
        Assert.All(records, r => Assert.Equal(2025, r.Snapshot!.ObservedAt.Year));
    }

    [SkippableFact]
    public void Given_the_russian_coordination_csv_when_read_then_all_35125_rows_map()
    {
        var path = Path.Combine(s_data, "coord-russian-retweets", "russian_coord_tweets.csv");
        Skip.IfNot(File.Exists(path), "coord-russian-retweets dataset not present");

        var records = Read(path);

        Assert.Equal("coortweet", ReaderCatalog.Detect(ReaderHarness.Sample(path))?.Format);
        Assert.Equal(35_125, records.Count(r => r.Post is not null));
    }

    private static List<MappedRecord> Read(string path)
    {
        var reader = ReaderCatalog.Detect(ReaderHarness.Sample(path)) ?? throw new InvalidOperationException("no reader");
        using var stream = File.OpenRead(path);
        return [.. reader.Read(stream, new ReaderContext(path, ReaderHarness.DefaultObservedAt), CancellationToken.None)];
    }

    private static string FindData()
    {
        var from = Environment.GetEnvironmentVariable("GRAYWATCH_DATA");
        if (!string.IsNullOrEmpty(from))
        {
            return from;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return "/work/shared/data";
    }
}
