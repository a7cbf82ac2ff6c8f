using Graywatch.Readers;

namespace Graywatch.Tests.Readers;

/// <summary>Field-by-field reads of other tools' exports, each from a small hand-written file in the tool's own shape.</summary>
public sealed class ExportFormatTests
{
    private static readonly DateTimeOffset Created = DateTimeOffset.FromUnixTimeSeconds(1717228800);

    private static List<MappedRecord> Read(string fileName, string text, string expectedFormat)
    {
        var reader = ReaderCatalog.Detect(new FileSample(fileName, text));
        Assert.Equal(expectedFormat, reader?.Format);
        var records = ReaderHarness.ReadText(reader!, text);
        Assert.Empty(records.Where(r => r.IsQuarantined).Select(r => $"{r.Item}: {r.QuarantineReason}"));
        return records;
    }

    [Fact]
    public void Given_a_tiktok_scraper_json_when_read_then_the_collector_items_map_with_mentions_without_at()
    {
        var text = """{"headers":{"user-agent":"Mozilla/5.0"},"collector":[{"id":"7375000000000000001","secretID":"7375000000000000001","text":"Harbour drill #Navy #港口 @ann","createTime":1717228800,"authorMeta":{"id":"6800000000000000001","secUid":"MS4w","name":"unit_fan","nickName":"Unit Fan","verified":true,"signature":"bio","avatar":"https://a","following":12,"fans":1500,"heart":9000,"video":40,"digg":3},"musicMeta":{"musicId":"7200000000000000001","musicName":"original sound","musicAuthor":"unit_fan","musicOriginal":true},"covers":{"default":"https://c"},"webVideoUrl":"https://www.tiktok.com/@unit_fan/video/7375000000000000001","videoUrl":"https://v","videoMeta":{"height":1024,"width":576,"duration":15},"diggCount":5400,"shareCount":12,"playCount":120000,"commentCount":33,"downloaded":false,"mentions":["@ann"],"hashtags":[{"id":"1","name":"Navy","title":"","cover":""},{"id":"2","name":"港口","title":"","cover":""}],"effectStickers":[]}],"zip":false}""";

        var record = Assert.Single(Read("user.json", text, "tiktok-scraper"));

        var post = record.Post!;
        Assert.Equal(("7375000000000000001", "unit_fan", Created), (post.Id, post.AuthorId, post.CreatedAt));
        Assert.Equal(["navy", "港口"], post.Hashtags);
        Assert.Equal(["ann"], post.Mentions);
        Assert.Equal(("7200000000000000001", "original sound", "unit_fan"), (post.SoundId, post.SoundTitle, post.SoundAuthor));
        Assert.Equal(15, post.DurationSeconds);
        Assert.Equal(["https://www.tiktok.com/@unit_fan/video/7375000000000000001"], post.Urls);
        Assert.Equal((120_000L, 5400L, 33L, 12L), (record.Snapshot!.Views!.Value, record.Snapshot.Likes!.Value, record.Snapshot.Comments!.Value, record.Snapshot.Shares!.Value));
        var account = record.Account!;
        Assert.Equal(("Unit Fan", 1500L, 12L, 9000L, 40L, true), (account.DisplayName, account.Followers!.Value, account.Following!.Value, account.Likes!.Value, account.Videos!.Value, account.Verified!.Value));
    }

    private const string WebItem = """{"id":"7375000000000000002","desc":"","createTime":"1717228800","textLanguage":"zh-Hant","locationCreated":"TW","AIGCDescription":"","author":{"id":"6800000000000000002","uniqueId":"harbour_watch","nickname":"港口觀察","signature":"看船","verified":false},"authorStats":{"followerCount":2000,"followingCount":5,"heartCount":7000,"videoCount":12},"music":{"id":"7200000000000000002","title":"original sound - harbour_watch","authorName":"harbour_watch"},"stats":{},"statsV2":{"playCount":"541200","diggCount":"21900","commentCount":"454","shareCount":"742","collectCount":"1098"},"challenges":[{"id":"1","title":"Harbour"}],"contents":[{"desc":"Ships at dawn #harbour #海軍","textExtra":[{"hashtagName":"harbour"},{"hashtagName":"海軍"},{"userUniqueId":"coastfan"}]}],"poi":{"id":"22","name":"Keelung Harbour","address":"Keelung","city":"Keelung"},"video":{"duration":31}}""";

