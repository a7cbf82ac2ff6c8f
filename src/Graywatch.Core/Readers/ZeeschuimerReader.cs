using System.Text.Json;
using Graywatch.Model;
using Graywatch.Readers.Parsing;

namespace Graywatch.Readers;

/// <summary>Reads Zeeschuimer / 4CAT NDJSON captures of TikTok items, keeping what 4CAT's own mapping drops.</summary>
/// <remarks>
/// Each line wraps one item: <c>{"timestamp_collected": ms, "source_platform": "tiktok.com", "data": {item}}</c>.
/// Collection time is <c>timestamp_collected</c>. Beyond 4CAT's columns this keeps sticker texts, the place
/// (<c>poi.name</c>, with <c>poi.lat</c>/<c>poi.lng</c> when present), the region (<c>locationCreated</c>), the duet or
/// stitch parent, effect ids and the author's statistics. The author id is the handle (<c>uniqueId</c>), as in the other TikTok formats. Douyin items
/// (<c>source_platform</c> <c>douyin.com</c>, <c>aweme_id</c>) and TikTok comment captures (<c>cid</c>) are read too.
/// Stateless and thread-safe.
/// </remarks>
public sealed class ZeeschuimerReader : IRecordReader
{
    public string Format => "zeeschuimer";

    public int MapperVersion => 3;

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
        // A line of another shape (no item under "data", such as a Research API video) would map to a post with no
        // author, time or counts: it is not this format's record.
        var item = JsonValues.Get(line, "data") is { ValueKind: JsonValueKind.Object } data ? data
            : throw new RecordException(QuarantineKinds.UnknownShape, "not a Zeeschuimer capture line: no item object under 'data'");
        var observedAt = JsonValues.Time(line, "timestamp_collected") ?? context.DefaultObservedAt;
        var source = JsonValues.Text(line, "source_platform");
        var douyin = source?.Contains("douyin", StringComparison.OrdinalIgnoreCase) == true;
        if (TikTokCommentMapper.IsComment(item))
        {
            return TikTokCommentMapper.Map(item, index, raw, douyin ? DouyinItemMapper.Platform : Platforms.TikTok);
        }
        if (douyin || DouyinItemMapper.IsItem(item))
        {
            return DouyinItemMapper.Map(item, index, raw, observedAt);
        }
        return TikTokItemMapper.Map(item, index, raw, Platform(source), observedAt, JsonValues.Text(line, "id"));
    }

    private static string Platform(string? sourcePlatform) =>
        sourcePlatform is null || sourcePlatform.Contains("tiktok", StringComparison.OrdinalIgnoreCase)
            ? Platforms.TikTok
            : sourcePlatform.Replace(".com", "", StringComparison.OrdinalIgnoreCase).ToLowerInvariant();
}
