using System.Text;
using Graywatch.Ingest;
using Graywatch.Testing;

namespace Graywatch.Tests.Ingest;

public sealed class LineIndexTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private (LineIndex Index, string[] Rows) Index(string text, int blockBytes)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var index = new LineIndex(_dir[$"lines-{Guid.NewGuid():N}.parquet"], 1000);
        for (var i = 0; i < bytes.Length; i += blockBytes)
        {
            index.Add(bytes.AsMemory(i, Math.Min(blockBytes, bytes.Length - i)));
        }
        index.Complete();
        return (index, StagedRows(index.Path));
    }

    // The staged rows as DuckDB reads them, one "item,offset,length" string each.
    private static string[] StagedRows(string path)
    {
        using var c = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT concat_ws(',', file_row_number + 1, byte_offset, byte_length) FROM read_parquet('{path.Replace("'", "''", StringComparison.Ordinal)}', file_row_number = true) ORDER BY file_row_number";
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            rows.Add(r.GetString(0));
        }
        return [.. rows];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4096)]
    public void Lines_get_their_number_offset_and_length_without_the_carriage_return_whatever_the_blocks(int blockBytes)
    {
        var (index, rows) = Index("{\"a\":1}\r\n  {\"b\":22}\n{\"c\":\"é\"}", blockBytes);

        Assert.Null(index.Unsuitable);
        Assert.Equal(["1,0,7", "2,9,10", "3,20,10"], rows);
        Assert.Equal((0L, 7L), index.FirstLine);
        Assert.Equal((20L, 10L), index.LastLine);
    }

    [Fact]
    public void Every_line_of_a_file_longer_than_one_row_group_is_staged_in_order()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 300_000; i++)
        {
            text.Append(i % 2 == 0 ? "{}\n" : "{\"a\":1}\n");
        }

        var (index, rows) = Index(text.ToString(), 1 << 20);

        Assert.Null(index.Unsuitable);
        Assert.Equal(300_000, rows.Length);
        Assert.Equal("262145,1441792,2", rows[262_144]);
        Assert.Equal("300000,1649992,7", rows[^1]);
    }

    [Theory]
    [InlineData("{\"a\":1}\n\n{\"b\":2}\n", "line 2 is blank")]
    [InlineData("{\"a\":1}\n \t\r\n", "line 2 is blank")]
    [InlineData("{\"a\":1}\n[1,2]\n", "line 2 is not a JSON object")]
    [InlineData("{\"a\":1}\n   ", "line 2 is blank")]
    public void What_duckdb_would_read_differently_is_named(string text, string why)
    {
        var (index, _) = Index(text, 2);

        Assert.Equal(why, index.Unsuitable);
    }

    [Fact]
    public void A_line_over_the_limit_is_named()
    {
        var (index, _) = Index("{\"a\":\"" + new string('x', 1200) + "\"}\n", 64);

        Assert.Equal("line 1 is longer than 1000 bytes", index.Unsuitable);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(4096)]
    public void Lists_are_graded_on_whole_lines_whatever_the_blocks(int blockBytes)
    {
        var (clean, _) = Index("{\"id\":1,\"hashtag_names\":[\"fyp\",\"台灣\"]}\n{\"id\":2,\"effect_ids\":[\"12\"]}\n", blockBytes);
        var (capital, _) = Index("{\"id\":1,\"hashtag_names\":[\"fyp\"]}\n{\"id\":2,\"hashtag_names\":[\"Đà\"]}", blockBytes);

        Assert.False(clean.Lists.Tags || clean.Lists.Mentions || clean.Lists.Effects);
        Assert.True(capital.Lists.Tags);
        Assert.Null(capital.Unsuitable);
    }

    [Theory]
    [InlineData("[\"fyp\",\"fyp\"]", true, null)]
    [InlineData("[\"caf\\u00e9\"]", true, null)]
    [InlineData("[null]", true, null)]
    [InlineData("[12, \"a\"]", false, null)]
    [InlineData("[1.5]", true, "\"hashtag_names\" holds a Number")]
    [InlineData("[{\"hashtag_name\":\"a\"}]", true, "\"hashtag_names\" holds a StartObject")]
    [InlineData("[\"\\ud801\\udc00\"]", true, "a hashtag has a capital letter outside the Basic Multilingual Plane")]
    public void A_hashtag_list_is_graded_as_the_reader_would_change_it(string list, bool needsWork, string? why)
    {
        var grades = new ResearchListGrades();

        var refused = grades.Grade(Encoding.UTF8.GetBytes($"{{\"id\":1,\"hashtag_names\":{list}}}"));

        Assert.Equal(needsWork, grades.Tags);
        Assert.Equal(why, refused);
    }

    [Theory]
    [InlineData("{\"video_description\":\"\\\"hashtag_names\\\":[]\",\"hashtag_names\":[\"A\"]}")]
    [InlineData("{\"username\":\"hashtag_names\",\"hashtag_names\":[\"A\"]}")]
    [InlineData("{\"username\":\"[hashtag_names]\", \"hashtag_names\" :\t[ \"fyp\", \"A\" ]}")]
    [InlineData("{\"video_description\":\"a \\\\\", \"hashtag_names\":[\"A\"]}")]
    public void A_list_is_found_by_its_key_not_by_the_name_inside_a_string(string line)
    {
        var grades = new ResearchListGrades();

        Assert.Null(grades.Grade(Encoding.UTF8.GetBytes(line)));
        Assert.True(grades.Tags);
        Assert.False(grades.Mentions || grades.Effects);
    }

    [Fact]
    public void A_capital_outside_the_basic_plane_or_a_key_twice_rules_the_road_out()
    {
        var grades = new ResearchListGrades();

        Assert.NotNull(grades.Grade(Encoding.UTF8.GetBytes("{\"hashtag_names\":[\"\U00010400\"]}")));
        Assert.NotNull(grades.Grade(Encoding.UTF8.GetBytes("{\"hashtag_names\":[\"#\U00010400\"]}")));
        Assert.NotNull(grades.Grade("{\"hashtag_names\":[],\"x\":{\"hashtag_names\":[\"a\"]}}"u8));
    }
}
