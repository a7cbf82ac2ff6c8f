using Graywatch.Readers.Parsing;

namespace Graywatch.Readers;

/// <summary>The flat export formats of other tools, each a <see cref="ColumnFormatReader"/>: its name, its columns, how it is recognised.</summary>
/// <remarks>See <c>docs/formats.md</c> for the tool and version that writes each, and what each cannot know.</remarks>
public static class ExportFormats
{
    /// <summary>TikTok Research API videos written as CSV (traktok, tiktok-research-api-python and similar).</summary>
    public static IRecordReader ResearchCsv { get; } = new ColumnFormatReader("tiktok-research-csv", 1, new ColumnMap
    {
        Id = ["video_id", "id"],
        Handle = ["username", "author_name"],
        Created = ["create_time"],
        Region = ["region_code"],
        Text = ["video_description"],
        Hashtags = ["hashtag_names"],
        Mentions = ["video_mention_list"],
        SoundId = ["music_id"],
        EffectIds = ["effect_ids"],
        Transcript = ["voice_to_text"],
        Urls = ["video_url"],
        Duration = ["video_duration"],
        Views = ["view_count"],
        Likes = ["like_count"],
        Comments = ["comment_count"],
        Shares = ["share_count"],
        Saves = ["favorites_count"],
    }, sample => Csv(sample, 88, h => (h.Contains("video_id") || h.Contains("id")) && h.Contains("create_time")
        && (h.Contains("video_description") || h.Contains("region_code") || h.Contains("hashtag_names"))), "census");

    /// <summary>zeeschuimer-decoder's flat CSV of a Zeeschuimer TikTok search capture.</summary>
    public static IRecordReader ZeeschuimerDecoderCsv { get; } = new ColumnFormatReader("zeeschuimer-decoder-csv", 1, new ColumnMap
    {
        Id = ["id"],
        Urls = ["url"],
        HandleFromUrl = true,
        TimeFromId = true,
        HashtagsFromText = true,
        DisplayName = ["author"],
        Text = ["description"],
        Followers = ["author_followers"],
        Likes = ["digg_count"],
        Shares = ["share_count"],
        Comments = ["comment_count"],
        Views = ["play_count"],
    }, sample => Csv(sample, 92, h => h.Contains("id") && h.Contains("author_followers") && h.Contains("digg_count") && h.Contains("play_count")
        && (h.Contains("search_url") || h.Contains("description"))), "search");

    /// <summary>4CAT's CSV of a TikTok dataset (the columns of its <c>map_item</c>).</summary>
    public static IRecordReader FourCatTikTokCsv { get; } = new ColumnFormatReader("4cat-tiktok-csv", 1, new ColumnMap
    {
        Id = ["id"],
        Handle = ["author"],
        AuthorId = ["author_id"],
        DisplayName = ["author_full"],
        Followers = ["author_followers"],
        Text = ["body"],
        Created = ["unix_timestamp", "timestamp"],
        SoundId = ["music_id"],
        SoundTitle = ["music_name"],
        Urls = ["tiktok_url"],
        Likes = ["likes"],
        Comments = ["comments"],
        Shares = ["shares"],
        Views = ["plays"],
        Hashtags = ["hashtags", "challenges"],
        HashtagsFromText = true,
        Region = ["location_created"],
        Stickers = ["stickers"],
        StickerSeparators = ['\n'],
    }, sample => Csv(sample, 92, h => h.Contains("id") && h.Contains("author_full") && (h.Contains("tiktok_url") || h.Contains("unix_timestamp"))
        && (h.Contains("plays") || h.Contains("music_name"))));

    /// <summary>pyktok's metadata CSV (<c>save_tiktok</c>, <c>save_tiktok_multi_urls</c>).</summary>
    public static IRecordReader PyktokCsv { get; } = new ColumnFormatReader("pyktok-csv", 1, new ColumnMap
    {
        Id = ["video_id"],
        // video_timestamp is the collecting machine's local time without an offset; the id holds the exact UTC second.
        TimeFromId = true,
        Created = ["video_timestamp"],
        Duration = ["video_duration", "video_length"],
        Region = ["video_locationcreated"],
        Likes = ["video_diggcount"],
        Shares = ["video_sharecount"],
        Comments = ["video_commentcount"],
        Views = ["video_playcount"],
        Text = ["video_description", "video_title"],
        HashtagsFromText = true,
        Stickers = ["video_stickers"],
        StickerSeparators = [';'],
        Handle = ["author_username"],
        DisplayName = ["author_name", "author_nickname"],
        Followers = ["author_followercount"],
        Following = ["author_followingcount"],
        AuthorLikes = ["author_heartcount"],
        AuthorVideos = ["author_videocount"],
        Verified = ["author_verified"],
        Place = ["poi_name"],
    }, sample => Csv(sample, 92, h => h.Contains("video_id") && h.Contains("author_username")
        && (h.Contains("video_timestamp") || h.Contains("video_diggcount"))));

    /// <summary>Apify's TikTok scraper datasets (JSON, or CSV with slash-flattened columns such as <c>authorMeta/name</c>).</summary>
    public static IRecordReader ApifyTikTok { get; } = new ColumnFormatReader("apify-tiktok", 1, ScraperMapper.Columns, sample =>
        Sniffing.LooksLikeJson(sample)
            ? Sniffing.WithExtension(Sniffing.HasKey(sample, "authorMeta") && (Sniffing.HasKey(sample, "createTimeISO") || Sniffing.HasKey(sample, "collectCount"))
                && !Sniffing.HasKey(sample, "collector") ? 88 : 0, sample, Sniffing.JsonExtensions)
            : Csv(sample, 88, h => h.Contains("id") && (h.Contains("authormeta/name") || (h.Contains("createtimeiso") && h.Contains("webvideourl")))));

    /// <summary>drawrowfly tiktok-scraper's JSON (<c>{"headers":…,"collector":[…]}</c>) and CSV (dotted columns such as <c>authorMeta.name</c>).</summary>
    public static IRecordReader TikTokScraper { get; } = new ColumnFormatReader("tiktok-scraper", 1, ScraperMapper.Columns with { ItemsKey = "collector" }, sample =>
        Sniffing.LooksLikeJson(sample)
            ? Sniffing.WithExtension(Sniffing.HasKey(sample, "collector") && Sniffing.HasKey(sample, "authorMeta") ? 92 : 0, sample, Sniffing.JsonExtensions)
            : Csv(sample, 88, h => h.Contains("id") && h.Contains("authormeta.name")
                && (h.Contains("authormeta.secuid") || h.Contains("secretid") || h.Contains("videourlnowatermark") || h.Contains("covers.default"))));

    private static int Csv(FileSample sample, int score, Func<IReadOnlySet<string>, bool> header) =>
        Sniffing.LooksLikeJson(sample) ? 0 : Sniffing.WithExtension(header(sample.CsvHeader) ? score : 0, sample, ".csv");
}
