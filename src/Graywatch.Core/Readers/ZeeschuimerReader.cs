using System.Text.Json;
using Graywatch.Model;
using Graywatch.Readers.Parsing;

namespace Graywatch.Readers;

/// <summary>Reads Zeeschuimer / 4CAT NDJSON captures of TikTok items, keeping what 4CAT's own mapping drops.</summary>
/// <remarks>
/// Each line wraps one item: <c>{"timestamp_collected": ms, "source_platform": "tiktok.com", "data": {item}}</c>.
/// Collection time is <c>timestamp_collected</c>. Beyond 4CAT's columns this keeps sticker texts, the place
/// (<c>poi.name</c>, with <c>poi.lat</c>/<c>poi.lng</c> when present), the region (<c>locationCreated</c>), the duet or stitch parent, effect ids and the author's
/// statistics. The author id is the handle (<c>uniqueId</c>), as in the other TikTok formats. Stateless and thread-safe.
/// </remarks>
public sealed class ZeeschuimerReader : IRecordReader
{
    public string Format => "zeeschuimer";

    public int MapperVersion => 2;

    public int Sniff(FileSample sample)
    {
        if (!Sniffing.LooksLikeJson(sample))
        {
            return 0;
        }
        var score = Sniffing.HasKey(sample, "timestamp_collected") && Sniffing.HasKey(sample, "source_platform") ? 95
            : Sniffing.HasKey(sample, "timestamp_collected") && Sniffing.HasKey(sample, "data") ? 80
            : 0;
        return Sniffing.WithExtension(score, sample, Sniffing.JsonExtensions);
    }

    public IEnumerable<MappedRecord> Read(Stream stream, ReaderContext context, CancellationToken cancellationToken) =>
        JsonRecords.Read(stream, context, JsonRecords.NotAResponse, Map, cancellationToken);

    private static MappedRecord Map(JsonElement line, long index, string? raw, ReaderContext context)
    {
        var item = JsonValues.Get(line, "data") is { ValueKind: JsonValueKind.Object } data ? data : line;
        var id = JsonValues.Text(item, "id") ?? JsonValues.Text(line, "id") ?? throw RecordException.Missing("data.id");
        var observedAt = JsonValues.Time(line, "timestamp_collected") ?? context.DefaultObservedAt;
        var platform = Platform(JsonValues.Text(line, "source_platform"));

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
        if (JsonValues.Get(item, "textExtra") is { ValueKind: JsonValueKind.Array } extras)
        {
            foreach (var extra in extras.EnumerateArray())
            {
                Tags.Add(ref hashtags, JsonValues.Text(extra, "hashtagName"));
                if (Tags.Mention(JsonValues.Text(extra, "userUniqueId")) is { } mention)
                {
                    (mentions ??= []).Add(mention);
                }
            }
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
            Text = JsonValues.Text(item, "desc"),
            Language = JsonValues.Text(item, "textLanguage"),
            Hashtags = Canonical.List(hashtags),
            Mentions = Canonical.List(mentions),
            SoundId = JsonValues.Text(item, "music.id"),
            SoundTitle = JsonValues.Text(item, "music.title"),
            SoundAuthor = JsonValues.Text(item, "music.authorName"),
            EffectIds = Canonical.List(effects),
            ParentId = parentId,
            ParentKind = parentKind,
            DurationSeconds = JsonValues.Number(item, "video.duration"),
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

    private static string Platform(string? sourcePlatform) =>
        sourcePlatform is null || sourcePlatform.Contains("tiktok", StringComparison.OrdinalIgnoreCase)
            ? Platforms.TikTok
            : sourcePlatform.Replace(".com", "", StringComparison.OrdinalIgnoreCase).ToLowerInvariant();

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
