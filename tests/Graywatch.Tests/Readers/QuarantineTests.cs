using Graywatch.Readers;

namespace Graywatch.Tests.Readers;

public sealed class QuarantineTests
{
    [Fact]
    public void Given_a_line_with_invalid_utf8_when_read_then_it_is_quarantined_and_the_next_line_still_maps()
    {
        var bytes = "{\"id\":1,\"username\":\"a\",\"create_time\":1700000000}\n"u8.ToArray()
            .Concat(new byte[] { (byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}', (byte)'\n' })
            .Concat("{\"id\":3,\"username\":\"c\",\"create_time\":1700000000}\n"u8.ToArray())
            .ToArray();

        var records = ReaderHarness.ReadBytes(new TikTokResearchReader(), bytes);

        Assert.Equal(3, records.Count);
        Assert.Equal(QuarantineKinds.InvalidEncoding, records[1].QuarantineKind);
        Assert.Equal("not valid UTF-8", records[1].QuarantineReason);
        Assert.Equal(2, records[1].Item);
        Assert.Equal("3", records[2].Post!.Id);
    }

    [Fact]
    public void Given_a_line_longer_than_the_limit_when_read_then_it_is_quarantined_with_its_preview()
    {
        var longLine = "{\"id\":2,\"video_description\":\"" + new string('x', 500) + "\"}";
        var text = "{\"id\":1,\"username\":\"a\",\"create_time\":1700000000}\n" + longLine + "\n{\"id\":3,\"username\":\"c\",\"create_time\":1700000000}\n";
        var options = new Dictionary<string, string> { ["max-line-bytes"] = "100" };

        var records = ReaderHarness.ReadText(new TikTokResearchReader(), text, options);

        Assert.Equal(3, records.Count);
        Assert.Equal(QuarantineKinds.LineTooLong, records[1].QuarantineKind);
        Assert.StartsWith("{\"id\":2", records[1].Raw);
        Assert.Equal("3", records[2].Post!.Id);
    }

    [Fact]
    public void Given_a_generic_csv_with_bad_rows_when_read_then_each_bad_row_names_its_problem()
    {
        var records = ReaderHarness.ReadFixture(new GenericReader(), "posts.csv");

        Assert.Equal(5, records.Count);
        Assert.Equal(QuarantineKinds.MissingField, records[2].QuarantineKind);
        Assert.Contains("'author'", records[2].QuarantineReason);
        Assert.Equal(QuarantineKinds.InvalidValue, records[3].QuarantineKind);
        Assert.Contains("'lat'", records[3].QuarantineReason);
        Assert.Equal(QuarantineKinds.InvalidValue, records[4].QuarantineKind);
        Assert.Contains("'views'", records[4].QuarantineReason);
        Assert.StartsWith("p5,erin", records[4].Raw);
    }

    [Fact]
    public void Given_a_csv_row_with_too_few_cells_when_read_then_it_is_quarantined_as_invalid_csv()
    {
        var records = ReaderHarness.ReadText(new CooRTweetReader(), "object_id,account_id,content_id,timestamp_share\no1,a1\n");

        Assert.Equal(QuarantineKinds.InvalidCsv, Assert.Single(records).QuarantineKind);
    }

    [Fact]
    public void Given_a_csv_without_a_required_column_when_read_then_an_input_exception_is_thrown()
    {
        Assert.Throws<InputException>(() => ReaderHarness.ReadText(new CooRTweetReader(), "object_id,account_id\no1,a1\n"));
    }

    [Fact]
    public void Given_a_multi_line_csv_record_longer_than_the_limit_when_read_then_it_alone_is_quarantined_and_later_rows_keep_their_lines()
    {
        var text = "id,author,created_at,text\n"
            + "p1,ann,2024-05-01T00:00:00Z,\"two\nlines\"\n"
            + "p2,bob,2024-05-01T00:00:00Z,\"" + new string('x', 300) + "\n\"\"quoted\"\"\n" + new string('y', 300) + "\"\n"
            + "p3,cat,2024-05-01T00:00:00Z,\"also\ntwo\"\n";
        var options = new Dictionary<string, string> { ["max-line-bytes"] = "200" };

        var records = ReaderHarness.ReadText(new GenericReader(), text, options);

        Assert.Equal([2L, 4, 7], records.Select(r => r.Item));
        Assert.Equal(QuarantineKinds.LineTooLong, records[1].QuarantineKind);
        Assert.StartsWith("p2,bob", records[1].Raw);
        Assert.Equal(("p1", "p3"), (records[0].Post!.Id, records[2].Post!.Id));
        Assert.Equal("also\ntwo", records[2].Post!.Text);
    }
}
