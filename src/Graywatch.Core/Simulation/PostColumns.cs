using System.Globalization;

namespace Graywatch.Simulation;

/// <summary>The value of a post under every column name Graywatch's CSV readers know (scraper, QUT, CooRTweet, generic).</summary>
/// <remarks>Column names are compared lower-cased; a column no reader maps is left empty. Thread-safe.</remarks>
internal static class PostColumns
{
    public static ColumnKind KindOf(string column) => column switch
    {
        "vid_posttime" or "createtimeiso" or "datetime" or "createtime" or "created_at" or "timestamp" or "timestamp_share"
            or "vid_scrapetime" or "scrapetime" or "collectedat" or "observed_at" => ColumnKind.Time,
        "vid_nview" or "playcount" or "views" or "stats.playcount" or "vid_nlike" or "diggcount" or "likes" or "stats.diggcount"
            or "vid_ncomment" or "commentcount" or "comments" or "stats.commentcount" or "vid_nshare" or "sharecount" or "shares"
            or "stats.sharecount" or "vid_nsave" or "collectcount" or "saves" or "stats.collectcount" or "user_nfollower"
            or "authorfollowers" or "fans" or "authormeta.fans" or "authorstats.followercount" or "followers" => ColumnKind.Count,
        "vid_hashtags" or "hashtagnames" or "hashtags" or "challenges" => ColumnKind.Hashtags,
        _ => ColumnKind.Other,
    };

    /// <summary>The cell of <paramref name="column"/> (lower-cased) for a post observed in round <paramref name="r"/>.</summary>
    public static string Cell(string column, SimPost p, int r, long observedUnixMs, CsvLayout layout)
    {
        var e = p.Engagement;
        var a = p.Author;
        return column switch
        {
            "vid_id" or "videoid" or "id" or "video_id" or "message_id" or "content_id" or "item_id" => ThreatPlanter.Id(p.Id),
            "user_name" or "authormeta.name" or "author.uniqueid" or "authoruniqueid" or "author_name" or "uniqueid" or "username"
                or "author" or "account_id" => a.UniqueId,
            "authorid" or "authormeta.id" or "author.id" or "user_id" => a.Id,
            "vid_caption" or "desc" or "text" or "caption" or "message" => p.Text,
            "vid_posttime" or "createtimeiso" or "datetime" or "createtime" or "created_at" or "timestamp" or "timestamp_share" =>
                Time(p.CreateTime * 1000, layout.Time(column)),
            "vid_scrapetime" or "scrapetime" or "collectedat" or "observed_at" => Time(observedUnixMs, layout.Time(column)),
            "vid_duration" => $"{p.DurationSeconds / 60:00}:{p.DurationSeconds % 60:00}",
            "videometa.duration" or "duration" or "video_duration" => Number(p.DurationSeconds),
            "vid_nview" or "playcount" or "views" or "stats.playcount" => Count(e.Views[r], layout),
            "vid_nlike" or "diggcount" or "likes" or "stats.diggcount" => Count(e.Likes[r], layout),
            "vid_ncomment" or "commentcount" or "comments" or "stats.commentcount" => Count(e.Comments[r], layout),
            "vid_nshare" or "sharecount" or "shares" or "stats.sharecount" => Count(e.Shares[r], layout),
            "vid_nsave" or "collectcount" or "saves" or "stats.collectcount" => Count(e.Saves[r], layout),
            "vid_hashtags" or "hashtagnames" or "hashtags" or "challenges" =>
                layout.HashMarks ? string.Join(' ', p.Hashtags.Select(t => "#" + t)) : string.Join(", ", p.Hashtags),
            "vid_url" or "webvideourl" or "url" => Url(p),
            "music_id" or "musicid" or "musicmeta.musicid" or "music.id" or "sound" or "object_id" => ThreatPlanter.Id(p.Sound.Id),
            "music_title" or "musictitle" or "musicmeta.musicname" or "music.title" => p.Sound.Title,
            "music_authorname" or "musicauthor" or "musicmeta.musicauthor" or "music.authorname" => p.Sound.AuthorName,
            "music_originality" or "musicmeta.musicoriginal" => p.Sound.Original ? "True" : "False",
            "user_nfollower" or "authorfollowers" or "fans" or "authormeta.fans" or "authorstats.followercount" or "followers" => Count(a.Followers, layout),
            "authorfollowing" or "authormeta.following" => Number(a.Following),
            "authormeta.heart" or "authorhearts" => Number(a.Hearts),
            "authormeta.video" or "authorvideos" => Number(a.Videos),
            "authorverified" or "authormeta.verified" => a.Verified ? "true" : "false",
            "authormeta.nickname" or "authornickname" => a.Nickname,
            "locationcreated" or "region" or "regioncode" => p.RegionCode ?? "",
            "poi.name" or "locationname" or "place" => p.Place?.Name ?? "",
            "lat" => p.Place is { ExposeCoordinates: true } lat ? Number(lat.Latitude) : "",
            "lon" => p.Place is { ExposeCoordinates: true } lon ? Number(lon.Longitude) : "",
            "duetfromid" or "duetinfo.duetfromid" or "parent_id" => p.DuetFromId == 0 ? "" : ThreatPlanter.Id(p.DuetFromId),
            "parent_kind" => p.DuetFromId == 0 ? "" : "duet",
            "mentions" => string.Join(' ', p.Mentions),
            "stickerstext" or "stickertexts" => p.StickerText ?? "",
            "platform" => "tiktok",
            "language" => LanguageCode(a.Language),
            _ => "",
        };
    }

    public static string Url(SimPost p) => $"https://www.tiktok.com/@{p.Author.UniqueId}/video/{ThreatPlanter.Id(p.Id)}";

    public static string LanguageCode(CaptionLanguage language) => language switch
    {
        CaptionLanguage.English => "en",
        CaptionLanguage.TraditionalChinese => "zh-Hant",
        _ => "zh-Hans",
    };

    /// <summary>A count as the input writes it: plain, or below 10,000 plain and above with one decimal and K, M or B.</summary>
    public static string Count(long n, CsvLayout layout)
    {
        if (!layout.CompactCounts || n < 10_000)
        {
            return Number(n);
        }
        var (value, suffix) = n < 1_000_000 ? (n / 1e3, "K") : n < 1_000_000_000 ? (n / 1e6, "M") : (n / 1e9, "B");
        return Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture) + suffix;
    }

    private static string Time(long unixMs, TimeStyle style)
    {
        var t = DateTimeOffset.FromUnixTimeMilliseconds(unixMs);
        return style switch
        {
            TimeStyle.UnixSeconds => Number(unixMs / 1000),
            TimeStyle.UnixMilliseconds => Number(unixMs),
            TimeStyle.Space => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            TimeStyle.IsoMilliseconds => t.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            _ => t.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        };
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Number(double x) => x.ToString("0.######", CultureInfo.InvariantCulture);
}
