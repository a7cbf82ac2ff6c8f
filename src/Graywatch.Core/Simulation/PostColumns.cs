using System.Globalization;
using Graywatch.Readers.Parsing;

namespace Graywatch.Simulation;

/// <summary>The value of a post under every column name Graywatch's CSV readers know: a format's own column map first, then the scraper, QUT, CooRTweet and generic names.</summary>
/// <remarks>Column names are compared lower-cased; a column no reader maps is left empty. Thread-safe.</remarks>
internal static class PostColumns
{
    /// <summary>The roles of a format's columns, lower-cased, taken from its reader's <see cref="ColumnMap"/>; the first field naming a column wins.</summary>
    public static IReadOnlyDictionary<string, PostField> RolesOf(ColumnMap map)
    {
        var roles = new Dictionary<string, PostField>(StringComparer.Ordinal);
        (string[] Names, PostField Field)[] fields =
        [
            (map.Id, PostField.Id), (map.Handle, PostField.Handle), (map.AuthorId, PostField.AuthorId), (map.DisplayName, PostField.DisplayName),
            (map.Created, PostField.Created), (map.ObservedAt, PostField.Observed), (map.Text, PostField.Text), (map.Language, PostField.Language),
            (map.Hashtags, PostField.Hashtags), (map.Mentions, PostField.Mentions), (map.SoundId, PostField.SoundId),
            (map.SoundTitle, PostField.SoundTitle), (map.SoundAuthor, PostField.SoundAuthor), (map.EffectIds, PostField.EffectIds),
            (map.DuetFrom, PostField.DuetFrom), (map.Urls, PostField.Url), (map.Duration, PostField.Duration), (map.Region, PostField.Region),
            (map.Place, PostField.Place), (map.Stickers, PostField.Stickers), (map.Transcript, PostField.Transcript),
            (map.Views, PostField.Views), (map.Likes, PostField.Likes), (map.Comments, PostField.Comments), (map.Shares, PostField.Shares),
            (map.Saves, PostField.Saves), (map.Followers, PostField.Followers), (map.Following, PostField.Following),
            (map.AuthorLikes, PostField.AuthorLikes), (map.AuthorVideos, PostField.AuthorVideos), (map.Verified, PostField.Verified),
            (map.Bio, PostField.Bio),
        ];
        foreach (var (names, field) in fields)
        {
            foreach (var name in names)
            {
                roles.TryAdd(name.ToLowerInvariant(), field);
            }
        }
        return roles;
    }

    /// <summary>The role of <paramref name="column"/> (lower-cased): by the format's own roles when given, else by the names Graywatch's other readers know.</summary>
    /// <remarks>Apify's slash-flattened columns (<c>authormeta/name</c>) are the dotted keys; indexed ones (<c>hashtags/0/name</c>, <c>mentions/1</c>) are one list item.</remarks>
    public static ColumnRole RoleOf(string column, IReadOnlyDictionary<string, PostField>? roles)
    {
        if (roles is null)
        {
            return new(KnownField(column));
        }
        var dotted = column.Replace('/', '.');
        if (roles.TryGetValue(dotted, out var field))
        {
            return new(field);
        }
        var parts = dotted.Split('.');
        for (var i = parts.Length - 1; i > 0; i--)
        {
            if (int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && (i == parts.Length - 1 || (i == parts.Length - 2 && parts[^1] == "name"))
                && roles.TryGetValue(string.Join('.', parts[..i]), out var list))
            {
                return new(list, index);
            }
        }
        return new(KnownField(column));
    }

