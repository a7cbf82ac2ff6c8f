using System.Text.Json;
using Graywatch.Model;

namespace Graywatch.Readers.Parsing;

/// <summary>Maps one TikTok web item (the object TikTok's own site and app API return) to a post, snapshot and account.</summary>
/// <remarks>
/// The same item arrives wrapped by Zeeschuimer, bare from TikTokApi (<c>video.as_dict</c>), in an <c>itemList</c> of
/// <c>api/post/item_list</c> or <c>api/recommend/item_list</c>, or as the <c>itemStruct</c> of a video page. Counts are
/// read from <c>stats</c> (numbers) and, where absent, <c>statsV2</c> (strings). The author id is the handle
/// (<c>uniqueId</c>), as in the other TikTok formats.
/// </remarks>
internal static class TikTokItemMapper
{
    /// <summary>True when <paramref name="item"/> has the keys of a TikTok web video item.</summary>
    public static bool IsItem(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("createTime", out _)
        && (item.TryGetProperty("author", out _) || item.TryGetProperty("stats", out _) || item.TryGetProperty("statsV2", out _));

    public static MappedRecord Map(JsonElement item, long index, string? raw, string platform, DateTimeOffset observedAt, string? fallbackId = null)
    {
        var id = JsonValues.Text(item, "id") ?? fallbackId ?? throw RecordException.Missing("id");
        var author = JsonValues.Get(item, "author");
        string? handle, authorNumericId = null;
        if (author is { ValueKind: JsonValueKind.Object } a)
        {
            handle = JsonValues.Text(a, "uniqueId");
            authorNumericId = JsonValues.Text(a, "id");
        }
        else
        {
            handle = JsonValues.Scalar(author);
        }
        var authorId = handle ?? authorNumericId;

        List<string>? hashtags = null, mentions = null, stickers = null, effects = null;
        if (JsonValues.Get(item, "challenges") is { ValueKind: JsonValueKind.Array } challenges)
        {
            foreach (var challenge in challenges.EnumerateArray())
            {
                Tags.Add(ref hashtags, JsonValues.Text(challenge, "title"));
            }
        }
        AddTextExtra(JsonValues.Get(item, "textExtra"), ref hashtags, ref mentions);
        // Newer items (photo posts, long captions) split the caption into contents[], each with its own textExtra.
        string? contentsText = null;
        if (JsonValues.Get(item, "contents") is { ValueKind: JsonValueKind.Array } contents)
        {
            var parts = new List<string>();
            foreach (var content in contents.EnumerateArray())
            {
                if (JsonValues.Text(content, "desc") is { } part)
                {
                    parts.Add(part);
                }
                AddTextExtra(JsonValues.Get(content, "textExtra"), ref hashtags, ref mentions);
            }
            contentsText = parts.Count > 0 ? string.Join('\n', parts) : null;
        }
        JsonValues.CollectStrings(JsonValues.Get(item, "stickersOnItem"), ref stickers, "stickerText");
        if (JsonValues.Get(item, "effectStickers") is { ValueKind: JsonValueKind.Array } effectStickers)
        {
            foreach (var effect in effectStickers.EnumerateArray())
            {
                if (JsonValues.Text(effect, "ID", "id") is { } effectId)
                {
                    (effects ??= []).Add(effectId);
                }
            }
        }

        var (parentId, parentKind) = Parent(item);
        var post = new Post
        {
            Platform = platform,
            Id = id,
            AuthorId = authorId,
            AuthorName = handle,
            CreatedAt = JsonValues.Time(item, "createTime"),
            Text = JsonValues.Text(item, "desc") ?? contentsText,
            Language = JsonValues.Text(item, "textLanguage"),
            Hashtags = Canonical.List(hashtags),
            Mentions = Canonical.List(mentions),
            SoundId = JsonValues.Text(item, "music.id"),
            SoundTitle = JsonValues.Text(item, "music.title"),
            SoundAuthor = JsonValues.Text(item, "music.authorName"),
            EffectIds = Canonical.List(effects),
            ParentId = parentId,
            ParentKind = parentKind,
            DurationSeconds = JsonValues.Duration(item, "video.duration"),
            RegionCode = JsonValues.Text(item, "locationCreated"),
            PlaceName = JsonValues.Text(item, "poi.name"),
            Latitude = JsonValues.Number(item, "poi.lat"),
            Longitude = JsonValues.Number(item, "poi.lng"),
            StickerTexts = Canonical.List(stickers),
        };

        var snapshot = Canonical.Snapshot(
            platform,
            id,
            observedAt,
            JsonValues.Count(item, "stats.playCount", "statsV2.playCount"),
            JsonValues.Count(item, "stats.diggCount", "statsV2.diggCount"),
            JsonValues.Count(item, "stats.commentCount", "statsV2.commentCount"),
            JsonValues.Count(item, "stats.shareCount", "statsV2.shareCount"),
            JsonValues.Count(item, "stats.collectCount", "statsV2.collectCount"));

        Account? account = null;
        if (authorId is not null && author is { ValueKind: JsonValueKind.Object } authorObject)
        {
            account = new Account
            {
                Platform = platform,
                Id = authorId,
                Name = handle,
                DisplayName = JsonValues.Text(authorObject, "nickname"),
                Bio = JsonValues.Text(authorObject, "signature"),
                Verified = JsonValues.Bool(authorObject, "verified"),
                Followers = JsonValues.Count(item, "authorStats.followerCount", "authorStatsV2.followerCount"),
                Following = JsonValues.Count(item, "authorStats.followingCount", "authorStatsV2.followingCount"),
                Likes = JsonValues.Count(item, "authorStats.heartCount", "authorStats.heart", "authorStatsV2.heartCount"),
                Videos = JsonValues.Count(item, "authorStats.videoCount", "authorStatsV2.videoCount"),
                ObservedAt = observedAt,
            };
        }
        return new MappedRecord { Item = index, Raw = raw, Post = post, Snapshot = snapshot, Account = account };
    }

    private static void AddTextExtra(JsonElement? extras, ref List<string>? hashtags, ref List<string>? mentions)
    {
        if (extras is not { ValueKind: JsonValueKind.Array } list)
        {
            return;
        }
        foreach (var extra in list.EnumerateArray())
        {
            Tags.Add(ref hashtags, JsonValues.Text(extra, "hashtagName"));
            if (Tags.Mention(JsonValues.Text(extra, "userUniqueId")) is { } mention && !(mentions?.Contains(mention) ?? false))
            {
                (mentions ??= []).Add(mention);
            }
        }
    }

    /// <summary>The duet or stitch this item answers; TikTok writes "0" or "" when there is none.</summary>
    private static (string? Id, string? Kind) Parent(JsonElement item)
    {
        if (Real(JsonValues.Text(item, "duetInfo.duetFromId")) is { } duet)
        {
            return (duet, ParentKinds.Duet);
        }
        if (Real(JsonValues.Text(item, "stitchInfo.stitchFromId", "stitchInfo.originalItemId", "stitchInfo.itemId")) is { } stitch)
        {
            return (stitch, ParentKinds.Stitch);
        }
        return (null, null);
    }

    private static string? Real(string? id) => id is null or "0" ? null : id;
}
