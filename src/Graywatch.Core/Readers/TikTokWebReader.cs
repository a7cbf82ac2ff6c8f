using System.Text.Json;
using Graywatch.Model;
using Graywatch.Readers.Parsing;

namespace Graywatch.Readers;

/// <summary>Reads TikTok web items without Zeeschuimer's wrapper: TikTokApi dumps, <c>itemList</c> responses, a page's <c>itemStruct</c>.</summary>
/// <remarks>
/// The item is recognised by its own keys (<c>createTime</c>, <c>author.uniqueId</c>, <c>stats</c>/<c>statsV2</c>,
/// <c>challenges</c>), bare or wrapped, one per line or in an array: <c>{"itemList":[…]}</c> (<c>api/post/item_list</c>,
/// <c>api/recommend/item_list</c>), <c>{"item_list":[…]}</c> (search), <c>{"itemInfo":{"itemStruct":{…}}}</c>, the
/// rehydration JSON of a video page (<c>__DEFAULT_SCOPE__</c> → <c>webapp.video-detail</c>), or <c>{"comments":[…]}</c>
/// of the comment API. No collection time is in the data: snapshots take <see cref="ReaderContext.DefaultObservedAt"/>.
/// Stateless and thread-safe.
/// </remarks>
public sealed class TikTokWebReader : IRecordReader
{
    public string Format => "tiktok-web";

    public int MapperVersion => 1;

    public int Sniff(FileSample sample)
    {
        if (!Sniffing.LooksLikeJson(sample) || Sniffing.HasKey(sample, "timestamp_collected") || Sniffing.HasKey(sample, "authorMeta"))
        {
            return 0;
        }
        var item = Sniffing.HasKey(sample, "createTime")
            && (Sniffing.HasKey(sample, "uniqueId") || Sniffing.HasKey(sample, "statsV2") || Sniffing.HasKey(sample, "challenges"));
        var wrapped = Sniffing.HasKey(sample, "itemList") || Sniffing.HasKey(sample, "itemStruct");
        var comments = Sniffing.HasKey(sample, "cid") && Sniffing.HasKey(sample, "aweme_id");
        var score = item || wrapped || comments ? 85 : 0;
        return Sniffing.WithExtension(score, sample, Sniffing.JsonExtensions);
    }

    public IEnumerable<MappedRecord> Read(Stream stream, ReaderContext context, CancellationToken cancellationToken) =>
        JsonRecords.ReadArrayOrLines(stream, context, ItemsOf, Map, cancellationToken);

    private static JsonElement? ItemsOf(JsonElement root)
    {
        // The page's key holds a dot ("webapp.video-detail"), so it is looked up by hand rather than as a dotted path.
        if (JsonValues.Get(root, "__DEFAULT_SCOPE__") is { ValueKind: JsonValueKind.Object } scope
            && scope.TryGetProperty("webapp.video-detail", out var detail)
            && JsonValues.Get(detail, "itemInfo.itemStruct") is { ValueKind: JsonValueKind.Object } page)
        {
            return page;
        }
        foreach (var path in s_wrappers)
        {
            if (JsonValues.Get(root, path) is { ValueKind: JsonValueKind.Array or JsonValueKind.Object } items)
            {
                return items;
            }
        }
        return null;
    }

    private static readonly string[] s_wrappers =
        ["itemList", "item_list", "itemInfo.itemStruct", "comments"];

    private static MappedRecord Map(JsonElement item, long index, string? raw, ReaderContext context)
    {
        var platform = context.Option("platform") ?? Platforms.TikTok;
        if (TikTokCommentMapper.IsComment(item))
        {
            return TikTokCommentMapper.Map(item, index, raw, platform);
        }
        if (ItemsOf(item) is not null)
        {
            throw new RecordException(QuarantineKinds.UnknownShape, "a list of items nested inside an item");
        }
        return TikTokItemMapper.Map(item, index, raw, platform, context.DefaultObservedAt);
    }
}
