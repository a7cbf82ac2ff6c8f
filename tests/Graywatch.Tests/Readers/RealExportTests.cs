using System.Text.Json;
using Graywatch.Ingest;
using Graywatch.Readers;
using Graywatch.Store;
using Graywatch.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Graywatch.Tests.Readers;

/// <summary>Reads the real third-party exports in <c>shared/data/real-exports</c> where they exist (never copied into the repository).</summary>
public sealed class RealExportTests
{
    private static string? Path(string relative) => SharedData.File(System.IO.Path.Combine("real-exports", relative));

    private static (string Format, List<MappedRecord> Records) Read(string path, IReadOnlyDictionary<string, string>? options = null)
    {
        var reader = ReaderCatalog.Detect(ReaderHarness.Sample(path)) ?? throw new InvalidOperationException("no reader");
        using var stream = File.OpenRead(path);
        List<MappedRecord> records = [.. reader.Read(stream, new ReaderContext(path, ReaderHarness.DefaultObservedAt, options), CancellationToken.None)];
        Assert.Empty(records.Where(r => r.IsQuarantined).Select(r => $"{r.Item}: {r.QuarantineReason}"));
        Assert.All(records, r => Assert.True(r.Post is not null || r.Comment is not null));
        return (reader.Format, records);
    }

