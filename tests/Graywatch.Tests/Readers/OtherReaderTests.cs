using Graywatch.Model;
using Graywatch.Readers;

namespace Graywatch.Tests.Readers;

public sealed class OtherReaderTests
{
    [Fact]
    public void Given_a_comment_response_when_read_then_top_level_comments_have_no_parent_and_replies_do()
    {
        var records = ReaderHarness.ReadFixture(new TikTokResearchCommentsReader(), "comments.json");

        Assert.Equal(2, records.Count);
        var top = records[0].Comment!;
        Assert.Equal("7093241170342871846", top.Id);
        Assert.Equal("7093234534516411654", top.PostId);
        Assert.Null(top.ParentId);
        Assert.Equal(12, top.Likes);
        Assert.Equal(1, top.Replies);
        Assert.Equal("7093241170342871846", records[1].Comment!.ParentId);
    }

    [Fact]
    public void Given_a_user_info_response_when_read_then_one_account_comes_back()
    {
        var account = Assert.Single(ReaderHarness.ReadFixture(new TikTokResearchUserReader(), "user.json")).Account!;

        Assert.Equal("harbour_watch", account.Id);
        Assert.Equal("Harbour Watch", account.DisplayName);
        Assert.Equal(304_900, account.Followers);
        Assert.Equal(1_400_000, account.Likes);
        Assert.Equal(321, account.Videos);
        Assert.False(account.Verified);
    }

    [Fact]
    public void Given_lines_of_another_shape_in_a_zeeschuimer_capture_when_read_then_they_are_quarantined()
    {
        var good = File.ReadLines(ReaderHarness.Fixture("zeeschuimer", "tiktok.ndjson")).First();
        var text = good + "\n"
            + "{\"timestamp_collected\":1717000000123,\"source_platform\":\"tiktok.com\"}\n"
            + "{\"id\":\"7300000000000000001\",\"username\":\"a\",\"create_time\":1712905425,\"view_count\":5}\n"
            + "{\"timestamp_collected\":1717000000123,\"source_platform\":\"tiktok.com\",\"data\":\"not an item\"}\n";

        var records = ReaderHarness.ReadText(new ZeeschuimerReader(), text);

        Assert.Equal(4, records.Count);
        Assert.NotNull(records[0].Post);
        Assert.All(records.Skip(1), r => Assert.Equal(QuarantineKinds.UnknownShape, r.QuarantineKind));
        Assert.Equal([2L, 3, 4], records.Skip(1).Select(r => r.Item));
    }

    [Theory]
    [InlineData("\"playCount\":", "-5")]
    [InlineData("\"duration\":", "-15")]
    public void Given_a_negative_count_or_duration_in_a_zeeschuimer_capture_when_read_then_the_record_is_quarantined(string key, string value)
    {
        var good = File.ReadLines(ReaderHarness.Fixture("zeeschuimer", "tiktok.ndjson")).First();
        var at = good.IndexOf(key, StringComparison.Ordinal) + key.Length;
        var end = good.IndexOfAny([',', '}'], at);
        var bad = good[..at] + value + good[end..];

        var records = ReaderHarness.ReadText(new ZeeschuimerReader(), good + "\n" + bad + "\n");

        Assert.NotNull(records[0].Post);
        Assert.Equal(QuarantineKinds.InvalidValue, records[1].QuarantineKind);
    }

    [Fact]
    public void Given_a_zeeschuimer_capture_when_read_then_what_4cat_drops_is_kept()
    {
        var records = ReaderHarness.ReadFixture(new ZeeschuimerReader(), "tiktok.ndjson");

        var first = records[0];
        var post = first.Post!;
        Assert.Equal("7311111111111111111", post.Id);
        Assert.Equal("unit_fan", post.AuthorId);
        Assert.Equal(["training"], post.Hashtags);
        Assert.Equal(["buddy"], post.Mentions);
        Assert.Equal(["Base gate", "0600"], post.StickerTexts);
        Assert.Equal("Harbour Pier 3", post.PlaceName);
        Assert.Equal("TW", post.RegionCode);
        Assert.Equal("7300000000000000009", post.ParentId);
        Assert.Equal(ParentKinds.Duet, post.ParentKind);
        Assert.Equal(["98765"], post.EffectIds);
        Assert.Equal("7200000000000000001", post.SoundId);
        Assert.Equal(15, post.DurationSeconds);
        var observed = DateTimeOffset.FromUnixTimeMilliseconds(1717000000123);
        Assert.Equal(observed, first.Snapshot!.ObservedAt);
        Assert.Equal(5400, first.Snapshot.Likes);
        Assert.Equal(7, first.Snapshot.Saves);
        Assert.Equal(1500, first.Account!.Followers);
        Assert.True(first.Account.Verified);
        Assert.Equal(observed, first.Account.ObservedAt);
        Assert.Equal("7300000000000000010", records[1].Post!.ParentId);
        Assert.Equal(ParentKinds.Stitch, records[1].Post!.ParentKind);
    }

