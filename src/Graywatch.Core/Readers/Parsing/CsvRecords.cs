using System.Text;
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
    public static IEnumerable<MappedRecord> Read(
        Stream stream,
        ReaderContext context,
        IReadOnlyList<string> requiredColumns,
        Func<IFieldSource, long, string?, ReaderContext, MappedRecord> map,
        CancellationToken cancellationToken)
    {
        using var reader = Open(stream, context);
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
        var maxBytes = JsonInput.MaxLineBytes(context);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = Next(reader, context, lastLine);
            if (row is null)
            {
                yield break;
            }
            var (line, raw, cells) = row.Value;
            lastLine = line;
            if (raw.Length > maxBytes / 3 && Encoding.UTF8.GetByteCount(raw) is var bytes && bytes > maxBytes)
            {
                yield return MappedRecord.Quarantine(line, QuarantineKinds.LineTooLong, $"record of {bytes} bytes is longer than the limit",
                    raw[..Math.Min(raw.Length, LineSource.TooLongPreviewBytes)]);
                continue;
            }
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
