using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Graywatch.Readers.Parsing;

namespace Graywatch.Readers;

/// <summary>Reads TikTok Research API video query responses and JSON Lines of bare video objects.</summary>
/// <remarks>
/// Accepts a whole response document (<c>{"data":{"videos":[…]}}</c>, pretty-printed or not), several responses one
/// per line, or one video object per line. Videos carry no collection time, so snapshots take
/// <see cref="ReaderContext.DefaultObservedAt"/>. The author is the <c>username</c>. Stateless and thread-safe.
/// </remarks>
public sealed class TikTokResearchReader : IRecordReader
{
    public string Format => "tiktok-research";

    public int MapperVersion => 2;

    /// <summary>A Research API query returns every public video that matches it: a census of the query.</summary>
    public string? Sampling => "census";

    public int Sniff(FileSample sample)
    {
        if (!Sniffing.LooksLikeJson(sample))
        {
            return 0;
        }
        var score = Sniffing.HasKey(sample, "videos") && Sniffing.HasKey(sample, "data") ? 90
            : Sniffing.HasKey(sample, "video_description") || Sniffing.HasKey(sample, "hashtag_names")
              || (Sniffing.HasKey(sample, "view_count") && Sniffing.HasKey(sample, "create_time")) ? 80
            : 0;
        return Sniffing.WithExtension(score, sample, Sniffing.JsonExtensions);
    }

    public IEnumerable<MappedRecord> Read(Stream stream, ReaderContext context, CancellationToken cancellationToken)
    {
        var responses = new JsonRecords(context, VideosOf, MapItem);
        foreach (var unit in JsonInput.Units(stream, context, cancellationToken))
        {
            if (unit.Problem is null && !unit.IsDocument && TryMapLine(unit, context) is { } record)
            {
                yield return record;
                continue;
            }
            foreach (var mapped in responses.Map(unit))
            {
                yield return mapped;
            }
        }
    }

    /// <summary>Maps a line holding one bare video in a single pass; null when the line is a response (or an array).</summary>
    private static MappedRecord? TryMapLine(JsonUnit unit, ReaderContext context)
    {
        var span = unit.Bytes.Span;
        var raw = context.RawByOffset ? null : Encoding.UTF8.GetString(span);
        try
        {
            return TikTokVideoMapper.Map(span, unit.Line, raw, context, out var record) == TikTokVideoMapper.Outcome.Mapped ? unit.Locate(record!, context) : null;
        }
        catch (JsonException e)
        {
            return JsonRecords.InvalidJson(unit.Line, e, span);
        }
        catch (RecordException e)
        {
            return unit.Locate(MappedRecord.Quarantine(unit.Line, e.Kind, e.Message, raw), context);
        }
        catch (InvalidOperationException e)
        {
            // A string that is not valid text (a lone surrogate escape such as \ud83d, or invalid UTF-8).
            return unit.Locate(MappedRecord.Quarantine(unit.Line, QuarantineKinds.InvalidValue, $"unexpected value: {e.Message}", raw), context);
        }
    }

    private static JsonElement? VideosOf(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data))
        {
            return null;
        }
        return data.ValueKind == JsonValueKind.Object && data.TryGetProperty("videos", out var videos) ? videos : default(JsonElement);
    }

    private static MappedRecord MapItem(JsonElement item, long index, string? raw, ReaderContext context)
    {
        try
        {
            var outcome = TikTokVideoMapper.Map(JsonMarshal.GetRawUtf8Value(item), index, raw, context, out var record);
            return outcome == TikTokVideoMapper.Outcome.Mapped
                ? record!
                : MappedRecord.Quarantine(index, QuarantineKinds.UnknownShape, "a response nested inside a video", raw);
        }
        catch (JsonException e)
        {
            return MappedRecord.Quarantine(index, QuarantineKinds.InvalidJson, $"invalid JSON: {e.Message}", raw);
        }
    }
}