    [Fact]
    public void Given_an_item_list_response_with_newer_fields_when_read_then_each_field_maps()
    {
        var text = "{\"itemList\":[" + WebItem + "],\"cursor\":\"1\",\"hasMore\":false}";

        var record = Assert.Single(Read("item_list.json", text, "tiktok-web"));

        var post = record.Post!;
        Assert.Equal(("7375000000000000002", "harbour_watch", Created), (post.Id, post.AuthorId, post.CreatedAt));
        Assert.Equal("Ships at dawn #harbour #海軍", post.Text);
        Assert.Equal(["harbour", "海軍"], post.Hashtags);
        Assert.Equal(["coastfan"], post.Mentions);
        Assert.Equal(("zh-Hant", "TW", "Keelung Harbour"), (post.Language, post.RegionCode, post.PlaceName));
        Assert.Equal(("7200000000000000002", 31.0), (post.SoundId, post.DurationSeconds!.Value));
        var s = record.Snapshot!;
        Assert.Equal((541_200L, 21_900L, 454L, 742L, 1098L), (s.Views!.Value, s.Likes!.Value, s.Comments!.Value, s.Shares!.Value, s.Saves!.Value));
        Assert.Equal(ReaderHarness.DefaultObservedAt, s.ObservedAt);
        Assert.Equal(("港口觀察", 2000L), (record.Account!.DisplayName, record.Account.Followers!.Value));
    }

    [Fact]
    public void Given_bare_items_one_per_line_a_page_item_struct_and_a_rehydration_page_when_read_then_each_is_one_post()
    {
        var lines = WebItem + "\n" + WebItem.Replace("7375000000000000002", "7375000000000000003", StringComparison.Ordinal) + "\n";
        var page = "{\"itemInfo\":{\"itemStruct\":" + WebItem + "},\"statusCode\":0}";
        var rehydration = "{\"__DEFAULT_SCOPE__\":{\"webapp.video-detail\":{\"itemInfo\":{\"itemStruct\":" + WebItem + "}}}}";

        Assert.Equal(["7375000000000000002", "7375000000000000003"], Read("dump.jsonl", lines, "tiktok-web").Select(r => r.Post!.Id));
        Assert.Equal("harbour_watch", Assert.Single(Read("page.json", page, "tiktok-web")).Post!.AuthorId);
        Assert.Equal("harbour_watch", Assert.Single(Read("page.json", rehydration, "tiktok-web")).Post!.AuthorId);
    }

    private const string WebComment = """{"cid":"7380000000000000001","aweme_id":"7375000000000000002","text":"好厲害","create_time":1717232400,"digg_count":12,"reply_id":"0","reply_comment_total":2,"comment_language":"zh-Hant","user":{"uid":"6900000000000000001","unique_id":"viewer_1","nickname":"Viewer"},"share_info":{"url":"https://www.tiktok.com/@harbour_watch/video/7375000000000000002"}}""";

    [Fact]
    public void Given_zeeschuimer_tiktok_comment_captures_when_read_then_they_become_comments()
    {
        var reply = WebComment.Replace("\"cid\":\"7380000000000000001\"", "\"cid\":\"7380000000000000002\"", StringComparison.Ordinal)
            .Replace("\"reply_id\":\"0\"", "\"reply_id\":\"7380000000000000001\"", StringComparison.Ordinal);
        var text = string.Join("\n", new[] { WebComment, reply }.Select(c =>
            "{\"id\":\"x\",\"timestamp_collected\":1717300000000,\"source_platform\":\"tiktok-comments\",\"data\":" + c + "}")) + "\n";

        var records = Read("comments.ndjson", text, "zeeschuimer");

        var comment = records[0].Comment!;
        Assert.Null(records[0].Post);
        Assert.Equal(("7380000000000000001", "7375000000000000002", null, "viewer_1"), (comment.Id, comment.PostId, comment.ParentId, comment.AuthorId));
        Assert.Equal(("好厲害", DateTimeOffset.FromUnixTimeSeconds(1717232400), 12L, 2L), (comment.Text, comment.CreatedAt, comment.Likes!.Value, comment.Replies!.Value));
        Assert.Equal("7380000000000000001", records[1].Comment!.ParentId);
        Assert.Equal("7380000000000000001", Assert.Single(Read("comments.json", "{\"comments\":[" + WebComment + "],\"has_more\":0}", "tiktok-web")).Comment!.Id);
    }

