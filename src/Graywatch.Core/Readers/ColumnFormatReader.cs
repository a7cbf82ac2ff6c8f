using System.Text.Json;
using Graywatch.Readers.Parsing;

namespace Graywatch.Readers;

/// <summary>Reads one flat export format (CSV, or JSON whose items are flat or shallow objects) through its column map.</summary>
/// <remarks>
/// One instance per format in <see cref="ReaderCatalog"/>: the format's name, how it is recognised, which columns hold
/// which field, and the sampling its data imply. CSV or JSON is told from the first byte. Stateless and thread-safe.
/// </remarks>
public sealed class ColumnFormatReader : IRecordReader
{
    private readonly ColumnMap _map;
    private readonly Func<FileSample, int> _sniff;

    internal ColumnFormatReader(string format, int mapperVersion, ColumnMap map, Func<FileSample, int> sniff, string? sampling = null)
    {
        Format = format;
        MapperVersion = mapperVersion;
        Sampling = sampling;
        _map = map;
        _sniff = sniff;
    }

    public string Format { get; }

    public int MapperVersion { get; }

    public string? Sampling { get; }

    /// <summary>Which columns hold which field, for writers that write this format (planted posts).</summary>
    internal ColumnMap Map => _map;

    public int Sniff(FileSample sample) => _sniff(sample);

    public IEnumerable<MappedRecord> Read(Stream stream, ReaderContext context, CancellationToken cancellationToken)
    {
        var (peeked, head) = PrefixedStream.Peek(stream, 4096);
        var first = PrefixedStream.FirstSignificantByte(head.Span);
        if (first is not ((byte)'{' or (byte)'['))
        {
            return CsvRecords.Read(peeked, context, [], MapRow, cancellationToken);
        }
        // An array, or a format that wraps its items, is one document, often on a single line longer than any line limit.
        return _map.ItemsKey is null && first == '{'
            ? JsonRecords.Read(peeked, context, ItemsOf, MapJson, cancellationToken)
            : JsonRecords.ReadDocument(peeked, context, ItemsOf, MapJson);
    }

    private JsonElement? ItemsOf(JsonElement root) =>
        _map.ItemsKey is { } key && JsonValues.Get(root, key) is { ValueKind: JsonValueKind.Array } items ? items : null;

    private MappedRecord MapJson(JsonElement item, long index, string? raw, ReaderContext context) =>
        ColumnMapper.Map(_map, new JsonFields(item), index, raw, context);

    private MappedRecord MapRow(IFieldSource row, long index, string? raw, ReaderContext context) =>
        ColumnMapper.Map(_map, row, index, raw, context);
}
