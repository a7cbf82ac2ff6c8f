using System.Globalization;
using System.Text;
using Graywatch.Ingest;
using Graywatch.Store;
using Graywatch.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Graywatch.Tests.Ingest;

public sealed class JsonLinesFastPathTests : IDisposable
{
    private static readonly DateTimeOffset ObservedAt = new(2026, 1, 10, 0, 0, 0, TimeSpan.Zero);
    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _dir.Dispose();

    // Lines that DuckDB's reader may load, with what the general reader normalizes: '#', case, repeats and
    // Unicode spaces in hashtags, '@' in mentions, blank list items, empty strings, number and string ids,
    // string counts, milliseconds, missing counts, nulls, CRLF, leading spaces, Chinese and emoji.
    private static readonly string[] Plain =
    [
        """{"id":7506832682593094928,"create_time":1716280000,"username":"harbour_watch","region_code":"TW","video_description":"Ships at dawn 🚢","hashtag_names":["#Harbour"," harbour ","\u3000港口\u3000","","Navy"],"music_id":7233563307629350826,"effect_ids":["123","  "],"view_count":541200,"like_count":21900,"comment_count":454,"share_count":742,"favorites_count":1098,"video_duration":11,"video_mention_list":["@leo"," bob ","@"],"voice_to_text":"大家好"}""",
        """{"id":"7507991840340135186","create_time":"1716553372","username":"herbs","video_description":"","hashtag_names":null,"view_count":"12","like_count":3}""",
        """  {"id":7492318870162787591,"create_time":1712905425123,"username":"x","video_description":"無聲的抗議 #水價上漲","hashtag_names":["水價上漲","水价上涨"],"video_duration":9.5}""",
        """{"id":7492318870162787592,"create_time":1700000000,"username":" ","region_code":null,"effect_ids":[],"video_mention_list":null,"view_count":null,"extra":{"nested":[1,2]}}""",
        """{"id":7492318870162787593,"create_time":1700000000,"username":"dup","hashtag_names":["A","a","B"],"view_count":1,"like_count":0,"comment_count":0,"share_count":0,"favorites_count":0}""",
    ];

