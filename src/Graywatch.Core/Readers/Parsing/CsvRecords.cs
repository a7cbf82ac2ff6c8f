using nietras.SeparatedValues;

namespace Graywatch.Readers.Parsing;

/// <summary>Reads a comma-separated file with a header row and maps each row through a field source.</summary>
/// <remarks>
/// Quoted cells may hold commas and line breaks. A UTF-8 BOM is dropped. Items are the 1-based line number where the
/// row starts (the header is line 1). A row whose cell count differs from the header's is quarantined, and so is a row
/// longer than the line limit (16 MiB; reader option <c>max-line-bytes</c>), with its first 4 KiB.
/// </remarks>
internal static class CsvRecords
{
    // The CSV parser holds at most 16 MiB of text: a record must leave room for the parser's own look-ahead.
    private const int ParserCeilingBytes = (16 * 1024 * 1024) - (256 * 1024);

    public static IEnumerable<MappedRecord> Read(
        Stream stream,
        ReaderContext context,
        IReadOnlyList<string> requiredColumns,
        Func<IFieldSource, long, string?, ReaderContext, MappedRecord> map,
        CancellationToken cancellationToken)
    {
        // Records over the limit are held back before the parser sees them (it stops for good at one over 16 MiB).
        var limited = new CsvRecordLimitStream(stream, Math.Min(JsonInput.MaxLineBytes(context), ParserCeilingBytes));
        using var reader = Open(limited, context);
        var header = Header(reader);
        var columns = reader.Header.ColNames.Count;
        foreach (var column in requiredColumns)
        {
            if (!header.ContainsKey(column))
            {
                throw new InputException(context.SourcePath, 1, $"missing column '{column}' in the header");
            }
        }
        long lastLine = 1;
        var dropped = 0;
        long droppedLines = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = Next(reader, context, lastLine);
            // Held-back records that came before this row (or before the end) are quarantined in their place.
            for (; dropped < limited.Dropped.Count && (row is null || limited.Dropped[dropped].PassedLine <= row.Value.Line); dropped++)
            {
                var d = limited.Dropped[dropped];
                yield return MappedRecord.Quarantine(d.PassedLine + droppedLines, QuarantineKinds.LineTooLong,
                    $"record of {d.Bytes} bytes is longer than the limit", JsonInput.Lossy(d.Preview));
                droppedLines += d.Lines;
            }
            if (row is null)
            {
                yield break;
            }
            var (passedLine, raw, cells) = row.Value;
            var line = passedLine + droppedLines;
            lastLine = line;
            if (cells.Length != columns)
            {
                yield return MappedRecord.Quarantine(line, QuarantineKinds.InvalidCsv, $"row has {cells.Length} cells, the header has {columns}", raw);
                continue;
            }
            yield return JsonRecords.Guard(line, raw, () => map(new CsvFields(header, cells), line, raw, context));
        }
    }

    private static SepReader Open(Stream stream, ReaderContext context)
    {
        try
        {
            return Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(new Utf8CheckedStream(stream, context.SourcePath));
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException)
        {
            throw new InputException(context.SourcePath, 1, $"unreadable CSV header: {e.Message}");
        }
    }

    private static Dictionary<string, int> Header(SepReader reader)
    {
        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var names = reader.Header.ColNames;
        for (var i = 0; i < names.Count; i++)
        {
            header.TryAdd(names[i].Trim().Trim('\uFEFF').Trim(), i);
        }
        return header;
    }

    private static (long Line, string Raw, string[] Cells)? Next(SepReader reader, ReaderContext context, long lastLine)
    {
        try
        {
            if (!reader.MoveNext())
            {
                return null;
            }
            var row = reader.Current;
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }
            return (row.LineNumberFrom, row.Span.ToString(), cells);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException)
        {
            // Sep stops at a row longer than its limit (an unterminated quote, or a giant cell): name where it began.
            throw new InputException(context.SourcePath, lastLine,
                $"unreadable CSV after this line (a row over 16 MiB, or an unterminated quote): {e.Message}");
        }
    }
}
