using System.Text.Json;
using Graywatch.Readers.Parsing;

namespace Graywatch.Readers;

/// <summary>Reads scraper JSON exports (TikAPI / Apify style): an array of objects, or one object per line.</summary>
/// <remarks>
/// Keys are those of <see cref="ScraperCsvReader"/>; a dotted column such as <c>authorMeta.name</c> is read from a
/// flat key of that name or from the nested object. Stateless and thread-safe.
/// </remarks>
public sealed class ScraperJsonReader : IRecordReader
{
    public string Format => "scraper-json";

    public int MapperVersion => 2;

    public int Sniff(FileSample sample)
    {
        if (!Sniffing.LooksLikeJson(sample))
        {
            return 0;
        }
        var score = Sniffing.HasKey(sample, "playCount") || Sniffing.HasKey(sample, "diggCount")
            || Sniffing.HasKey(sample, "authorMeta") || Sniffing.HasKey(sample, "authorMeta.name")
            || Sniffing.HasKey(sample, "vid_id") ? 70 : 0;
        return Sniffing.WithExtension(score, sample, Sniffing.JsonExtensions);
    }

    public IEnumerable<MappedRecord> Read(Stream stream, ReaderContext context, CancellationToken cancellationToken) =>
        JsonRecords.ReadArrayOrLines(stream, context, JsonRecords.NotAResponse, Map, cancellationToken);

    private static MappedRecord Map(JsonElement item, long index, string? raw, ReaderContext context) =>
        ScraperMapper.Map(new JsonFields(item), index, raw, context);
}
