using System.IO.Compression;
using System.Text;
using Graywatch.Ingest;
using Graywatch.Store;
using Graywatch.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Graywatch.Tests.Ingest;

public sealed class IngestorTests : IDisposable
{
    private const string GenericHeader = "id,author,created_at,text,hashtags,views,likes,observed_at\n";
    private readonly TempDir _dir = new();
    private readonly GraywatchStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

    public IngestorTests() => _store = GraywatchStore.Open(_dir["store.duckdb"]);

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    private Task<IngestSummary> Ingest(params string[] paths) => Ingest(new IngestOptions(), paths);

    private async Task<IngestSummary> Ingest(IngestOptions options, params string[] paths)
    {
        var summary = await new Ingestor(_store, options, _time).IngestAsync(paths, null, CancellationToken.None);
        // The accounting identity holds for every file read, repeated files included.
        foreach (var f in summary.Files.Where(f => f.Error is null))
        {
            Assert.True(f.Records == f.New + f.Duplicates + f.Quarantined,
                $"{f.Path}: {f.Records} records != {f.New} new + {f.Duplicates} duplicates + {f.Quarantined} quarantined");
        }
        return summary;
    }

    private static string Rows(params string[] rows) => GenericHeader + string.Join('\n', rows) + "\n";

    [Fact]
    public async Task Re_ingesting_the_same_file_adds_nothing_and_counts_its_quarantined_records_again()
    {
        var f = _dir.Write("a.csv", Rows(
            "1,alice,2026-05-01T10:00:00Z,hello #a,a,100,5,2026-05-02T00:00:00Z",
            "2,bob,2026-05-01T11:00:00Z,world,b,200,6,2026-05-02T00:00:00Z",
            "3,carol,not a time,bad,,300,7,2026-05-02T00:00:00Z"));

        var first = await Ingest(f);
        var before = _store.Stats();
        var second = await Ingest(f);

        Assert.Equal(2, first.PostsNew);
        Assert.Equal(2, first.SnapshotsAdded);
        Assert.Equal(0, second.PostsNew);
        Assert.Equal(0, second.SnapshotsAdded);
        Assert.Equal(2, second.Duplicates);
        Assert.True(second.Files[0].AlreadyIngested);
        Assert.Equal(3, second.Files[0].Records);
        Assert.Equal(1, second.Files[0].Quarantined);
        Assert.Equal(before, _store.Stats());
    }

    [Fact]
    public async Task The_same_post_seen_later_adds_a_snapshot_and_no_post()
    {
        var early = _dir.Write("early.csv", Rows("1,alice,2026-05-01T10:00:00Z,hi,,100,5,2026-05-02T00:00:00Z"));
        var late = _dir.Write("late.csv", Rows("1,alice,2026-05-01T10:00:00Z,hi,,900,50,2026-05-09T00:00:00Z"));

        await Ingest(early);
        var second = await Ingest(late);

        Assert.Equal(0, second.PostsNew);
        Assert.Equal(1, second.SnapshotsAdded);
        var views = _store.Query("SELECT views FROM snapshots WHERE post_id = '1' ORDER BY observed_at", r => r.GetInt64(0));
        Assert.Equal([100L, 900L], views);
    }