    private static string Synthetic(int count, int seed, bool cleanTags = false)
    {
        var random = new Random(seed);
        string[] tags = cleanTags
            ? ["fyp", "viral", "台灣", "美食", "水價上漲", "dance", "đà nẵng"]
            : ["fyp", "Viral", "台灣", "美食", "WaterPriceHike", "水價上漲", "dance", "#news", "Đà Nẵng", "fyp"];
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var picked = Enumerable.Range(0, random.Next(0, 5)).Select(_ => tags[random.Next(tags.Length)]).Distinct()
                .Where(t => !cleanTags || i % 2 == 0).Select(t => $"\"{t}\"");
            sb.Append(CultureInfo.InvariantCulture, $$"""{"id":{{7_500_000_000_000_000_000L + i}},"create_time":{{1_767_000_000 + random.Next(1_000_000)}},"username":"user{{random.Next(50)}}","video_description":"caption {{i}} \"quoted\" \\ back","hashtag_names":[{{string.Join(',', picked)}}],"music_id":{{random.Next(1000)}},"view_count":{{random.Next(1_000_000)}},"like_count":{{random.Next(10_000)}},"comment_count":{{random.Next(100)}},"share_count":{{random.Next(100)}},"favorites_count":{{random.Next(100)}},"video_duration":{{random.Next(5, 60)}},"video_mention_list":[]}""");
            sb.Append(i % 7 == 0 ? "\r\n" : "\n");
        }
        return sb.ToString();
    }

    [Fact]
    public async Task Plain_research_lines_are_loaded_by_duckdb_into_the_same_rows_as_the_general_reader()
    {
        var file = _dir.Write("videos.jsonl", string.Join("\n", Plain) + "\n" + Synthetic(400, 3).TrimEnd('\n') + "\n" + Plain[0]);

        var (fast, fastReport) = await IngestInto("fast.duckdb", file, native: true);
        var (general, generalReport) = await IngestInto("general.duckdb", file, native: false);

        Assert.True(fastReport.ReadByDuckDb);
        Assert.False(generalReport.ReadByDuckDb);
        Assert.Equal(generalReport with { Path = "", ReadByDuckDb = false }, fastReport with { Path = "", ReadByDuckDb = false });
        Assert.Equal(405, fastReport.PostsNew);
        Assert.Equal(1, fastReport.Duplicates);
        Assert.Equal(general, fast);
    }

    [Fact]
    public async Task Without_a_collection_time_both_roads_take_the_file_time_and_say_so()
    {
        var file = _dir.Write("videos.jsonl", Synthetic(40, 8));

        var (fast, fastReport) = await IngestInto("fast.duckdb", file, native: true, fileTime: true);
        var (general, generalReport) = await IngestInto("general.duckdb", file, native: false, fileTime: true);

        Assert.True(fastReport.ReadByDuckDb);
        Assert.Equal(40, fastReport.UsedFileTime);
        Assert.Equal(generalReport.UsedFileTime, fastReport.UsedFileTime);
        Assert.Contains("file-time", fast, StringComparison.Ordinal);
        Assert.Equal(general, fast);
    }

    [Fact]
    public async Task Lists_that_need_no_normalizing_are_stored_as_they_are_with_the_same_result()
    {
        var file = _dir.Write("clean.jsonl", Synthetic(300, 5, cleanTags: true));

        var (fast, fastReport) = await IngestInto("fast.duckdb", file, native: true);
        var (general, _) = await IngestInto("general.duckdb", file, native: false);

        Assert.True(fastReport.ReadByDuckDb);
        Assert.Equal(general, fast);
    }

    [Fact]
    public async Task The_first_line_maps_as_the_reader_says()
    {
        var file = _dir.Write("videos.jsonl", string.Join("\n", Plain) + "\n");

        using var store = GraywatchStore.Open(_dir["one.duckdb"]);
        var report = (await new Ingestor(store, new IngestOptions { ObservedAt = ObservedAt }, _time).IngestAsync([file], null, CancellationToken.None)).Files.Single();

        Assert.True(report.ReadByDuckDb);
        var tags = store.Query("SELECT hashtags, mentions, effect_ids FROM posts WHERE id = '7506832682593094928'",
            r => (Tags: (List<string>)r.GetValue(0), Mentions: (List<string>)r.GetValue(1), Effects: (List<string>)r.GetValue(2))).Single();
        Assert.Equal(["harbour", "港口", "navy"], tags.Tags);
        Assert.Equal(["leo", "bob", "@"], tags.Mentions);
        Assert.Equal(["123"], tags.Effects);
        var created = store.Scalar("SELECT epoch_ms(created_at) FROM posts WHERE id = '7492318870162787591'");
        Assert.Equal(1712905425123L, Convert.ToInt64(created, CultureInfo.InvariantCulture));
        Assert.Equal(0L, Convert.ToInt64(store.Scalar("SELECT count(*) FROM snapshots WHERE post_id = '7492318870162787592'"), CultureInfo.InvariantCulture));
        Assert.Equal(Plain[2], SourceArchive.ReadRaw(store, 1, 3));
    }

    public static TheoryData<string, string> OneOddList => new()
    {
        { "a capital letter", """{"id":9,"create_time":1700000000,"username":"u","hashtag_names":["fyp","Đà"]}""" },
        { "a leading #", """{"id":9,"create_time":1700000000,"username":"u","hashtag_names":["#fyp"]}""" },
        { "a trailing ideographic space", """{"id":9,"create_time":1700000000,"username":"u","hashtag_names":["fyp\u3000"]}""" },
        { "an empty hashtag", """{"id":9,"create_time":1700000000,"username":"u","hashtag_names":["fyp",""]}""" },
        { "a null hashtag", """{"id":9,"create_time":1700000000,"username":"u","hashtag_names":[null,"fyp"]}""" },
        { "a repeated hashtag", """{"id":9,"create_time":1700000000,"username":"u","hashtag_names":["fyp","dance","fyp"]}""" },
        { "a mention with @", """{"id":9,"create_time":1700000000,"username":"u","video_mention_list":["@leo"]}""" },
        { "a mention with a trailing space", """{"id":9,"create_time":1700000000,"username":"u","video_mention_list":["leo "]}""" },
        { "a blank mention", """{"id":9,"create_time":1700000000,"username":"u","video_mention_list":["leo","\t"]}""" },
        { "a blank effect id", """{"id":9,"create_time":1700000000,"username":"u","effect_ids":["12"," "]}""" },
        { "a null effect id", """{"id":9,"create_time":1700000000,"username":"u","effect_ids":[null]}""" },
    };

    [Theory]
    [MemberData(nameof(OneOddList))]
    public async Task One_list_item_that_needs_normalizing_is_normalized_as_the_reader_does(string what, string line)
    {
        var file = _dir.Write("one-odd.jsonl", Synthetic(20, 6, cleanTags: true) + line + "\n");

        var (fast, fastReport) = await IngestInto("fast.duckdb", file, native: true);
        var (general, _) = await IngestInto("general.duckdb", file, native: false);

        Assert.True(fastReport.ReadByDuckDb, what);
        Assert.Equal(general, fast);
    }

    public static TheoryData<string, string> Unsuitable => new()
    {
        { "a count written as text", """{"id":1,"username":"a","create_time":1700000000,"view_count":"1.4M"}""" },
        { "a fractional count", """{"id":1,"username":"a","create_time":1700000000,"view_count":12.5}""" },
        { "a blank line", """{"id":1,"username":"a","create_time":1700000000}""" + "\n\n" + """{"id":2,"username":"b","create_time":1700000000}""" },
        { "an object where a string belongs", """{"id":3,"create_time":1700000000,"username":"c"}""" + "\n" + """{"id":1,"create_time":1700000000,"username":{"name":"a"}}""" },
        { "an object inside a list", """{"id":1,"username":"a","create_time":1700000000,"hashtag_names":["a",{"hashtag_name":"b"}]}""" },
        { "hashtag objects", """{"id":1,"username":"a","create_time":1700000000,"hashtag_info_list":[{"hashtag_name":"Tea"}]}""" },
        { "a response on a line", """{"data":{"videos":[{"id":1,"username":"a","create_time":1700000000}]}}""" },
        { "invalid JSON", """{"id":1,"username":"a","create_time":1700000000}""" + "\n" + """{"id":2,"username":""" },
        { "a missing id", """{"id":1,"username":"a","create_time":1700000000}""" + "\n" + """{"username":"b","create_time":1700000000}""" },
        { "an id that is not digits", """{"id":"v-1","username":"a","create_time":1700000000}""" },
        { "an ISO time", """{"id":1,"username":"a","create_time":"2024-05-01T10:00:00Z"}""" },
        { "a video without a username", """{"id":3,"create_time":1700000000,"username":"c"}""" + "\n" + """{"id":1,"create_time":1700000000}""" + "\n" + """{"id":2,"create_time":1700000000,"username":""}""" },
        { "a video without a time", """{"id":3,"create_time":1700000000,"username":"c"}""" + "\n" + """{"id":1,"username":"a"}""" },
        { "a video_id in place of id", """{"id":3,"create_time":1700000000,"username":"c"}""" + "\n" + """{"video_id":1,"create_time":1700000000,"username":"a"}""" },
        { "a duration as mm:ss", """{"id":1,"username":"a","create_time":1700000000,"video_duration":"1:05"}""" },
    };

    [Theory]
    [MemberData(nameof(Unsuitable))]
    public async Task A_file_duckdb_cannot_load_exactly_goes_to_the_general_reader(string what, string content)
    {
        var file = _dir.Write("odd.jsonl", content + "\n");

        var (fast, fastReport) = await IngestInto("fast.duckdb", file, native: true);
        var (general, _) = await IngestInto("general.duckdb", file, native: false);

        Assert.False(fastReport.ReadByDuckDb, what);
        Assert.Null(fastReport.Error);
        Assert.Equal(general, fast);
        Assert.Empty(Directory.GetFiles(_dir.Path, ".graywatch-*"));
        Assert.Empty(Directory.GetFiles(_dir["fast.duckdb.sources"], ".capture-*"));
    }

    [Fact]
    public async Task Lists_named_inside_strings_or_spaced_out_are_read_as_the_general_reader_reads_them()
    {
        // Clean lists first, so that only these lines can call for normalizing; the names of the lists also appear
        // inside captions and as values, escaped and not, before the real keys.
        string[] odd =
        [
            """{"id":801,"create_time":1700000000,"username":"hashtag_names","video_description":"\"hashtag_names\":[] and [video_mention_list]","hashtag_names":["Loud"]}""",
            """{"id":802,"create_time":1700000000,"username":"u","video_description":"a \\", "video_mention_list" : [ "@ann" ], "effect_ids":	[" 7 "]}""",
            """{"id":803,"create_time":1700000000,"username":"u","video_description":"\"effect_ids\": [\"x\"]","effect_ids":["","9"],"hashtag_names":["ok"]}""",
        ];
        var file = _dir.Write("odd.jsonl", Synthetic(60, 11, cleanTags: true) + string.Join("\n", odd) + "\n");

        var (fast, fastReport) = await IngestInto("fast.duckdb", file, native: true);
        var (general, _) = await IngestInto("general.duckdb", file, native: false);

        Assert.True(fastReport.ReadByDuckDb);
        Assert.Equal(general, fast);
        Assert.Contains("[loud]", fast, StringComparison.Ordinal);
        Assert.Contains("[ann]", fast, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Re_ingesting_a_loaded_file_adds_nothing_and_leaves_one_archived_copy()
    {
        var file = _dir.Write("videos.jsonl", Synthetic(50, 9));
        using var store = GraywatchStore.Open(_dir["store.duckdb"]);
        var ingestor = new Ingestor(store, new IngestOptions { ObservedAt = ObservedAt }, _time);

        var first = (await ingestor.IngestAsync([file], null, CancellationToken.None)).Files.Single();
        var before = store.Stats();
        var second = (await ingestor.IngestAsync([file], null, CancellationToken.None)).Files.Single();

        Assert.True(first.ReadByDuckDb);
        Assert.True(second.AlreadyIngested);
        Assert.Equal(before, store.Stats());
        var archived = Directory.GetFiles(SourceArchive.Folder(store)!, "*", SearchOption.AllDirectories);
        Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Assert.Single(archived)));
        Assert.Empty(Directory.GetFiles(_dir.Path, ".graywatch-*"));
    }

    [Fact]
    public async Task A_copy_left_unfinished_by_an_interrupted_ingest_is_removed_by_the_next()
    {
        var file = _dir.Write("videos.jsonl", Synthetic(10, 2));
        using var store = GraywatchStore.Open(_dir["store.duckdb"]);
        Directory.CreateDirectory(SourceArchive.Folder(store)!);
        var stale = Path.Combine(SourceArchive.Folder(store)!, ".capture-0123.part");
        File.WriteAllText(stale, "half a copy");

        await new Ingestor(store, new IngestOptions { ObservedAt = ObservedAt }, _time).IngestAsync([file], null, CancellationToken.None);

        Assert.False(File.Exists(stale));
        Assert.Single(Directory.GetFiles(SourceArchive.Folder(store)!));
    }

    [Fact]
    public async Task A_later_crawl_of_the_same_posts_adds_snapshots_only()
    {
        var early = _dir.Write("early.jsonl", Synthetic(30, 4));
        var late = _dir.Write("late.jsonl", Synthetic(30, 4).Replace("\"favorites_count\":", "\"favorites_count\":1", StringComparison.Ordinal));
        using var store = GraywatchStore.Open(_dir["store.duckdb"]);

        await new Ingestor(store, new IngestOptions { ObservedAt = ObservedAt }, _time).IngestAsync([early], null, CancellationToken.None);
        var second = await new Ingestor(store, new IngestOptions { ObservedAt = ObservedAt.AddDays(1) }, _time).IngestAsync([late], null, CancellationToken.None);

        Assert.True(second.Files.Single().ReadByDuckDb);
        Assert.Equal(0, second.PostsNew);
        Assert.Equal(30, second.SnapshotsAdded);
        Assert.Equal(60L, Convert.ToInt64(store.Scalar("SELECT count(*) FROM snapshots"), CultureInfo.InvariantCulture));
    }

    private async Task<(string Rows, FileReport Report)> IngestInto(string name, string file, bool native, bool fileTime = false)
    {
        using var store = GraywatchStore.Open(_dir[name]);
        var options = new IngestOptions { ObservedAt = fileTime ? null : ObservedAt, NativeJsonLines = native, Format = "tiktok-research" };
        var summary = await new Ingestor(store, options, _time).IngestAsync([file], null, CancellationToken.None);
        return (Dump(store), summary.Files.Single());
    }

    /// <summary>Every stored row that a file's reading decides, in a stable order, as text.</summary>
    private static string Dump(GraywatchStore store)
    {
        var sb = new StringBuilder();
        foreach (var sql in new[]
        {
            "SELECT * EXCLUDE (ingested_at, path) FROM sources ORDER BY source_id",
            "SELECT * FROM posts ORDER BY source_id, source_item",
            "SELECT * FROM snapshots ORDER BY source_id, source_item",
            "SELECT * FROM raw_records ORDER BY source_id, item",
            "SELECT * EXCLUDE (quarantined_at) FROM quarantine ORDER BY source_id, item",
            "SELECT count(*) FROM accounts",
            "SELECT count(*) FROM comments",
        })
        {
            sb.AppendLine(sql);
            foreach (var row in store.Query(sql, r => string.Join(" | ", Enumerable.Range(0, r.FieldCount).Select(i => Show(r.GetValue(i))))))
            {
                sb.AppendLine(row);
            }
        }
        return sb.ToString();
    }

    private static string Show(object value) => value switch
    {
        DBNull => "NULL",
        System.Collections.IEnumerable list and not string => "[" + string.Join(", ", list.Cast<object>().Select(Show)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
