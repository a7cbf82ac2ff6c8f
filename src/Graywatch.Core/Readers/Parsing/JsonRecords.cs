using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Graywatch.Readers.Parsing;

/// <summary>Turns JSON units into mapped records: bare objects, arrays of objects, and API responses that wrap items.</summary>
/// <remarks>
/// Items inside a document or a response are numbered 1, 2, … across the file; a bare object on its own line
/// takes the line number. One instance per enumeration (it holds the running item index).
/// </remarks>
internal sealed class JsonRecords(
    ReaderContext context,
    Func<JsonElement, JsonElement?> itemsOf,
    Func<JsonElement, long, string?, ReaderContext, MappedRecord> map)
{
    private long _index;

    /// <summary>Reads every record of a JSON or JSON Lines stream.</summary>
    public static IEnumerable<MappedRecord> Read(
        Stream stream,
        ReaderContext context,
        Func<JsonElement, JsonElement?> itemsOf,
        Func<JsonElement, long, string?, ReaderContext, MappedRecord> map,
        CancellationToken cancellationToken)
    {
        var records = new JsonRecords(context, itemsOf, map);
        foreach (var unit in JsonInput.Units(stream, context, cancellationToken))
        {
            foreach (var record in records.Map(unit))
            {
                yield return record;
            }
        }
    }

    /// <summary>Reads every record of a stream that is one JSON document, written on one line or many.</summary>
    public static IEnumerable<MappedRecord> ReadDocument(
        Stream stream,
        ReaderContext context,
        Func<JsonElement, JsonElement?> itemsOf,
        Func<JsonElement, long, string?, ReaderContext, MappedRecord> map) =>
        new JsonRecords(context, itemsOf, map).Map(JsonInput.WholeDocument(stream, context));

    /// <summary>
    /// Reads a JSON array as one document (tools such as <c>json.dump</c> write it on a single line, often longer than the
    /// line limit), and anything else as <see cref="Read"/> does.
    /// </summary>
    public static IEnumerable<MappedRecord> ReadArrayOrLines(
        Stream stream,
        ReaderContext context,
        Func<JsonElement, JsonElement?> itemsOf,
        Func<JsonElement, long, string?, ReaderContext, MappedRecord> map,
        CancellationToken cancellationToken)
    {
        var (peeked, head) = PrefixedStream.Peek(stream, 4096);
        return PrefixedStream.FirstSignificantByte(head.Span) == '['
            ? ReadDocument(peeked, context, itemsOf, map)
            : Read(peeked, context, itemsOf, map, cancellationToken);
    }

    /// <summary>No items: for responses that wrap nothing this reader maps.</summary>
    public static JsonElement? NotAResponse(JsonElement root) => null;

    /// <summary>The records of one unit.</summary>
    public IEnumerable<MappedRecord> Map(JsonUnit unit)
    {
        if (unit.Problem is { } problem)
        {
            yield return problem;
            yield break;
        }
        var document = TryParse(unit.Bytes, out var error);
        if (document is null)
        {
            if (unit.IsDocument)
            {
                throw new InputException(context.SourcePath, unit.Line + (error!.LineNumber ?? 0), $"invalid JSON document: {error.Message}");
            }
            yield return InvalidJson(unit.Line, error!, unit.Bytes.Span);
            yield break;
        }
        using (document)
        {
            var root = document.RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? root : itemsOf(root);
            if (items is null)
            {
                if (root.ValueKind != JsonValueKind.Object)
                {
                    if (unit.IsDocument)
                    {
                        throw new InputException(context.SourcePath, unit.Line, $"expected a JSON object or array, found {root.ValueKind}");
                    }
                    yield return MappedRecord.Quarantine(unit.Line, QuarantineKinds.UnknownShape, $"expected a JSON object, found {root.ValueKind}", Raw(unit.Bytes.Span));
                    yield break;
                }
                yield return unit.IsDocument
                    ? MapOne(root, ++_index, RawOf(root))
                    : unit.Locate(MapOne(root, unit.Line, context.RawByOffset ? null : Raw(unit.Bytes.Span)), context);
                yield break;
            }
            var list = items.Value;
            if (list.ValueKind == JsonValueKind.Object)
            {
                yield return MapOne(list, ++_index, RawOf(list));
            }
            else if (list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    yield return MapOne(item, ++_index, RawOf(item));
                }
            }
        }
    }

    /// <summary>A quarantined record for a line that is not JSON, with the parser's reason.</summary>
    public static MappedRecord InvalidJson(long line, JsonException error, ReadOnlySpan<byte> bytes) =>
        MappedRecord.Quarantine(line, QuarantineKinds.InvalidJson, $"invalid JSON: {error.Message}", Raw(bytes));

    /// <summary>Maps one item, turning a bad value, or a post without an author or a time, into a quarantined record.</summary>
    public static MappedRecord Guard(long item, string? raw, Func<MappedRecord> mapping)
    {
        try
        {
            return Canonical.Complete(mapping());
        }
        catch (RecordException e)
        {
            return MappedRecord.Quarantine(item, e.Kind, e.Message, raw);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException or OverflowException)
        {
            return MappedRecord.Quarantine(item, QuarantineKinds.InvalidValue, $"unexpected value: {e.Message}", raw);
        }
    }

    private static JsonDocument? TryParse(ReadOnlyMemory<byte> bytes, out JsonException? error)
    {
        try
        {
            error = null;
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            error = e;
            return null;
        }
    }

    private static string Raw(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    // The bytes as read, invalid UTF-8 replaced: GetRawText would throw for it, outside the record guard.
    private static string RawOf(JsonElement element) => Raw(JsonMarshal.GetRawUtf8Value(element));

    private MappedRecord MapOne(JsonElement item, long index, string? raw)
    {
        // An item of a document is held to the same limit as a line, so one giant item costs only itself.
        if (JsonMarshal.GetRawUtf8Value(item).Length is var bytes && bytes > JsonInput.MaxLineBytes(context))
        {
            var preview = JsonMarshal.GetRawUtf8Value(item)[..LineSource.TooLongPreviewBytes];
            return MappedRecord.Quarantine(index, QuarantineKinds.LineTooLong, $"record of {bytes} bytes is longer than the limit", Raw(preview));
        }
        if (item.ValueKind != JsonValueKind.Object)
        {
            return MappedRecord.Quarantine(index, QuarantineKinds.UnknownShape, $"expected a JSON object, found {item.ValueKind}", raw);
        }
        return Guard(index, raw, () => map(item, index, raw, context));
    }
}