    [Fact]
    public async Task A_gzipped_file_is_read_like_the_plain_one()
    {
        var text = Rows("1,alice,2026-05-01T10:00:00Z,hi,,100,5,2026-05-02T00:00:00Z");
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes(text));
        }
        var f = _dir.Write("a.csv.gz", ms.ToArray());

        var s = await Ingest(f);

        Assert.Empty(s.Failed);
        Assert.Equal(1, s.PostsNew);
    }

    [Fact]
    public async Task A_utf16_file_with_a_byte_order_mark_is_transcoded()
    {
        var text = Rows("1,alice,2026-05-01T10:00:00Z,中文 caption,,100,5,2026-05-02T00:00:00Z");
        var f = _dir.Write("u16.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        var s = await Ingest(f);

        Assert.Empty(s.Failed);
        Assert.Equal("中文 caption", _store.Scalar("SELECT text FROM posts"));
    }

    [Fact]
    public async Task A_bad_record_is_quarantined_with_its_line_and_reason_and_the_rest_is_stored()
    {
        var f = _dir.Write("a.csv", Rows(
            "1,alice,2026-05-01T10:00:00Z,ok,,100,5,2026-05-02T00:00:00Z",
            ",bob,2026-05-01T10:00:00Z,no id,,100,5,2026-05-02T00:00:00Z",
            "3,carol,2026-05-01T10:00:00Z,ok,,100,5,2026-05-02T00:00:00Z"));

        var s = await Ingest(f);

        Assert.Equal(2, s.PostsNew);
        Assert.Equal(1, s.Quarantined);
        var (item, reason, raw) = _store.Query("SELECT item, reason, raw FROM quarantine", r => (r.GetInt64(0), r.GetString(1), r.GetString(2))).Single();
        Assert.Equal(3, item);
        Assert.Contains("id", reason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no id", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_record_keeps_its_source_file_format_and_raw_text()
    {
        var f = _dir.Write("a.csv", Rows("1,alice,2026-05-01T10:00:00Z,raw me,,100,5,2026-05-02T00:00:00Z"));

        await Ingest(f);

        var row = _store.Query("""
            SELECT s.path, s.format, s.mapper_version, p.source_item, r.raw
            FROM posts p JOIN sources s USING (source_id) JOIN raw_records r ON r.source_id = p.source_id AND r.item = p.source_item
            """, r => (r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt64(3), r.GetString(4))).Single();
        Assert.Equal(Path.GetFullPath(f), row.Item1);
        Assert.Equal("generic", row.Item2);
        Assert.True(row.Item3 >= 1);
        Assert.Equal(2, row.Item4);
        Assert.Contains("raw me", row.Item5, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_binary_file_fails_with_a_clear_message_and_leaves_the_store_as_it_was()
    {
        await Ingest(_dir.Write("ok.csv", Rows("1,alice,2026-05-01T10:00:00Z,hi,,100,5,2026-05-02T00:00:00Z")));
        var before = _store.Stats();
        var bin = _dir.Write("photo.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        var s = await Ingest(bin);

        var failed = Assert.Single(s.Failed);
        Assert.Contains("binary", failed.Error, StringComparison.Ordinal);
        Assert.Contains("photo.csv", failed.Error, StringComparison.Ordinal);
        Assert.Equal(before, _store.Stats());
    }

    [Fact]
    public async Task A_truncated_json_document_fails_as_a_whole_and_leaves_the_store_as_it_was()
    {
        var doc = """{"data":{"videos":[{"id":7300000000000000001,"create_time":1767225600,"username":"a","view_count":5},{"id":73000000""";
        var f = _dir.Write("response.json", doc);

        var s = await Ingest(new IngestOptions { Format = "tiktok-research" }, f);

        var failed = Assert.Single(s.Failed);
        Assert.Contains("response.json", failed.Error, StringComparison.Ordinal);
        Assert.Equal(new StoreStats(0, 0, 0, 0, 0, 0), _store.Stats());
    }

    [Fact]
    public async Task A_file_that_fails_after_some_chunks_were_merged_is_rolled_back_whole()
    {
        await Ingest(_dir.Write("first.csv", Rows("100,zed,2026-05-01T10:00:00Z,kept,,1,1,2026-05-02T00:00:00Z")));
        var before = _store.Stats();
        // Many chunks are loaded into the transaction before the failure.
        var good = Encoding.UTF8.GetBytes(Rows([.. Enumerable.Range(1, 50_000).Select(i => $"{i},user{i % 97},2026-05-01T10:00:00Z,caption {i},,1,1,2026-05-02T00:00:00Z")]));
        var f = _dir.Write("late-failure.csv", [.. good, .. "50001,eve,2026-05-01T10:00:00Z,"u8.ToArray(), 0xFF, 0xFE, .. ",,1,1,2026-05-02T00:00:00Z\n"u8.ToArray()]);
        var ingestor = new Ingestor(_store, new IngestOptions { Format = "generic" }, _time) { ChunkRecords = 1000 };

        var s = await ingestor.IngestAsync([f], null, CancellationToken.None);

        Assert.Single(s.Failed);
        Assert.Equal(before, _store.Stats());
    }

    [Fact]
    public async Task A_file_loaded_in_many_chunks_finds_repeats_across_chunks()
    {
        var rows = Enumerable.Range(1, 5000).Select(i => $"{i % 2500},user{i % 97},2026-05-01T10:00:00Z,caption {i},,1,1,2026-05-02T00:00:00Z").ToArray();
        var f = _dir.Write("repeats.csv", Rows(rows));
        var ingestor = new Ingestor(_store, new IngestOptions(), _time) { ChunkRecords = 300 };

        var s = await ingestor.IngestAsync([f], null, CancellationToken.None);

        Assert.Equal(2500, s.PostsNew);
        Assert.Equal(2500, s.SnapshotsAdded);
        Assert.Equal(2500, s.Duplicates);
        Assert.Equal(2500, _store.Stats().Posts);
    }

    [Fact]
    public async Task Text_with_quotes_commas_line_breaks_backslashes_control_characters_and_emoji_is_stored_exactly()
    {
        var caption = "say \"hi\", then\nnew line \\ back\\slash \u0001 \u0000 nul 🦩 中文";
        var json = System.Text.Json.JsonSerializer.Serialize(new { id = "1", author = "a", created_at = "2026-05-01T10:00:00Z", text = caption, hashtags = "#a, #b" });
        var f = _dir.Write("odd.jsonl", json + "\n");

        var s = await Ingest(new IngestOptions { ObservedAt = _time.GetUtcNow() }, f);

        Assert.Empty(s.Failed);
        Assert.Equal(caption, _store.Scalar("SELECT text FROM posts"));
        Assert.Equal(new[] { "a", "b" }, _store.Query("SELECT unnest(hashtags) FROM posts", r => r.GetString(0)).Order());
    }

    [Fact]
    public async Task An_empty_file_is_reported_and_adds_nothing()
    {
        var f = _dir.Write("empty.csv", "");

        var s = await Ingest(f);

        Assert.Empty(s.Failed);
        Assert.Equal(0, s.Records);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_file_that_begins_with_more_blank_lines_than_the_sniffing_sample_is_still_read(bool gzip)
    {
        var text = new string('\n', 100_000) + "{\"id\":\"7300000000000000001\",\"username\":\"alice\",\"create_time\":1712905425,\"view_count\":5}\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        var f = gzip ? _dir.Write("lead.jsonl.gz", Gzip(bytes)) : _dir.Write("lead.jsonl", bytes);

        var s = await Ingest(f);

        Assert.Empty(s.Failed);
        Assert.Equal(1, s.PostsNew);
    }

    [Fact]
    public async Task A_gzip_of_nothing_but_line_breaks_is_empty_and_adds_nothing()
    {
        var f = _dir.Write("blank.csv.gz", Gzip(Encoding.UTF8.GetBytes(new string('\n', 300_000))));

        var s = await Ingest(f);

        Assert.Empty(s.Failed);
        Assert.Equal(0, s.Records);
    }

    [Theory]
    [InlineData("cut short")]
    [InlineData("without its trailer")]
    [InlineData("with a wrong checksum")]
    public async Task A_damaged_gzip_fails_the_file_with_a_clear_message_and_stores_nothing(string damage)
    {
        var text = string.Concat(Enumerable.Range(1, 5000).Select(i =>
            $"{{\"id\":\"{7300000000000000000 + i}\",\"username\":\"u{i % 97}\",\"create_time\":{1712905425 + i},\"view_count\":{i * 31 % 1000}}}\n"));
        var whole = Gzip(Encoding.UTF8.GetBytes(text));
        var damaged = damage switch
        {
            "cut short" => whole[..(whole.Length / 2)],
            "without its trailer" => whole[..^8],
            _ => [.. whole[..^8], (byte)(whole[^8] ^ 0xFF), .. whole[^7..]],
        };
        var f = _dir.Write("cut.jsonl.gz", damaged);

        var s = await Ingest(f);

        var failed = Assert.Single(s.Failed);
        Assert.Contains("cut.jsonl.gz", failed.Error);
        Assert.Contains("gzip", failed.Error);
        Assert.Equal(0L, _store.Scalar("SELECT count(*) FROM posts"));
    }

    [Fact]
    public async Task A_gzip_of_several_members_is_read_whole()
    {
        var one = Gzip(Encoding.UTF8.GetBytes("{\"id\":\"7300000000000000001\",\"username\":\"a\",\"create_time\":1712905425,\"view_count\":5}\n"));
        var two = Gzip(Encoding.UTF8.GetBytes("{\"id\":\"7300000000000000002\",\"username\":\"b\",\"create_time\":1712905426,\"view_count\":6}\n"));
        var f = _dir.Write("two.jsonl.gz", [.. one, .. two]);

        var s = await Ingest(f);

        Assert.Empty(s.Failed);
        Assert.Equal(2, s.PostsNew);
    }

    [Fact]
    public async Task A_lone_surrogate_escape_quarantines_its_record_and_the_rest_of_the_file_and_the_run_go_in()
    {
        var f = _dir.Write("a.jsonl",
            "{\"id\":\"7300000000000000001\",\"username\":\"a\",\"create_time\":1712905425,\"view_count\":5,\"video_description\":\"emoji cut \\ud83d\"}\n" +
            "{\"id\":\"7300000000000000002\",\"username\":\"b\",\"create_time\":1712905426,\"view_count\":6}\n");
        var g = _dir.Write("b.csv", Rows("1,alice,2026-05-01T10:00:00Z,hi,,100,5,2026-05-02T00:00:00Z"));

        var s = await Ingest(f, g);

        Assert.Empty(s.Failed);
        Assert.Equal(2, s.PostsNew);
        Assert.Equal(1, s.Files[0].Quarantined);
        Assert.Equal(1L, _store.Scalar("SELECT count(*) FROM quarantine WHERE item = 1"));
    }

    [Fact]
    public async Task Invalid_utf8_in_a_property_name_of_a_pretty_printed_document_never_stops_the_run()
    {
        var doc = Encoding.UTF8.GetBytes("{\n  \"data\": {\n    \"videos\": [\n      {\"id\": \"7300000000000000001\", \"username\": \"a\", \"create_time\": 1712905425, \"view_count\": 5, \"vX\": 1},\n" +
            "      {\"id\": \"7300000000000000002\", \"username\": \"b\", \"create_time\": 1712905426, \"view_count\": 6}\n    ]\n  }\n}\n");
        doc[Array.IndexOf(doc, (byte)'X')] = 0xFF;
        var f = _dir.Write("a.json", doc);
        var g = _dir.Write("b.csv", Rows("1,alice,2026-05-01T10:00:00Z,hi,,100,5,2026-05-02T00:00:00Z"));

        var s = await Ingest(f, g);

        Assert.Equal(1, s.Files[1].PostsNew);
        var first = s.Files[0];
        Assert.True(first.Error is not null || first.Records == first.PostsNew + first.Duplicates + first.Quarantined);
    }

    [Fact]
    public async Task A_line_index_left_by_a_killed_run_is_removed_by_the_next_ingest_and_other_files_are_kept()
    {
        var leftover = _dir.Write(".graywatch-lines-store.duckdb-0123456789abcdef0123456789abcdef.parquet", "PAR1");
        var other = _dir.Write(".graywatch-lines-other.duckdb-0123456789abcdef0123456789abcdef.parquet", "PAR1");
        var f = _dir.Write("b.csv", Rows("1,alice,2026-05-01T10:00:00Z,hi,,100,5,2026-05-02T00:00:00Z"));

        await Ingest(f);

        Assert.False(File.Exists(leftover));
        Assert.True(File.Exists(other));
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(bytes);
        }
        return ms.ToArray();
    }

    [Fact]
    public async Task A_json_line_longer_than_the_limit_is_quarantined_without_holding_it_in_memory()
    {
        var sb = new StringBuilder();
        sb.Append("""{"id":"1","author":"alice","created_at":"2026-05-01T10:00:00Z"}""").Append('\n');
        sb.Append("{\"id\":\"2\",\"author\":\"bob\",\"created_at\":\"2026-05-01T10:00:00Z\",\"text\":\"").Append('x', 20 * 1024 * 1024).Append("\"}\n");
        sb.Append("""{"id":"3","author":"carol","created_at":"2026-05-01T10:00:00Z"}""").Append('\n');
        var f = _dir.Write("long.jsonl", sb.ToString());

        var s = await Ingest(new IngestOptions { Format = "generic" }, f);

        Assert.Empty(s.Failed);
        Assert.Equal(2, s.PostsNew);
        Assert.Equal(1, s.QuarantinedByReason["line-too-long"]);
        var (item, raw) = _store.Query("SELECT item, raw FROM quarantine", r => (r.GetInt64(0), r.GetString(1))).Single();
        Assert.Equal(2, item);
        Assert.True(raw.Length < 1024 * 1024);
    }

    [Fact]
    public async Task A_csv_row_longer_than_the_limit_is_quarantined_alone_with_its_line_and_the_rest_loads()
    {
        var sb = new StringBuilder(GenericHeader);
        sb.Append("1,alice,2026-05-01T10:00:00Z,ok,,1,1,2026-05-02T00:00:00Z\n");
        sb.Append("2,bob,2026-05-01T10:00:00Z,").Append('x', 20 * 1024 * 1024).Append(",,1,1,2026-05-02T00:00:00Z\n");
        var f = _dir.Write("long.csv", sb.ToString());

        var s = await Ingest(new IngestOptions { Format = "generic" }, f);

        Assert.Empty(s.Failed);
        Assert.Equal(1, s.PostsNew);
        Assert.Equal(1, s.QuarantinedByReason["line-too-long"]);
        Assert.Equal(3L, Convert.ToInt64(_store.Scalar("SELECT item FROM quarantine"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_csv_in_another_encoding_fails_with_the_line_of_the_first_bad_byte()
    {
        var head = Encoding.UTF8.GetBytes(Rows("1,alice,2026-05-01T10:00:00Z,ok,,1,1,2026-05-02T00:00:00Z"));
        byte[] big5Row = [.. Encoding.ASCII.GetBytes("2,bob,2026-05-01T10:00:00Z,"), 0xA4, 0xA4, 0xA4, 0xE5, .. Encoding.ASCII.GetBytes(",,1,1,2026-05-02T00:00:00Z\n")];
        var f = _dir.Write("big5.csv", [.. head, .. big5Row]);

        var s = await Ingest(new IngestOptions { Format = "generic" }, f);

        var failed = Assert.Single(s.Failed);
        Assert.Contains("big5.csv:3:", failed.Error, StringComparison.Ordinal);
        Assert.Contains("UTF-8", failed.Error, StringComparison.Ordinal);
        Assert.Equal(0, _store.Stats().Posts);
    }

    [Fact]
    public async Task Directories_are_walked_and_files_that_are_not_exports_are_skipped()
    {
        _dir.Write("in/a.csv", Rows("1,alice,2026-05-01T10:00:00Z,hi,,100,5,2026-05-02T00:00:00Z"));
        _dir.Write("in/sub/b.csv", Rows("2,bob,2026-05-01T10:00:00Z,hi,,100,5,2026-05-02T00:00:00Z"));
        _dir.Write("in/notes.txt", "just some notes about the capture\n");

        var s = await Ingest(_dir["in"]);

        Assert.Empty(s.Failed);
        Assert.Equal(3, s.Files.Count);
        Assert.Equal(2, s.PostsNew);
    }

    [Fact]
    public async Task A_missing_path_is_an_input_error()
    {
        await Assert.ThrowsAsync<Graywatch.Readers.InputException>(() => Ingest(_dir["nope.csv"]));
    }

    [Fact]
    public async Task Research_api_files_without_a_collection_time_take_the_observed_at_option()
    {
        var f = _dir.Write("videos.jsonl", """{"id":7300000000000000001,"create_time":1767225600,"username":"a","view_count":5}""" + "\n");
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var s = await Ingest(new IngestOptions { ObservedAt = at }, f);

        Assert.Equal(1, s.SnapshotsAdded);
        Assert.Equal("7300000000000000001", _store.Scalar("SELECT id FROM posts"));
        Assert.Equal(at, (DateTimeOffset)_store.Query("SELECT observed_at FROM snapshots", r => r.GetFieldValue<DateTimeOffset>(0)).Single());
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task Json_lines_records_point_into_the_archived_copy_and_read_back_byte_for_byte(bool gzip, bool bom)
    {
        var lines = new[]
        {
            """{"id":7300000000000000001,"create_time":1767225600,"username":"a","video_description":"first 中文 #x","view_count":5}""",
            """{"id":7300000000000000002,"create_time":1767225601,"username":"b","video_description":"second","view_count":6}""",
        };
        byte[] bytes = [.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n")];
        if (gzip)
        {
            using var ms = new MemoryStream();
            using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
            {
                gz.Write(bytes);
            }
            bytes = ms.ToArray();
        }
        var f = _dir.Write(gzip ? "videos.jsonl.gz" : "videos.jsonl", bytes);

        await Ingest(new IngestOptions { ObservedAt = _time.GetUtcNow() }, f);

        Assert.Equal(0L, Convert.ToInt64(_store.Scalar("SELECT count(raw) FROM raw_records"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(lines[0], SourceArchive.ReadRaw(_store, 1, 1));
        Assert.Equal(lines[1], SourceArchive.ReadRaw(_store, 1, 2));
        var archive = (string)_store.Scalar("SELECT archive FROM sources")!;
        Assert.True(File.Exists(Path.Combine(SourceArchive.Folder(_store)!, archive)));
    }

    [Fact]
    public async Task A_file_that_fails_leaves_no_copy_in_the_archive()
    {
        var f = _dir.Write("response.json", """{"data":{"videos":[{"id":1,"create_time":1767225600,"username":"a"},{"id":""");

        var s = await Ingest(new IngestOptions { Format = "tiktok-research" }, f);

        Assert.Single(s.Failed);
        var folder = SourceArchive.Folder(_store)!;
        Assert.True(!Directory.Exists(folder) || Directory.GetFiles(folder).Length == 0);
    }

    [SkippableFact]
    public async Task The_real_feed_scrape_and_its_recrawl_give_one_post_each_and_two_snapshots_per_recrawled_video()
    {
        var raw = SharedData.File("tiktok-vn-feed/raw_data.csv");
        var recrawl = SharedData.File("tiktok-vn-feed/recrawled_1v.csv");
        Skip.If(raw is null || recrawl is null, "shared/data/tiktok-vn-feed is not on this machine");

        var a = await Ingest(raw!);
        var b = await Ingest(recrawl!);

        Assert.Empty(a.Failed.Concat(b.Failed));
        Assert.Equal(10_102, _store.Stats().Posts);
        Assert.Equal(0, b.PostsNew);
        Assert.Equal(2_409, b.SnapshotsAdded);
        var twice = Convert.ToInt64(_store.Scalar("SELECT count(*) FROM (SELECT post_id FROM snapshots GROUP BY post_id HAVING count(*) = 2)"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(2_409, twice);
    }

    [Fact]
    public async Task A_forced_format_that_fits_no_record_fails_the_file_and_stores_nothing()
    {
        var f = _dir.Write("research.jsonl", """{"id":1,"create_time":1714521600,"username":"a","view_count":5}""" + "\n");

        var s = await Ingest(new IngestOptions { Format = "zeeschuimer" }, f);

        var failed = Assert.Single(s.Failed);
        Assert.Contains("no record fits --format zeeschuimer", failed.Error, StringComparison.Ordinal);
        Assert.Contains("no item object under 'data'", failed.Error, StringComparison.Ordinal);
        Assert.Equal(0L, Convert.ToInt64(_store.Scalar("SELECT count(*) FROM posts"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0L, Convert.ToInt64(_store.Scalar("SELECT count(*) FROM sources"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Accounts_added_counts_accounts_new_to_the_store_not_their_observations()
    {
        const string Header = "user_name,user_nfollower,vid_id,vid_caption,vid_postTime,vid_scrapeTime,vid_nview\n";
        var early = _dir.Write("early.csv", Header
            + "herbs,100,7375000000000000001,a,2024-06-01 08:00:00,2024-06-02 00:00:00,1\n"
            + "herbs,100,7375000000000000002,b,2024-06-01 09:00:00,2024-06-02 01:00:00,1\n"
            + "leaf,5,7375000000000000003,c,2024-06-01 09:00:00,2024-06-02 01:00:00,1\n");
        var late = _dir.Write("late.csv", Header
            + "herbs,120,7375000000000000001,a,2024-06-01 08:00:00,2024-06-09 00:00:00,9\n"
            + "moss,7,7375000000000000004,d,2024-06-01 08:00:00,2024-06-09 00:00:00,9\n");

        var first = await Ingest(early);
        var second = await Ingest(late);

        Assert.Equal(2, first.AccountsAdded);
        Assert.Equal(1, second.AccountsAdded);
        Assert.Equal(5L, Convert.ToInt64(_store.Scalar("SELECT count(*) FROM accounts"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_platform_option_sets_the_platform_of_coortweet_rows()
    {
        var f = _dir.Write("shares.csv", "account_id,content_id,object_id,timestamp_share\nuser (BR),7487755634083941638,7487755636827425541,1743371771\n");
        var settings = new Graywatch.Cli.Commands.IngestCommand.Settings { Platform = "TikTok" };

        await Ingest(settings.ToIngestOptions(new Dictionary<string, string>()), f);

        Assert.Equal("tiktok", _store.Scalar("SELECT platform FROM posts"));
    }
}
