using System.Globalization;
using Graywatch.Ingest;
using Graywatch.Store;
using Graywatch.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Graywatch.Tests.Ingest;

/// <summary>A big record loads on every road; one over the limit is quarantined alone and the rest of its file loads.</summary>
public sealed class LargeRecordTests : IDisposable
{
    private static readonly string Big = string.Concat(Enumerable.Repeat("艦艇 \"quoted\" harbour ", (3 * 1024 * 1024 / 20) + 1)) + "end";
    private readonly TempDir _dir = new();
    private readonly GraywatchStore _store;

    public LargeRecordTests() => _store = GraywatchStore.Open(_dir["store.duckdb"]);

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    private async Task<IngestSummary> Ingest(string file, IngestOptions? options = null) =>
        await new Ingestor(_store, options ?? new IngestOptions { ObservedAt = DateTimeOffset.UnixEpoch }, new FakeTimeProvider())
            .IngestAsync([file], null, CancellationToken.None);

    private long Scalar(string sql) => Convert.ToInt64(_store.Scalar(sql), CultureInfo.InvariantCulture);

    public static TheoryData<string, string, bool> Families => new()
    {
        // A CSV row (raw text and caption both staged), JSON Lines (the DuckDB road and the general one), a JSON document.
        { "csv", "posts.csv", true },
        { "research-jsonl", "videos.jsonl", true },
        { "research-jsonl", "videos.jsonl", false },
        { "document", "user.json", true },
    };

    private static string File3MiB(string family, string caption) => family switch
    {
        "csv" => "id,author,created_at,text\n1,alice,2024-05-01T00:00:00Z,\"" + caption.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"\n2,bob,2024-05-01T00:00:00Z,small\n",
        "research-jsonl" => Research(1, caption) + "\n" + Research(2, "small") + "\n",
        // The small item first: the format is told from the file's first 64 KiB.
        _ => "{\"headers\":{},\"collector\":[" + Scraped(2, "small") + "," + Scraped(1, caption) + "]}",
    };

    private static string Research(int id, string caption) =>
        $$"""{"id":{{id}},"create_time":1714521600,"username":"u{{id}}","video_description":"{{caption.Replace("\"", "\\\"", StringComparison.Ordinal)}}","view_count":5}""";

    private static string Scraped(int id, string caption) =>
        $$"""{"id":"{{id}}","text":"{{caption.Replace("\"", "\\\"", StringComparison.Ordinal)}}","createTime":1714521600,"authorMeta":{"name":"u{{id}}","fans":3},"playCount":5}""";

    [Theory]
    [MemberData(nameof(Families))]
    public async Task A_3_MiB_record_loads_whole_with_the_rest_of_its_file(string family, string name, bool native)
    {
        var file = _dir.Write(name, File3MiB(family, Big));

        var summary = await Ingest(file, new IngestOptions { ObservedAt = DateTimeOffset.UnixEpoch, NativeJsonLines = native });

        Assert.Empty(summary.Failed.Select(f => f.Error));
        Assert.Equal(2, summary.PostsNew);
        Assert.Equal(0, summary.Quarantined);
        Assert.Equal(Big.Length, Scalar("SELECT length(text) FROM posts WHERE id = '1'"));
    }

    [Theory]
    [InlineData("csv", "posts.csv")]
    [InlineData("research-jsonl", "videos.jsonl")]
    [InlineData("document", "user.json")]
    public async Task A_record_over_the_limit_is_quarantined_alone_and_the_rest_loads(string family, string name)
    {
        // The limit is an option, so a 3 MiB record stands for one over 16 MiB.
        var file = _dir.Write(name, File3MiB(family, Big));
        var options = new IngestOptions
        {
            ObservedAt = DateTimeOffset.UnixEpoch,
            ReaderOptions = new Dictionary<string, string> { ["max-line-bytes"] = (2 * 1024 * 1024).ToString(CultureInfo.InvariantCulture) },
        };

        var summary = await Ingest(file, options);

        Assert.Empty(summary.Failed.Select(f => f.Error));
        Assert.Equal(1, summary.PostsNew);
        Assert.Equal(1, summary.QuarantinedByReason["line-too-long"]);
        Assert.Equal(1L, Scalar("SELECT count(*) FROM posts WHERE id = '2'"));
        Assert.InRange(Scalar("SELECT max(length(raw)) FROM quarantine"), 1, 4096);
    }

    [Theory]
    [InlineData("dump.json", "{\"id\":\"{0}\",\"createTime\":1714521600,\"author\":{\"uniqueId\":\"u\"},\"stats\":{\"playCount\":5},\"desc\":\"{1}\"}")]
    [InlineData("dataset.json", "{\"id\":\"{0}\",\"createTimeISO\":\"2024-05-01T00:00:00Z\",\"authorMeta\":{\"name\":\"u\"},\"playCount\":5,\"text\":\"{1}\"}")]
    public async Task A_json_array_on_one_line_longer_than_the_line_limit_is_read_as_a_document(string name, string item)
    {
        // json.dump writes a whole list on one line: 2,000 items of 1 KiB against a 1 MiB line limit.
        var filler = new string('x', 1000);
        var items = Enumerable.Range(1, 2000).Select(i => item.Replace("{0}", i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{1}", filler, StringComparison.Ordinal));
        var file = _dir.Write(name, "[" + string.Join(",", items) + "]");
        var options = new IngestOptions
        {
            ObservedAt = DateTimeOffset.UnixEpoch,
            ReaderOptions = new Dictionary<string, string> { ["max-line-bytes"] = (1024 * 1024).ToString(CultureInfo.InvariantCulture) },
        };

        var summary = await Ingest(file, options);

        Assert.Empty(summary.Failed.Select(f => f.Error));
        Assert.Equal(0, summary.Quarantined);
        Assert.Equal(2000, summary.PostsNew);
    }

    [Fact]
    public async Task A_csv_record_over_16_MiB_is_quarantined_alone_and_the_rows_around_it_load()
    {
        // The CSV parser itself stops for good at a row over 16 MiB, so such a row must never reach it.
        var file = _dir.Write("posts.csv", "id,author,created_at,text\n"
            + "1,alice,2024-05-01T00:00:00Z,before\n"
            + "2,bob,2024-05-01T00:00:00Z,\"" + new string('x', 17 * 1024 * 1024) + "\"\n"
            + "3,carol,2024-05-01T00:00:00Z,after\n");

        var summary = await Ingest(file);

        Assert.Empty(summary.Failed.Select(f => f.Error));
        Assert.Equal(2, summary.PostsNew);
        Assert.Equal(1, summary.QuarantinedByReason["line-too-long"]);
        Assert.Equal(3L, Scalar("SELECT item FROM quarantine"));
    }
}