    [Fact]
    public void Given_a_feed_scrape_with_a_bom_and_float_sound_ids_when_read_then_the_sound_key_is_title_and_author()
    {
        var records = ReaderHarness.ReadFixture(new ScraperCsvReader(), "feed.csv");

        Assert.Equal(2, records.Count);
        var first = records[0];
        Assert.Equal(2, first.Item);
        Assert.Equal("7506832682593094928", first.Post!.Id);
        Assert.Equal("original sound - Harbour — Harbour Watch", first.Post.SoundId);
        Assert.Equal(["harbour", "海軍"], first.Post.Hashtags);
        Assert.Equal(31, first.Post.DurationSeconds);
        Assert.Equal(new DateTimeOffset(2025, 5, 29, 15, 38, 41, TimeSpan.Zero), first.Snapshot!.ObservedAt);
        Assert.Equal(541_200, first.Snapshot.Views);
        Assert.Equal(304_900, first.Account!.Followers);
        Assert.Equal("Tea, with a comma", records[1].Post!.Text);
        Assert.Equal(10_200, records[1].Snapshot!.Shares);
        Assert.Equal("7507991997681192000", records[1].Post!.SoundId);
    }

    [Fact]
    public void Given_tikapi_style_csv_columns_when_read_then_the_duet_parent_and_stickers_are_kept()
    {
        var record = Assert.Single(ReaderHarness.ReadFixture(new ScraperCsvReader(), "tikapi.csv"));

        Assert.Equal("unit_fan", record.Post!.AuthorId);
        Assert.Equal(["training", "army"], record.Post.Hashtags);
        Assert.Equal("7300000000000000009", record.Post.ParentId);
        Assert.Equal(["Base gate", "0600"], record.Post.StickerTexts);
        Assert.Equal(120_000, record.Snapshot!.Views);
        Assert.Equal(1500, record.Account!.Followers);
    }

    [Fact]
    public void Given_an_apify_json_array_when_read_then_nested_and_flat_keys_both_map()
    {
        var records = ReaderHarness.ReadFixture(ExportFormats.ApifyTikTok, "dataset.json");

        Assert.Equal(2, records.Count);
        Assert.Equal("unit_fan", records[0].Post!.AuthorId);
        Assert.Equal(["training", "army"], records[0].Post!.Hashtags);
        Assert.Equal("7200000000000000001", records[0].Post!.SoundId);
        Assert.Equal(1500, records[0].Account!.Followers);
        Assert.Equal("flat_user", records[1].Post!.AuthorId);
        Assert.Equal(2500, records[1].Snapshot!.Views);
        Assert.Equal(["a", "b"], records[1].Post!.Hashtags);
    }

    [Fact]
    public void Given_a_qut_toolkit_csv_when_read_then_reposts_and_replies_point_at_their_parent()
    {
        var records = ReaderHarness.ReadFixture(new QutCoordinationReader(), "messages.csv");

        Assert.Equal(Platforms.Twitter, records[0].Post!.Platform);
        Assert.Equal(["https://example.org/a", "https://example.org/b"], records[0].Post!.Urls);
        Assert.Equal(["harbour"], records[0].Post!.Hashtags);
        Assert.Equal(("1001", ParentKinds.Repost), (records[1].Post!.ParentId, records[1].Post!.ParentKind));
        Assert.Equal(("1001", ParentKinds.Reply), (records[2].Post!.ParentId, records[2].Post!.ParentKind));
    }

    [Fact]
    public void Given_a_platform_option_when_a_qut_csv_is_read_then_posts_take_that_platform()
    {
        var records = ReaderHarness.ReadFixture(new QutCoordinationReader(), "messages.csv", new Dictionary<string, string> { ["platform"] = "tiktok" });

        Assert.All(records, r => Assert.Equal("tiktok", r.Post!.Platform));
    }

    [Fact]
    public void Given_a_coortweet_csv_when_read_then_each_share_points_at_its_object()
    {
        var records = ReaderHarness.ReadFixture(new CooRTweetReader(), "shares.csv");

        var post = records[0].Post!;
        Assert.Equal(("c1", "acc1", "obj1", ParentKinds.SharedObject), (post.Id, post.AuthorId, post.ParentId, post.ParentKind));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1623881091), post.CreatedAt);
    }

    [Fact]
    public void Given_a_generic_csv_when_read_then_every_documented_column_lands_in_the_model()
    {
        var records = ReaderHarness.ReadFixture(new GenericReader(), "posts.csv");

        var first = records[0];
        Assert.Equal("tiktok", first.Post!.Platform);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 2, 0, 0, TimeSpan.Zero), first.Post.CreatedAt);
        Assert.Equal(["harbour", "海軍"], first.Post.Hashtags);
        Assert.Equal((25.13, 121.74), (first.Post.Latitude!.Value, first.Post.Longitude!.Value));
        Assert.Equal(1200, first.Snapshot!.Views);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 0, 0, 0, TimeSpan.Zero), first.Snapshot.ObservedAt);
        Assert.Equal(5000, first.Account!.Followers);
        Assert.Equal(Platforms.Unknown, records[1].Post!.Platform);
        Assert.Equal(("p1", "duet"), (records[1].Post!.ParentId, records[1].Post!.ParentKind));
        Assert.Equal(["a", "b"], records[1].Post!.Hashtags);
    }

    [Fact]
    public void Given_generic_json_lines_when_read_then_posts_map_and_a_missing_author_is_quarantined()
    {
        var records = ReaderHarness.ReadFixture(new GenericReader(), "posts.jsonl");

        Assert.Equal(["harbour", "navy"], records[0].Post!.Hashtags);
        Assert.Equal(1200, records[0].Snapshot!.Views);
        Assert.Equal(QuarantineKinds.MissingField, records[1].QuarantineKind);
    }
}