    /// <summary>The field under a column name of the scraper, QUT, CooRTweet or generic CSV.</summary>
    private static PostField KnownField(string column) => column switch
    {
        "vid_id" or "videoid" or "id" or "video_id" or "message_id" or "content_id" or "item_id" => PostField.Id,
        "user_name" or "authormeta.name" or "author.uniqueid" or "authoruniqueid" or "author_name" or "uniqueid" or "username"
            or "author" or "account_id" => PostField.Handle,
        "authorid" or "authormeta.id" or "author.id" or "user_id" => PostField.AuthorId,
        "vid_caption" or "desc" or "text" or "caption" or "message" => PostField.Text,
        "vid_posttime" or "createtimeiso" or "datetime" or "createtime" or "created_at" or "timestamp" or "timestamp_share" => PostField.Created,
        "vid_scrapetime" or "scrapetime" or "collectedat" or "observed_at" => PostField.Observed,
        "vid_duration" => PostField.DurationClock,
        "videometa.duration" or "duration" or "video_duration" => PostField.Duration,
        "vid_nview" or "playcount" or "views" or "stats.playcount" => PostField.Views,
        "vid_nlike" or "diggcount" or "likes" or "stats.diggcount" => PostField.Likes,
        "vid_ncomment" or "commentcount" or "comments" or "stats.commentcount" => PostField.Comments,
        "vid_nshare" or "sharecount" or "shares" or "stats.sharecount" => PostField.Shares,
        "vid_nsave" or "collectcount" or "saves" or "stats.collectcount" => PostField.Saves,
        "vid_hashtags" or "hashtagnames" or "hashtags" or "challenges" => PostField.Hashtags,
        "vid_url" or "webvideourl" or "url" => PostField.Url,
        "music_id" or "musicid" or "musicmeta.musicid" or "music.id" or "sound" or "object_id" => PostField.SoundId,
        "music_title" or "musictitle" or "musicmeta.musicname" or "music.title" => PostField.SoundTitle,
        "music_authorname" or "musicauthor" or "musicmeta.musicauthor" or "music.authorname" => PostField.SoundAuthor,
        "music_originality" or "musicmeta.musicoriginal" => PostField.SoundOriginal,
        "user_nfollower" or "authorfollowers" or "fans" or "authormeta.fans" or "authorstats.followercount" or "followers" => PostField.Followers,
        "authorfollowing" or "authormeta.following" => PostField.Following,
        "authormeta.heart" or "authorhearts" => PostField.AuthorLikes,
        "authormeta.video" or "authorvideos" => PostField.AuthorVideos,
        "authorverified" or "authormeta.verified" => PostField.Verified,
        "authormeta.nickname" or "authornickname" => PostField.DisplayName,
        "locationcreated" or "region" or "regioncode" => PostField.Region,
        "poi.name" or "locationname" or "place" => PostField.Place,
        "lat" => PostField.Latitude,
        "lon" => PostField.Longitude,
        "duetfromid" or "duetinfo.duetfromid" or "parent_id" => PostField.DuetFrom,
        "parent_kind" => PostField.ParentKind,
        "mentions" => PostField.Mentions,
        "stickerstext" or "stickertexts" => PostField.Stickers,
        "platform" => PostField.Platform,
        "language" => PostField.Language,
        _ => PostField.None,
    };

