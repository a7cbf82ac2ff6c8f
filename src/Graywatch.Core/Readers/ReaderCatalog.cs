namespace Graywatch.Readers;

/// <summary>Every known reader, found by name or by sniffing content.</summary>
public static class ReaderCatalog
{
    public static IReadOnlyList<IRecordReader> All { get; } = [];

    public static string FormatNames => string.Join(", ", All.Select(r => r.Format));

    public static IRecordReader? ByName(string format) => All.FirstOrDefault(r => r.Format.Equals(format, StringComparison.OrdinalIgnoreCase));

    public static IRecordReader? Detect(FileSample sample) =>
        All.Select((r, i) => (r, i, s: r.Sniff(sample))).Where(x => x.s > 0).OrderByDescending(x => x.s).ThenBy(x => x.i).Select(x => x.r).FirstOrDefault();
}
