using System.Text.Json;
using Graywatch.Model;

namespace Graywatch.Readers.Parsing;

/// <summary>Maps one Douyin item (an <c>aweme</c> of Douyin's web API, or the camel-case object of a page) to a post, snapshot and account.</summary>
/// <remarks>
/// Douyin writes durations in milliseconds (turned into seconds here). The author id is the Douyin handle
/// (<c>unique_id</c>) when the user set one, else the numeric <c>uid</c>. Platform <c>douyin</c>.
/// </remarks>
internal static class DouyinItemMapper
{
    public const string Platform = "douyin";

    /// <summary>True when <paramref name="item"/> has the keys of a Douyin item.</summary>
    public static bool IsItem(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && (item.TryGetProperty("aweme_id", out _) || item.TryGetProperty("awemeId", out _))
        && !item.TryGetProperty("cid", out _);

    public static MappedRecord Map(JsonElement item, long index, string? raw, DateTimeOffset observedAt)
    {
        var id = JsonValues.Text(item, "aweme_id", "awemeId") ?? throw RecordException.Missing("aweme_id");
        var author = JsonValues.Get(item, "author") ?? JsonValues.Get(item, "authorInfo");
        string? handle = null, uid = null;
        if (author is { ValueKind: JsonValueKind.Object } a)
        {
            handle = JsonValues.Text(a, "unique_id", "uniqueId");
            uid = JsonValues.Text(a, "uid");
        }
        var authorId = handle ?? uid ?? JsonValues.Text(item, "author_user_id", "authorUserId");

        List<string>? hashtags = null;
        foreach (var extras in new[] { JsonValues.Get(item, "text_extra"), JsonValues.Get(item, "textExtra") })
        {
            if (extras is { ValueKind: JsonValueKind.Array } list)
            {
                foreach (var extra in list.EnumerateArray())
                {
                    Tags.Add(ref hashtags, JsonValues.Text(extra, "hashtag_name", "hashtagName"));
                }
            }
        }
        if (JsonValues.Get(item, "cha_list") is { ValueKind: JsonValueKind.Array } challenges)
        {
            foreach (var challenge in challenges.EnumerateArray())
            {
                Tags.Add(ref hashtags, JsonValues.Text(challenge, "cha_name"));
            }
        }
        var durationMs = JsonValues.Duration(item, "video.duration") ?? JsonValues.Duration(item, "duration");
        var post = new Post
        {
            Platform = Platform,
            Id = id,
            AuthorId = authorId,
            AuthorName = handle,
            CreatedAt = JsonValues.Time(item, "create_time", "createTime"),
            Text = JsonValues.Text(item, "desc"),
            Hashtags = Canonical.List(hashtags),
            SoundId = JsonValues.Text(item, "music.id_str", "music.id"),
            SoundTitle = JsonValues.Text(item, "music.title"),
            SoundAuthor = JsonValues.Text(item, "music.author"),
            DurationSeconds = durationMs / 1000,
            RegionCode = JsonValues.Text(item, "region"),
            PlaceName = JsonValues.Text(item, "poi_info.poi_name"),
        };
        var snapshot = Canonical.Snapshot(
            Platform,
            id,
            observedAt,
            JsonValues.Count(item, "statistics.play_count", "stats.playCount"),
            JsonValues.Count(item, "statistics.digg_count", "stats.diggCount"),
            JsonValues.Count(item, "statistics.comment_count", "stats.commentCount"),
            JsonValues.Count(item, "statistics.share_count", "stats.shareCount"),
            JsonValues.Count(item, "statistics.collect_count", "stats.collectCount"));
        Account? account = null;
        if (authorId is not null && author is { ValueKind: JsonValueKind.Object } authorObject)
        {
            account = new Account
            {
                Platform = Platform,
                Id = authorId,
                Name = handle,
                DisplayName = JsonValues.Text(authorObject, "nickname"),
                Bio = JsonValues.Text(authorObject, "signature"),
                Followers = JsonValues.Count(authorObject, "follower_count", "followerCount"),
                Following = JsonValues.Count(authorObject, "following_count", "followingCount"),
                Likes = JsonValues.Count(authorObject, "total_favorited", "totalFavorited"),
                Videos = JsonValues.Count(authorObject, "aweme_count", "awemeCount"),
                ObservedAt = observedAt,
            };
        }
        return new MappedRecord { Item = index, Raw = raw, Post = post, Snapshot = snapshot, Account = account };
    }
}
