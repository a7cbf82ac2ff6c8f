using Graywatch.Model;
using Graywatch.Readers;

namespace Graywatch.Tests.Readers;

public sealed class TikTokResearchReaderTests
{
    private readonly TikTokResearchReader _reader = new();

    [Fact]
    public void Given_a_pretty_printed_response_when_read_then_every_video_becomes_a_post_with_its_snapshot()
    {
        var records = ReaderHarness.ReadFixture(_reader, "videos.json");

        Assert.Equal(2, records.Count);
        var first = records[0];
        Assert.Equal(1, first.Item);
        var post = first.Post!;
        Assert.Equal("7506832682593094928", post.Id);
        Assert.Equal(Platforms.TikTok, post.Platform);
        Assert.Equal("harbour_watch", post.AuthorId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1716280000), post.CreatedAt);
        Assert.Equal(["harbour", "海軍"], post.Hashtags);
        Assert.Equal("7506832745952218123", post.SoundId);
        Assert.Equal(["1234", "5678"], post.EffectIds);
        Assert.Equal(["coastfan"], post.Mentions);
        Assert.Equal(["Pier 3", "06:00"], post.StickerTexts);
        Assert.Equal("TW", post.RegionCode);
        Assert.Equal(31, post.DurationSeconds);
        Assert.Equal("good morning from the harbour", post.Transcript);
        var snapshot = first.Snapshot!;
        Assert.Equal(541_200, snapshot.Views);
        Assert.Equal(1098, snapshot.Saves);
        Assert.Equal(ReaderHarness.DefaultObservedAt, snapshot.ObservedAt);
        Assert.Contains("\"video_tag\"", first.Raw);
        Assert.Equal("7492318870162787591", records[1].Post!.Id);
        Assert.Null(records[1].Snapshot);
    }

    [Fact]
    public void Given_negative_counts_or_durations_when_read_then_they_are_quarantined_and_fractions_round_as_in_the_generic_reader()
    {
        const string video = "\"id\":\"7300000000000000001\",\"username\":\"a\",\"create_time\":1712905425";
        var text = $"{{{video},\"view_count\":-5}}\n{{{video},\"video_duration\":-3}}\n{{{video},\"like_count\":2.5,\"view_count\":10}}\n{{{video},\"view_count\":-0.4}}\n";

        var records = ReaderHarness.ReadText(_reader, text);

        Assert.Equal(QuarantineKinds.InvalidValue, records[0].QuarantineKind);
        Assert.Contains("view_count", records[0].QuarantineReason);
        Assert.Equal(QuarantineKinds.InvalidValue, records[1].QuarantineKind);
        Assert.Contains("video_duration", records[1].QuarantineReason);
        Assert.Equal(3, records[2].Snapshot!.Likes);
        Assert.Equal(QuarantineKinds.InvalidValue, records[3].QuarantineKind);
    }

    [Fact]
    public void Given_json_lines_of_bare_videos_when_read_then_good_lines_map_and_bad_lines_are_quarantined()
    {
        var records = ReaderHarness.ReadFixture(_reader, "videos.jsonl");

        Assert.Equal(4, records.Count);
        Assert.Equal([1L, 2, 3, 4], records.Select(r => r.Item));
        Assert.Equal(1_400_000, records[1].Snapshot!.Views);
        Assert.Equal(27_700, records[1].Snapshot!.Likes);
        Assert.Equal(["suckhoe", "thaomoc"], records[1].Post!.Hashtags);
        Assert.Equal(QuarantineKinds.InvalidJson, records[2].QuarantineKind);
        Assert.StartsWith("invalid JSON", records[2].QuarantineReason);
        Assert.Equal(QuarantineKinds.MissingField, records[3].QuarantineKind);
        Assert.Equal("missing field 'id'", records[3].QuarantineReason);
        Assert.Equal("{\"create_time\":1712905425,\"username\":\"no_id\"}", records[3].Raw);
    }

    [Fact]
    public void Given_json_lines_of_responses_when_read_then_videos_are_numbered_across_the_file()
    {
        var records = ReaderHarness.ReadFixture(_reader, "responses.jsonl");

        Assert.Equal(["1", "2", "3"], records.Select(r => r.Post!.Id));
        Assert.Equal([1L, 2, 3], records.Select(r => r.Item));
        Assert.Equal(30, records[2].Snapshot!.Views);
    }

    [Fact]
    public void Given_a_truncated_response_document_when_read_then_an_input_exception_names_the_file()
    {
        var path = ReaderHarness.Fixture(_reader.Format, "truncated.json");

        var error = Assert.Throws<InputException>(() => ReaderHarness.ReadFixture(_reader, "truncated.json"));

        Assert.Equal(path, error.Path);
        Assert.Contains("invalid JSON document", error.Reason);
    }

    [Fact]
    public void Given_an_id_beyond_two_to_the_53_when_read_then_every_digit_is_kept()
    {
        var records = ReaderHarness.ReadText(_reader, "{\"id\":9007199254740993123,\"username\":\"a\",\"create_time\":1700000000}\n");

        Assert.Equal("9007199254740993123", records[0].Post!.Id);
    }
}
