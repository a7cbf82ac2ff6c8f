namespace Graywatch.Readers.Parsing;

/// <summary>The columns of scraper exports: feed scrapes (<c>user_name, vid_id, vid_nview…</c>) and TikAPI / Apify / tiktok-scraper keys.</summary>
internal static class ScraperMapper
{
    public static readonly string[] IdColumns = ["vid_id", "videoId", "id", "video_id"];

    /// <summary>Every scraper column Graywatch knows, nested keys dotted.</summary>
    public static readonly ColumnMap Columns = new()
    {
        Id = IdColumns,
        Handle = ["user_name", "authorMeta.name", "author.uniqueId", "authorUniqueId", "author_name", "uniqueId"],
        AuthorId = ["authorId", "authorMeta.id", "author.id"],
        DisplayName = ["authorMeta.nickName", "authorNickname"],
        Created = ["vid_postTime", "createTimeISO", "dateTime", "createTime", "created_at"],
        Text = ["vid_caption", "desc", "text", "caption"],
        Language = ["textLanguage"],
        Hashtags = ["vid_hashtags", "hashtagNames", "hashtags", "challenges"],
        Mentions = ["mentions"],
        SoundId = ["music_id", "musicId", "musicMeta.musicId", "music.id"],
        SoundTitle = ["music_title", "musicTitle", "musicMeta.musicName", "music.title"],
        SoundAuthor = ["music_authorName", "musicAuthor", "musicMeta.musicAuthor", "music.authorName"],
        DuetFrom = ["duetFromId", "duetInfo.duetFromId"],
        Urls = ["vid_url", "webVideoUrl", "url"],
        Duration = ["vid_duration", "videoMeta.duration", "duration"],
        Region = ["locationCreated", "region", "regionCode"],
        Place = ["poi.name", "locationName"],
        Stickers = ["stickersText", "stickerTexts"],
        Views = ["vid_nview", "playCount", "views", "stats.playCount"],
        Likes = ["vid_nlike", "diggCount", "likes", "stats.diggCount"],
        Comments = ["vid_ncomment", "commentCount", "comments", "stats.commentCount"],
        Shares = ["vid_nshare", "shareCount", "shares", "stats.shareCount"],
        Saves = ["vid_nsave", "collectCount", "saves", "stats.collectCount"],
        Followers = ["user_nfollower", "user_followers", "authorFollowers", "fans", "authorMeta.fans", "authorStats.followerCount"],
        Following = ["user_nfollowing", "user_following", "authorFollowing", "authorMeta.following"],
        AuthorLikes = ["authorMeta.heart", "authorHearts"],
        AuthorVideos = ["authorMeta.video", "authorVideos"],
        Verified = ["authorVerified", "authorMeta.verified"],
        Bio = ["authorMeta.signature"],
        ObservedAt = ["vid_scrapeTime", "scrapeTime", "collectedAt", "observed_at"],
    };

    public static MappedRecord Map(IFieldSource row, long item, string? raw, ReaderContext context) =>
        ColumnMapper.Map(Columns, row, item, raw, context);
}
