namespace Graywatch.Readers;

/// <summary>Every input format Graywatch reads, found by name or detected from a file's head.</summary>
/// <remarks>
/// Detection asks every reader to sniff the sample and takes the highest non-zero score; equal scores go to the reader
/// listed first in <see cref="All"/>. Readers judge by content; the extension only adds one point. Thread-safe.
/// </remarks>
public static class ReaderCatalog
{
    /// <summary>All readers, in tie-breaking order (most specific first).</summary>
    public static IReadOnlyList<IRecordReader> All { get; } =
    [
        new TikTokResearchReader(),
        new TikTokResearchCommentsReader(),
        new TikTokResearchUserReader(),
        new ZeeschuimerReader(),
        new TikTokWebReader(),
        ExportFormats.TikTokScraper,
        ExportFormats.ApifyTikTok,
        ExportFormats.ResearchCsv,
        ExportFormats.ZeeschuimerDecoderCsv,
        ExportFormats.FourCatTikTokCsv,
        ExportFormats.PyktokCsv,
        new CooRTweetReader(),
        new QutCoordinationReader(),
        new ScraperCsvReader(),
        new ScraperJsonReader(),
        new GenericReader(),
    ];

    /// <summary>The format names, comma-separated, for help text.</summary>
    public static string FormatNames { get; } = string.Join(", ", All.Select(r => r.Format));

    /// <summary>The reader whose <see cref="IRecordReader.Format"/> is <paramref name="format"/> (case-insensitive), or null.</summary>
    public static IRecordReader? ByName(string format)
    {
        foreach (var reader in All)
        {
            if (string.Equals(reader.Format, format.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return reader;
            }
        }
        return null;
    }

    /// <summary>The reader most confident it can read <paramref name="sample"/>, or null when none can.</summary>
    public static IRecordReader? Detect(FileSample sample)
    {
        IRecordReader? best = null;
        var bestScore = 0;
        foreach (var reader in All)
        {
            var score = reader.Sniff(sample);
            if (score > bestScore)
            {
                best = reader;
                bestScore = score;
            }
        }
        return best;
    }
}