    /// <summary>The cell of column number <paramref name="c"/> of <paramref name="layout"/> for a post observed in round <paramref name="r"/>.</summary>
    public static string Cell(CsvLayout layout, int c, SimPost p, int r, long observedUnixMs)
    {
        var e = p.Engagement;
        var a = p.Author;
        var role = layout.Roles[c];
        var style = layout.Style(c);
        if (role.Index >= 0)
        {
            var items = Items(role.Field, p, style);
            return role.Index < items.Count ? items[role.Index] : "";
        }
        return role.Field switch
        {
            PostField.Id => ThreatPlanter.Id(p.Id),
            PostField.Handle => a.UniqueId,
            PostField.AuthorId => a.Id,
            PostField.DisplayName => a.Nickname,
            PostField.Text => p.Text,
            PostField.Created => Time(p.CreateTime * 1000, style.Time),
            PostField.Observed => Time(observedUnixMs, style.Time),
            PostField.DurationClock => $"{p.DurationSeconds / 60:00}:{p.DurationSeconds % 60:00}",
            PostField.Duration => Number(p.DurationSeconds),
            PostField.Views => Count(e.Views[r], layout),
            PostField.Likes => Count(e.Likes[r], layout),
            PostField.Comments => Count(e.Comments[r], layout),
            PostField.Shares => Count(e.Shares[r], layout),
            PostField.Saves => Count(e.Saves[r], layout),
            PostField.Hashtags => List(p.Hashtags, style.List, hashMarks: true),
            PostField.Mentions => List(Mentions(p, style), style.List, hashMarks: false),
            PostField.EffectIds => List(EffectIds(p), style.List, hashMarks: false),
            PostField.Url => Url(p),
            PostField.SoundId => ThreatPlanter.Id(p.Sound.Id),
            PostField.SoundTitle => p.Sound.Title,
            PostField.SoundAuthor => p.Sound.AuthorName,
            PostField.SoundOriginal => Boolean(p.Sound.Original, capital: true),
            PostField.Followers => Count(a.Followers, layout),
            PostField.Following => Number(a.Following),
            PostField.AuthorLikes => Number(a.Hearts),
            PostField.AuthorVideos => Number(a.Videos),
            PostField.Verified => Boolean(a.Verified, style.CapitalBooleans),
            PostField.Bio => a.Signature,
            PostField.Region => p.RegionCode ?? "",
            PostField.Place => p.Place?.Name ?? "",
            PostField.Latitude => p.Place is { ExposeCoordinates: true } lat ? Number(lat.Latitude) : "",
            PostField.Longitude => p.Place is { ExposeCoordinates: true } lon ? Number(lon.Longitude) : "",
            PostField.DuetFrom => p.DuetFromId == 0 ? "" : ThreatPlanter.Id(p.DuetFromId),
            PostField.ParentKind => p.DuetFromId == 0 ? "" : "duet",
            PostField.Stickers => p.StickerText ?? "",
            PostField.Transcript => p.VoiceToText ?? "",
            PostField.Platform => "tiktok",
            PostField.Language => LanguageCode(a.Language),
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

    /// <summary>The items of a list field (hashtags, mentions, effect ids) as a column of <paramref name="style"/> writes them one by one.</summary>
    public static IReadOnlyList<string> Items(PostField field, SimPost p, CellStyle style) => field switch
    {
        PostField.Hashtags => p.Hashtags,
        PostField.Mentions => Mentions(p, style),
        PostField.EffectIds => EffectIds(p),
        _ => [],
    };

    private static IReadOnlyList<string> Mentions(SimPost p, CellStyle style) => style.AtSigns ? [.. p.Mentions.Select(m => "@" + m)] : p.Mentions;

    private static string Boolean(bool value, bool capital) => (value, capital) switch
    {
        (true, true) => "True",
        (false, true) => "False",
        (true, false) => "true",
        _ => "false",
    };

    private static IReadOnlyList<string> EffectIds(SimPost p) => p.Effect >= 0 ? [Phrases.Effects[p.Effect].Id] : [];

    private static string List(IReadOnlyList<string> items, ListStyle style, bool hashMarks) => style switch
    {
        ListStyle.HashMarks => string.Join(' ', hashMarks ? items.Select(t => "#" + t) : items),
        ListStyle.Comma => string.Join(',', items),
        ListStyle.Semicolon => string.Join(';', items),
        ListStyle.Python => "[" + string.Join(", ", items.Select(t => "'" + t.Replace("'", "", StringComparison.Ordinal) + "'")) + "]",
        ListStyle.Json => "[" + string.Join(',', items.Select(t => "\"" + t.Replace("\"", "", StringComparison.Ordinal) + "\"")) + "]",
        _ => string.Join(", ", items),
    };

    private static string Time(long unixMs, TimeStyle style)
    {
        var t = DateTimeOffset.FromUnixTimeMilliseconds(unixMs);
        return style switch
        {
            TimeStyle.UnixSeconds => Number(unixMs / 1000),
            TimeStyle.UnixMilliseconds => Number(unixMs),
            TimeStyle.Space => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            TimeStyle.IsoMilliseconds => t.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            TimeStyle.IsoWithoutOffset => t.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            _ => t.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        };
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Number(double x) => x.ToString("0.######", CultureInfo.InvariantCulture);
}