    [Fact]
    public void Given_a_douyin_zeeschuimer_capture_when_read_then_the_aweme_maps_to_a_douyin_post()
    {
        var aweme = """{"aweme_id":"7375000000000000009","desc":"海边 #日出 #海軍","create_time":1717228800,"region":"CN","author":{"uid":"10001","unique_id":"","short_id":"0","nickname":"海边人","follower_count":4200,"following_count":8,"total_favorited":"99000","aweme_count":31,"sec_uid":"MS4w"},"statistics":{"digg_count":880,"comment_count":41,"share_count":9,"play_count":0,"collect_count":17},"music":{"id":7200000000000000009,"id_str":"7200000000000000009","title":"@海边人创作的原声","author":"海边人"},"text_extra":[{"hashtag_name":"日出"},{"hashtag_name":"海軍"}],"video":{"duration":15023}}""";
        var text = "{\"id\":\"1\",\"timestamp_collected\":1717300000000,\"source_platform\":\"douyin.com\",\"source_platform_url\":\"https://www.douyin.com/\",\"data\":" + aweme + "}\n";

        var record = Assert.Single(Read("douyin.ndjson", text, "zeeschuimer"));

        var post = record.Post!;
        Assert.Equal(("douyin", "7375000000000000009", "10001", Created), (post.Platform, post.Id, post.AuthorId, post.CreatedAt));
        Assert.Equal(["日出", "海軍"], post.Hashtags);
        Assert.Equal(("7200000000000000009", "@海边人创作的原声", "海边人"), (post.SoundId, post.SoundTitle, post.SoundAuthor));
        Assert.Equal((15.023, "CN"), (post.DurationSeconds!.Value, post.RegionCode));
        Assert.Equal((0L, 880L, 41L, 9L, 17L), (record.Snapshot!.Views!.Value, record.Snapshot.Likes!.Value, record.Snapshot.Comments!.Value, record.Snapshot.Shares!.Value, record.Snapshot.Saves!.Value));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1717300000000), record.Snapshot.ObservedAt);
        Assert.Equal(("海边人", 4200L, 99_000L, 31L), (record.Account!.DisplayName, record.Account.Followers!.Value, record.Account.Likes!.Value, record.Account.Videos!.Value));
    }

    [Fact]
    public void Given_research_videos_with_video_id_when_read_then_the_id_is_taken_from_it()
    {
        var text = """{"data":{"videos":[{"video_id":7375000000000000004,"create_time":1717228800,"username":"traktok_user","region_code":"TW","view_count":10}],"cursor":1,"has_more":false}}""" + "\n";

        var record = Assert.Single(Read("videos.json", text, "tiktok-research"));

        Assert.Equal(("7375000000000000004", "traktok_user"), (record.Post!.Id, record.Post.AuthorId));
        Assert.Equal("census", ReaderCatalog.ByName("tiktok-research")!.Sampling);
    }

    [Fact]
    public void Given_research_videos_written_as_csv_when_read_then_lists_in_any_notation_and_iso_times_map()
    {
        var text = """
            video_id,create_time,username,region_code,video_description,hashtag_names,music_id,effect_ids,view_count,like_count,comment_count,share_count,voice_to_text,video_url
            7375000000000000005,2024-06-01T08:00:00Z,harbour_watch,TW,Ships #harbour,"harbour, 海軍",7200000000000000005,"['123', '456']",1200,30,4,2,大家好,https://www.tiktok.com/@harbour_watch/video/7375000000000000005
            7375000000000000006,1717228800,herbs,VN,thảo mộc,"['SucKhoe', 'thaomoc']",,[],15,1,0,0,,
            """.Replace("\r", "", StringComparison.Ordinal) + "\n";

        var records = Read("traktok.csv", text, "tiktok-research-csv");

        var first = records[0].Post!;
        Assert.Equal(("7375000000000000005", "harbour_watch", Created, "TW"), (first.Id, first.AuthorId, first.CreatedAt, first.RegionCode));
        Assert.Equal(["harbour", "海軍"], first.Hashtags);
        Assert.Equal(["123", "456"], first.EffectIds);
        Assert.Equal(("7200000000000000005", "大家好"), (first.SoundId, first.Transcript));
        Assert.Equal((1200L, 30L, 4L, 2L), (records[0].Snapshot!.Views!.Value, records[0].Snapshot!.Likes!.Value, records[0].Snapshot!.Comments!.Value, records[0].Snapshot!.Shares!.Value));
        Assert.Equal(["suckhoe", "thaomoc"], records[1].Post!.Hashtags);
        Assert.Empty(records[1].Post!.EffectIds);
        Assert.Equal("census", ReaderCatalog.ByName("tiktok-research-csv")!.Sampling);
    }

    [Fact]
    public void Given_a_zeeschuimer_decoder_csv_when_read_then_the_handle_comes_from_the_url_and_the_time_from_the_id()
    {
        var text = "index,id,url,description,author,author_followers,digg_count,share_count,comment_count,play_count,search_url\n"
            + "0,7288995634328177926,https://www.tiktok.com/@haber_tv/video/7288995634328177926,#fosfor #Gazze haber ,Habertürk TV,277400,59,0,3,3597,https://www.tiktok.com/search/video?q=fosfor\n";

        var record = Assert.Single(Read("tiktok-test.csv", text, "zeeschuimer-decoder-csv"));

        var post = record.Post!;
        Assert.Equal(("haber_tv", DateTimeOffset.FromUnixTimeSeconds(7288995634328177926 >> 32)), (post.AuthorId, post.CreatedAt));
        Assert.Equal(["fosfor", "gazze"], post.Hashtags);
        Assert.Equal((3597L, 59L, 3L, 0L), (record.Snapshot!.Views!.Value, record.Snapshot.Likes!.Value, record.Snapshot.Comments!.Value, record.Snapshot.Shares!.Value));
        Assert.Equal(("Habertürk TV", 277_400L), (record.Account!.DisplayName, record.Account.Followers!.Value));
        Assert.Equal("search", ReaderCatalog.ByName("zeeschuimer-decoder-csv")!.Sampling);
    }

    [Fact]
    public void Given_a_4cat_tiktok_csv_when_read_then_its_map_item_columns_map()
    {
        var text = "id,thread_id,author,author_full,author_id,author_followers,subject,body,timestamp,unix_timestamp,is_duet,music_name,music_id,music_url,video_url,tiktok_url,thumbnail_url,likes,comments,shares,plays,hashtags,challenges,location_created,stickers,warning\n"
            + "7375000000000000007,7375000000000000007,harbour_watch,港口觀察,6800000000000000002,2000,,\"Ships at dawn, again\",2024-06-01 08:00:00,1717228800,False,original sound,7200000000000000007,https://m,https://v,https://tiktok.com/@harbour_watch/video/7375000000000000007,https://t,21900,454,742,541200,\"harbour,海軍\",harbour,TW,\"Pier 3\n06:00\",\n";

        var record = Assert.Single(Read("4cat.csv", text, "4cat-tiktok-csv"));

        var post = record.Post!;
        Assert.Equal(("harbour_watch", Created, "Ships at dawn, again"), (post.AuthorId, post.CreatedAt, post.Text));
        Assert.Equal(["harbour", "海軍"], post.Hashtags);
        Assert.Equal(("7200000000000000007", "original sound", "TW"), (post.SoundId, post.SoundTitle, post.RegionCode));
        Assert.Equal(["Pier 3", "06:00"], post.StickerTexts);
        Assert.Equal((541_200L, 21_900L, 454L, 742L), (record.Snapshot!.Views!.Value, record.Snapshot.Likes!.Value, record.Snapshot.Comments!.Value, record.Snapshot.Shares!.Value));
        Assert.Equal(("港口觀察", 2000L), (record.Account!.DisplayName, record.Account.Followers!.Value));
    }

    [Fact]
    public void Given_a_pyktok_csv_when_read_then_the_utc_time_comes_from_the_id_not_the_local_timestamp()
    {
        // 7375000000000000008 >> 32 = 1717140937 (2024-05-31T07:35:37Z); pyktok wrote the collecting machine's local time.
        var text = "video_id,video_timestamp,video_duration,video_locationcreated,video_diggcount,video_sharecount,video_commentcount,video_playcount,video_description,video_is_ad,video_stickers,author_username,author_name,author_followercount,author_followingcount,author_heartcount,author_videocount,author_diggcount,author_verified,poi_name,poi_address,poi_city\n"
            + "7375000000000000008,2024-05-31T09:35:37,31,TW,21900,742,454,541200,Ships #harbour #海軍,False,Pier 3;06:00,harbour_watch,港口觀察,2000,5,7000,12,0,True,Keelung Harbour,Keelung,Keelung\n";

        var record = Assert.Single(Read("pyktok.csv", text, "pyktok-csv"));

        var post = record.Post!;
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(7375000000000000008 >> 32), post.CreatedAt);
        Assert.Equal(("harbour_watch", "TW", "Keelung Harbour", 31.0), (post.AuthorId, post.RegionCode, post.PlaceName, post.DurationSeconds!.Value));
        Assert.Equal(["harbour", "海軍"], post.Hashtags);
        Assert.Equal(["Pier 3", "06:00"], post.StickerTexts);
        Assert.Equal((541_200L, 21_900L), (record.Snapshot!.Views!.Value, record.Snapshot.Likes!.Value));
        Assert.Equal((2000L, 5L, 7000L, 12L, true), (record.Account!.Followers!.Value, record.Account.Following!.Value, record.Account.Likes!.Value, record.Account.Videos!.Value, record.Account.Verified!.Value));
    }

    [Fact]
    public void Given_an_apify_csv_with_slash_flattened_columns_when_read_then_nested_fields_and_indexed_lists_map()
    {
        var text = "authorMeta/avatar,authorMeta/fans,authorMeta/name,authorMeta/nickName,createTimeISO,diggCount,hashtags/0/name,hashtags/1/name,id,mentions/0,musicMeta/musicAuthor,musicMeta/musicId,musicMeta/musicName,playCount,shareCount,commentCount,collectCount,text,videoMeta/duration,webVideoUrl\n"
            + "https://a,1500,unit_fan,Unit Fan,2024-06-01T08:00:00.000Z,5400,Training,army,7375000000000000010,@ann,unit_fan,7200000000000000010,original sound,120000,12,33,7,Drill day,15,https://www.tiktok.com/@unit_fan/video/7375000000000000010\n";

        var record = Assert.Single(Read("dataset.csv", text, "apify-tiktok"));

        var post = record.Post!;
        Assert.Equal(("unit_fan", Created), (post.AuthorId, post.CreatedAt));
        Assert.Equal(["training", "army"], post.Hashtags);
        Assert.Equal(["ann"], post.Mentions);
        Assert.Equal(("7200000000000000010", "original sound", 15.0), (post.SoundId, post.SoundTitle, post.DurationSeconds!.Value));
        Assert.Equal((120_000L, 7L), (record.Snapshot!.Views!.Value, record.Snapshot.Saves!.Value));
        Assert.Equal(("Unit Fan", 1500L), (record.Account!.DisplayName, record.Account.Followers!.Value));
    }

    [Fact]
    public void Given_qut_relative_timestamps_and_python_list_urls_when_read_then_every_row_maps()
    {
        var text = "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n"
            + "1,4,user_4,,,mango #apple,0,['http://example.com/2']\n"
            + "2,1,user_1,1,,camel,59,\"['http://example.com/4', 'http://example.com/6']\"\n"
            + "3,8,user_8,,,pear,60.5,\n";

        var records = Read("sample_data.csv", text, "qut-coordination");

        Assert.Equal([0L, 59_000, 60_500], records.Select(r => r.Post!.CreatedAt!.Value.ToUnixTimeMilliseconds()));
        Assert.Equal(["http://example.com/4", "http://example.com/6"], records[1].Post!.Urls);
    }

    [Fact]
    public void Given_a_feed_scrape_with_user_followers_when_read_then_accounts_are_stored()
    {
        var text = "user_name,user_followers,vid_id,vid_caption,vid_postTime,vid_scrapeTime,vid_nview,vid_nlike\n"
            + "herbs,304.9K,7375000000000000011,thảo mộc,2024-06-01 08:00:00,2024-06-02 00:00:00,1.4M,27.7K\n";

        var record = Assert.Single(Read("feed.csv", text, "scraper-csv"));

        Assert.Equal(("herbs", 304_900L), (record.Account!.Id, record.Account.Followers!.Value));
    }

    [Theory]
    [InlineData("generic", "id,author,created_at\np1,,2024-06-01T00:00:00Z\n")]
    [InlineData("zeeschuimer", "{\"timestamp_collected\":1717300000000,\"source_platform\":\"tiktok.com\",\"data\":{\"id\":\"1\",\"desc\":\"no author\",\"createTime\":1717228800}}\n")]
    [InlineData("tiktok-web", "{\"id\":\"1\",\"createTime\":1717228800,\"stats\":{\"playCount\":1}}\n")]
    [InlineData("scraper-csv", "vid_id,user_name,vid_nview\n1,herbs,10\n")]
    [InlineData("tiktok-research", "{\"id\":1,\"username\":\"a\"}\n")]
    [InlineData("pyktok-csv", "video_id,author_username,video_timestamp\n12,herbs,\n")]
    public void Given_a_record_without_an_author_or_a_time_when_read_in_any_format_then_it_is_quarantined(string format, string text)
    {
        var record = Assert.Single(ReaderHarness.ReadText(ReaderCatalog.ByName(format)!, text));

        Assert.Equal(QuarantineKinds.MissingField, record.QuarantineKind);
        Assert.Null(record.Post);
    }

    [Fact]
    public void Given_a_tiktok_scraper_csv_with_dotted_columns_when_read_then_nested_fields_map()
    {
        var text = "id,secretID,text,createTime,authorMeta.id,authorMeta.secUid,authorMeta.name,authorMeta.nickName,authorMeta.fans,musicMeta.musicId,musicMeta.musicName,musicMeta.musicAuthor,covers.default,webVideoUrl,videoMeta.duration,diggCount,shareCount,playCount,commentCount,mentions,hashtags\n"
            + "7375000000000000012,7375000000000000012,Drill #navy @ann,1717228800,6800000000000000001,MS4w,unit_fan,Unit Fan,1500,7200000000000000012,original sound,unit_fan,https://c,https://www.tiktok.com/@unit_fan/video/7375000000000000012,15,5400,12,120000,33,@ann,navy\n";

        var record = Assert.Single(Read("posts.csv", text, "tiktok-scraper"));

        var post = record.Post!;
        Assert.Equal(("unit_fan", Created, "7200000000000000012", 15.0), (post.AuthorId, post.CreatedAt, post.SoundId, post.DurationSeconds!.Value));
        Assert.Equal(["navy"], post.Hashtags);
        Assert.Equal(["ann"], post.Mentions);
        Assert.Equal((1500L, "Unit Fan"), (record.Account!.Followers!.Value, record.Account.DisplayName));
    }

    [Fact]
    public void Given_a_douyin_item_embedded_in_a_page_when_read_then_the_camel_case_keys_map()
    {
        var item = """{"awemeId":"7375000000000000013","desc":"日出 #海边","createTime":1717228800,"authorInfo":{"uid":"10002","nickname":"看海","secUid":"MS4w","followerCount":12},"stats":{"diggCount":8,"commentCount":1,"shareCount":0,"collectCount":2},"music":{"id":"7200000000000000013","title":"原声","author":"看海"},"textExtra":[{"hashtagName":"海边"}],"video":{"duration":9000}}""";
        var text = "{\"id\":\"2\",\"timestamp_collected\":1717300000000,\"source_platform\":\"douyin.com\",\"data\":" + item + "}\n";

        var record = Assert.Single(Read("douyin.ndjson", text, "zeeschuimer"));

        var post = record.Post!;
        Assert.Equal(("douyin", "7375000000000000013", "10002", Created), (post.Platform, post.Id, post.AuthorId, post.CreatedAt));
        Assert.Equal(["海边"], post.Hashtags);
        Assert.Equal((9.0, 8L, 2L), (post.DurationSeconds!.Value, record.Snapshot!.Likes!.Value, record.Snapshot.Saves!.Value));
        Assert.Equal(12L, record.Account!.Followers);
    }

    [Fact]
    public void Given_scraper_json_mentions_with_at_when_read_then_they_are_stored_without_it()
    {
        var record = Assert.Single(ReaderHarness.ReadFixture(new ScraperJsonReader(), "tikapi.jsonl"));

        Assert.Equal(["ann", "bob"], record.Post!.Mentions);
        Assert.Equal(("flat_user", 2500L), (record.Post.AuthorId, record.Snapshot!.Views!.Value));
    }
}
