using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Graywatch.Readers.Parsing;

/// <summary>A unit of JSON input: one line of a JSON Lines file, or a whole multi-line document.</summary>
/// <param name="Line">The 1-based line the unit starts on.</param>
/// <param name="Bytes">The UTF-8 bytes, valid only until the enumeration moves on.</param>
/// <param name="IsDocument">True for a whole document: a problem in it is a file-level problem.</param>
/// <param name="Problem">A line that was quarantined before parsing (too long, not UTF-8).</param>
/// <param name="Offset">Where a line unit starts in the stream, in bytes; -1 for a document.</param>
internal readonly record struct JsonUnit(long Line, ReadOnlyMemory<byte> Bytes, bool IsDocument, MappedRecord? Problem, long Offset = -1)
{
    /// <summary>Attaches this line's place in the file to <paramref name="record"/>, and its text where it must be kept.</summary>
    public MappedRecord Locate(MappedRecord record, ReaderContext context)
    {
        if (!IsDocument && Offset >= 0)
        {
            record.RawOffset = Offset;
            record.RawLength = Bytes.Length;
        }
        if (record.Raw is null && (record.IsQuarantined || !context.RawByOffset || IsDocument))
        {
            record.Raw = JsonInput.Lossy(Bytes.Span);
        }
        return record;
    }
}

/// <summary>Splits JSON input into units, telling JSON Lines from one pretty-printed document by its first line.</summary>
/// <remarks>
/// When the first non-blank line is an incomplete JSON value (an opening <c>{</c> or <c>[</c> whose end is on a later
/// line), the whole file is one document. Otherwise every non-blank line is a unit. The reader option
/// <c>max-line-bytes</c> overrides <see cref="LineSource.MaxLineBytes"/>.
/// </remarks>
internal static class JsonInput
{
    public const string MaxLineBytesOption = "max-line-bytes";

    /// <summary>The largest multi-line JSON document read whole (256 MiB); larger ones should be JSON Lines.</summary>
    public const int MaxDocumentBytes = 256 * 1024 * 1024;

    public static IEnumerable<JsonUnit> Units(Stream stream, ReaderContext context, CancellationToken cancellationToken)
    {
        ArrayBufferWriter<byte>? document = null;
        long documentLine = 0;
        var decided = false;
        foreach (var line in LineSource.Lines(stream, MaxLineBytes(context), cancellationToken))
        {
            var bytes = line.Number == 1 ? WithoutBom(line.Bytes) : line.Bytes;
            var offset = line.Offset + (line.Bytes.Length - bytes.Length);
            if (document is not null)
            {
                if (line.TooLong)
                {
                    throw new InputException(context.SourcePath, line.Number, $"line of {line.Length} bytes inside a JSON document is too long");
                }
                if (document.WrittenCount + bytes.Length > MaxDocumentBytes)
                {
                    throw new InputException(context.SourcePath, documentLine,
                        $"a single JSON document over {MaxDocumentBytes / (1024 * 1024)} MiB; split it or export it as JSON Lines (one object per line)");
                }
                document.Write(bytes.Span);
                document.Write("\n"u8);
                continue;
            }
            if (line.TooLong)
            {
                yield return Problem(line.Number, QuarantineKinds.LineTooLong, $"line of {line.Length} bytes is longer than the limit", bytes);
                continue;
            }
            var span = bytes.Span;
            if (span.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }
            if (!Utf8.IsValid(span))
            {
                yield return Problem(line.Number, QuarantineKinds.InvalidEncoding, "not valid UTF-8", bytes);
                continue;
            }
            if (!decided)
            {
                decided = true;
                if (IsIncomplete(span))
                {
                    document = new ArrayBufferWriter<byte>(1 << 16);
                    documentLine = line.Number;
                    document.Write(span);
                    document.Write("\n"u8);
                    continue;
                }
            }
            yield return new JsonUnit(line.Number, bytes, IsDocument: false, Problem: null, offset);
        }
        if (document is not null)
        {
            yield return new JsonUnit(documentLine, document.WrittenMemory, IsDocument: true, Problem: null);
        }
    }

    /// <summary>The whole stream as one document, however its lines run (a one-line export can exceed the line limit).</summary>
    /// <exception cref="InputException">The document is larger than <see cref="MaxDocumentBytes"/>.</exception>
    public static JsonUnit WholeDocument(Stream stream, ReaderContext context)
    {
        var document = new ArrayBufferWriter<byte>(1 << 16);
        while (true)
        {
            var span = document.GetSpan(1 << 20);
            var n = stream.Read(span);
            if (n == 0)
            {
                break;
            }
            document.Advance(n);
            if (document.WrittenCount > MaxDocumentBytes)
            {
                throw new InputException(context.SourcePath, 1,
                    $"a single JSON document over {MaxDocumentBytes / (1024 * 1024)} MiB; split it or export it as JSON Lines (one object per line)");
            }
        }
        var bytes = WithoutBom(document.WrittenMemory);
        if (!Utf8.IsValid(bytes.Span))
        {
            throw new InputException(context.SourcePath, 1, "not valid UTF-8");
        }
        return new JsonUnit(1, bytes, IsDocument: true, Problem: null);
    }

    /// <summary>The line limit from the <c>max-line-bytes</c> option, or the default.</summary>
    public static int MaxLineBytes(ReaderContext context) =>
        int.TryParse(context.Option(MaxLineBytesOption), NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0
            ? max
            : LineSource.MaxLineBytes;

    /// <summary>Text for the quarantine's raw column, with invalid bytes replaced.</summary>
    public static string Lossy(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    private static JsonUnit Problem(long line, string kind, string reason, ReadOnlyMemory<byte> bytes) =>
        new(line, bytes, IsDocument: false, MappedRecord.Quarantine(line, kind, reason, Lossy(bytes.Span)));

    private static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> bytes) =>
        bytes.Span.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;

    /// <summary>True when the line starts a JSON value that it does not finish (but is not invalid so far).</summary>
    private static bool IsIncomplete(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                {
                    return false;
                }
            }
            return reader.BytesConsumed < line.Length || reader.CurrentDepth > 0 || reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.PropertyName or JsonTokenType.None;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
