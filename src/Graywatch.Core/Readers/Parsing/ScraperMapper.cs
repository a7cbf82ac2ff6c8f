using Graywatch.Model;

namespace Graywatch.Readers.Parsing;

/// <summary>Maps a scraper export row (a feed-scrape CSV, or TikAPI / Apify style columns) to a post, snapshot and account.</summary>
/// <remarks>
/// The sound id of a feed scrape was written as a float (<c>7.506832745952218e+18</c>) and lost its precision, so a
/// sound id in float notation is replaced by the key <c>title — author</c>, which does identify the sound.
/// </remarks>
internal static class ScraperMapper
{
    private static readonly char[] s_urlSeparators = [' ', ',', '\t'];
    private static readonly char[] s_stickerSeparators = ['|', ';', '\n'];

    public static readonly string[] IdColumns = ["vid_id", "videoId", "id", "video_id"];

    public static MappedRecord Map(IFieldSource row, long item, string? raw, ReaderContext context)
    {
        var id = Fields.Required(row, IdColumns);
        var platform = context.Option("platform") ?? Platforms.TikTok;
        var handle = Fields.Text(row, "user_name", "authorMeta.name", "author.uniqueId", "authorUniqueId", "author_name", "uniqueId");
        var authorId = handle ?? Fields.Text(row, "authorId", "authorMeta.id", "author.id");
        var observedAt = Fields.Time(row, "vid_scrapeTime", "scrapeTime", "collectedAt", "observed_at") ?? context.DefaultObservedAt;
        var soundTitle = Fields.Text(row, "music_title", "musicTitle", "musicMeta.musicName", "music.title");
        var soundAuthor = Fields.Text(row, "music_authorName", "musicAuthor", "musicMeta.musicAuthor", "music.authorName");
        var duetFrom = Fields.Text(row, "duetFromId", "duetInfo.duetFromId");

        var post = new Post
        {
            Platform = platform,
            Id = id,
            AuthorId = authorId,
            AuthorName = handle,
            CreatedAt = Fields.Time(row, "vid_postTime", "createTimeISO", "dateTime", "createTime", "created_at"),
            Text = Fields.Text(row, "vid_caption", "desc", "text", "caption"),
            Hashtags = Fields.Hashtags(row, "vid_hashtags", "hashtagNames", "hashtags", "challenges"),
            Mentions = Fields.Items(row, s_urlSeparators, "mentions"),
            SoundId = SoundId(Fields.Text(row, "music_id", "musicId", "musicMeta.musicId", "music.id"), soundTitle, soundAuthor),
            SoundTitle = soundTitle,
            SoundAuthor = soundAuthor,
            ParentId = duetFrom is null or "0" ? null : duetFrom,
            ParentKind = duetFrom is null or "0" ? null : ParentKinds.Duet,
            Urls = Fields.Items(row, s_urlSeparators, "vid_url", "webVideoUrl", "url"),
            DurationSeconds = Fields.Duration(row, "vid_duration") ?? Fields.Number(row, "videoMeta.duration") ?? Fields.Number(row, "duration"),
            RegionCode = Fields.Text(row, "locationCreated", "region", "regionCode"),
            PlaceName = Fields.Text(row, "poi.name", "locationName"),
            StickerTexts = Fields.Items(row, s_stickerSeparators, "stickersText", "stickerTexts"),
        };

        var snapshot = Canonical.Snapshot(
            platform,
            id,
            observedAt,
            Fields.Count(row, "vid_nview", "playCount", "views", "stats.playCount"),
            Fields.Count(row, "vid_nlike", "diggCount", "likes", "stats.diggCount"),
            Fields.Count(row, "vid_ncomment", "commentCount", "comments", "stats.commentCount"),
            Fields.Count(row, "vid_nshare", "shareCount", "shares", "stats.shareCount"),
            Fields.Count(row, "vid_nsave", "collectCount", "saves", "stats.collectCount"));

        var followers = Fields.Count(row, "user_nfollower", "authorFollowers", "fans", "authorMeta.fans", "authorStats.followerCount");
        var following = Fields.Count(row, "authorFollowing", "authorMeta.following");
        var verified = Fields.Text(row, "authorVerified", "authorMeta.verified");
        Account? account = authorId is null || (followers is null && following is null && verified is null)
            ? null
            : new Account
            {
                Platform = platform,
                Id = authorId,
                Name = handle,
                DisplayName = Fields.Text(row, "authorMeta.nickName", "authorNickname"),
                Followers = followers,
                Following = following,
                Likes = Fields.Count(row, "authorMeta.heart", "authorHearts"),
                Videos = Fields.Count(row, "authorMeta.video", "authorVideos"),
                Verified = verified is null ? null : verified.Equals("true", StringComparison.OrdinalIgnoreCase) || verified == "1",
                ObservedAt = observedAt,
            };
        return new MappedRecord { Item = item, Raw = raw, Post = post, Snapshot = snapshot, Account = account };
    }

    /// <summary>The sound id, or <c>title — author</c> when the id was mangled into float notation.</summary>
    public static string? SoundId(string? id, string? title, string? author)
    {
        if (id is null || !id.AsSpan().ContainsAny("eE."))
        {
            return id;
        }
        return title is null && author is null ? null : $"{title} — {author}";
    }
}
