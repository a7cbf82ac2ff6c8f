using Graywatch.Readers.Parsing;

namespace Graywatch.Readers;

/// <summary>Reads scraper CSV exports: feed scrapes (<c>user_name, vid_id, vid_nview…</c>) and TikAPI / Apify style columns.</summary>
/// <remarks>
/// Column order does not matter; counts such as <c>541.2K</c> are parsed; the collection time is <c>vid_scrapeTime</c>
/// when present. The option <c>platform</c> overrides the platform (default <c>tiktok</c>). Stateless and thread-safe.
/// </remarks>
public sealed class ScraperCsvReader : IRecordReader
{
    public string Format => "scraper-csv";

    public int MapperVersion => 2;

    public int Sniff(FileSample sample)
    {
        if (Sniffing.LooksLikeJson(sample))
        {
            return 0;
        }
        var header = sample.CsvHeader;
        var score = header.Contains("vid_id") && header.Contains("user_name") ? 90
            : (header.Contains("videoid") || header.Contains("id"))
              && (header.Contains("playcount") || header.Contains("diggcount") || header.Contains("authormeta.name") || header.Contains("hashtagnames")) ? 70
            : 0;
        return Sniffing.WithExtension(score, sample, ".csv");
    }

    public IEnumerable<MappedRecord> Read(Stream stream, ReaderContext context, CancellationToken cancellationToken) =>
        CsvRecords.Read(stream, context, [], ScraperMapper.Map, cancellationToken);
}