    [SkippableFact]
    public void Given_the_zeeschuimer_search_capture_when_read_then_all_96_items_map_field_by_field()
    {
        var path = Path("zs-decoder-ndjson/tiktok-test.ndjson");
        Skip.If(path is null, "real-exports not present");

        var (format, records) = Read(path);

        Assert.Equal("zeeschuimer", format);
        Assert.Equal(96, records.Count);
        var first = records[0];
        var post = first.Post!;
        Assert.Equal(("7288995634328177926", "haberturktv", DateTimeOffset.FromUnixTimeSeconds(1697101549)), (post.Id, post.AuthorId, post.CreatedAt));
        Assert.Equal(TimeSpan.Zero, post.CreatedAt!.Value.Offset);
        Assert.Equal(("7288995737794005765", "orijinal ses", 277.0), (post.SoundId, post.SoundTitle, post.DurationSeconds!.Value));
        Assert.Equal(12, post.Hashtags.Count);
        Assert.Contains("fosforbombası", post.Hashtags);
        Assert.Contains("habertürktv", post.Hashtags);
        Assert.Equal((3597L, 59L, 3L, 0L, 9L), (first.Snapshot!.Views!.Value, first.Snapshot.Likes!.Value, first.Snapshot.Comments!.Value, first.Snapshot.Shares!.Value, first.Snapshot.Saves!.Value));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1697108706245), first.Snapshot.ObservedAt);
        Assert.Equal(277_400L, first.Account!.Followers);
        // 76 items carry challenges or textExtra; one of them only a mention.
        Assert.Equal(75, records.Count(r => r.Post!.Hashtags.Count > 0));
        Assert.Equal(["ss_k310"], records.Single(r => r.Post!.Id == "7049496176789392667").Post!.Mentions);
        // The capture holds no place and no creation region: none is invented.
        Assert.All(records, r => Assert.Null(r.Post!.PlaceName ?? r.Post.RegionCode));
    }

    [SkippableFact]
    public void Given_the_single_pretty_printed_zeeschuimer_item_when_read_then_it_is_one_post()
    {
        var path = Path("zs-decoder-item/tiktok.json");
        Skip.If(path is null, "real-exports not present");

        var (format, records) = Read(path);

        Assert.Equal("zeeschuimer", format);
        var post = Assert.Single(records).Post!;
        Assert.Equal(("7288995634328177926", "haberturktv", DateTimeOffset.FromUnixTimeSeconds(1697101549)), (post.Id, post.AuthorId, post.CreatedAt));
        Assert.Equal(3597L, records[0].Snapshot!.Views);
    }

    [SkippableFact]
    public void Given_the_zeeschuimer_decoder_csv_when_read_then_its_96_rows_agree_with_the_capture_they_came_from()
    {
        var path = Path("zs-decoder-csv/tiktok-test.csv");
        var capture = Path("zs-decoder-ndjson/tiktok-test.ndjson");
        Skip.If(path is null || capture is null, "real-exports not present");

        var (format, records) = Read(path);

        Assert.Equal("zeeschuimer-decoder-csv", format);
        Assert.Equal(96, records.Count);
        var twins = File.ReadLines(capture).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("data"))
            .ToDictionary(d => d.GetProperty("id").GetString()!);
        foreach (var r in records)
        {
            var twin = twins[r.Post!.Id];
            Assert.Equal(twin.GetProperty("author").GetProperty("uniqueId").GetString(), r.Post.AuthorId);
            Assert.Equal(twin.GetProperty("stats").GetProperty("playCount").GetInt64(), r.Snapshot!.Views);
            Assert.Equal(twin.GetProperty("stats").GetProperty("diggCount").GetInt64(), r.Snapshot.Likes);
            // The CSV has no creation time: the id's own second is when the upload began, before publication.
            var published = DateTimeOffset.FromUnixTimeSeconds(long.Parse(twin.GetProperty("createTime").ToString(), System.Globalization.CultureInfo.InvariantCulture));
            Assert.InRange(r.Post.CreatedAt!.Value, published.AddDays(-5), published);
        }
        Assert.Contains("fosforbombası", records[0].Post!.Hashtags);
        Assert.Equal(277_400L, records[0].Account!.Followers);
    }

    [SkippableFact]
    public void Given_the_qut_sample_when_read_then_all_100_messages_map_with_their_times_and_urls()
    {
        var path = Path("qut-sample/sample_data.csv");
        Skip.If(path is null, "real-exports not present");

        var (format, records) = Read(path);

        Assert.Equal("qut-coordination", format);
        Assert.Equal(100, records.Count);
        var first = records[0].Post!;
        Assert.Equal(("1", "4", 1_606_451_170_518L), (first.Id, first.AuthorId, first.CreatedAt!.Value.ToUnixTimeMilliseconds()));
        Assert.Equal(["http://example.com/2"], first.Urls);
        Assert.Equal(["http://example.com/4", "http://example.com/6"], records[1].Post!.Urls);
    }

    [SkippableFact]
    public void Given_the_coortweet_tiktok_csv_with_a_platform_when_read_then_all_27995_shares_are_tiktok_posts()
    {
        var path = Path("coortweetgui-tiktok/tiktok_csds_ready_2025-04-16.csv");
        Skip.If(path is null, "real-exports not present");

        var (format, records) = Read(path, new Dictionary<string, string> { ["platform"] = "tiktok" });

        Assert.Equal("coortweet", format);
        Assert.Equal(27_995, records.Count);
        var first = records[0].Post!;
        Assert.Equal(("tiktok", "7487755634083941638", "userlima163 (BR)"), (first.Platform, first.Id, first.AuthorId));
        Assert.Equal(("7487755636827425541", DateTimeOffset.FromUnixTimeSeconds(1743371771)), (first.ParentId, first.CreatedAt));
    }

    [SkippableFact]
    public void Given_the_coortweet_facebook_csv_with_multi_line_cells_when_read_then_all_3546_shares_map()
    {
        var path = Path("coortweetgui-pope/pope_sick.csv");
        Skip.If(path is null, "real-exports not present");

        var (_, records) = Read(path);

        Assert.Equal(3546, records.Count);
        Assert.Equal("Breaking News! His Holiness Pope Francis has failed… Read more\n1", records[0].Post!.ParentId);
    }

    [SkippableFact]
    public async Task Given_every_real_export_when_ingested_then_no_file_fails_and_nothing_is_quarantined()
    {
        var folder = SharedData.Root is { } root ? System.IO.Path.Combine(root, "real-exports") : null;
        Skip.If(folder is null || !Directory.Exists(folder), "real-exports not present");
        using var dir = new TempDir();
        using var store = GraywatchStore.Open(dir["store.duckdb"]);

        var summary = await new Ingestor(store, new IngestOptions(), new FakeTimeProvider()).IngestAsync([folder], null, CancellationToken.None);

        Assert.Empty(summary.Failed.Select(f => f.Error));
        Assert.Equal(0, summary.Quarantined);
        Assert.Equal(96 + 1 + 96 + 100 + 27_995 + 3546, summary.Records);
    }
}
