using System.Text.Json;
using Graywatch.Model;
using Graywatch.Readers.Parsing;

namespace Graywatch.Readers;

/// <summary>Reads Graywatch's documented generic CSV or JSON Lines (see <c>docs/formats.md</c>): <c>id, author, created_at</c> and optional columns.</summary>
/// <remarks>
/// A record without a required field is quarantined as <c>missing-field</c>; a bad number, time or coordinate as
/// <c>invalid-value</c> naming the column. The platform comes from the <c>platform</c> column, else the
/// <c>platform</c> option, else <c>unknown</c>. Stateless and thread-safe.
/// </remarks>
public sealed class GenericReader : IRecordReader
{
    private static readonly string[] s_required = ["id", "author", "created_at"];
    private static readonly char[] s_urlSeparators = [' ', ',', '\t'];

    public string Format => "generic";

    public int MapperVersion => 1;

    public int Sniff(FileSample sample)
    {
        int score;
        if (Sniffing.LooksLikeJson(sample))
        {
            score = Sniffing.HasKey(sample, "id") && Sniffing.HasKey(sample, "author") && Sniffing.HasKey(sample, "created_at") ? 50 : 0;
            return Sniffing.WithExtension(score, sample, Sniffing.JsonExtensions);
        }
        var header = sample.CsvHeader;
        score = header.Contains("id") && header.Contains("author") && header.Contains("created_at") ? 60 : 0;
        return Sniffing.WithExtension(score, sample, ".csv");
    }

    public IEnumerable<MappedRecord> Read(Stream stream, ReaderContext context, CancellationToken cancellationToken)
    {
        var (peeked, head) = PrefixedStream.Peek(stream, 4096);
        return PrefixedStream.FirstSignificantByte(head.Span) switch
        {
            // An array is one document, however long its one line.
            '[' => JsonRecords.ReadDocument(peeked, context, JsonRecords.NotAResponse, MapJson),
            '{' => JsonRecords.Read(peeked, context, JsonRecords.NotAResponse, MapJson, cancellationToken),
            _ => CsvRecords.Read(peeked, context, s_required, Map, cancellationToken),
        };
    }

    private static MappedRecord MapJson(JsonElement item, long index, string? raw, ReaderContext context) =>
        Map(new JsonFields(item), index, raw, context);

    private static MappedRecord Map(IFieldSource row, long item, string? raw, ReaderContext context)
    {
        var id = Fields.Required(row, "id");
        var author = Fields.Required(row, "author");
        var created = Fields.Time(row, "created_at") ?? throw RecordException.Missing("created_at");
        var platform = Fields.Text(row, "platform")?.ToLowerInvariant() ?? context.Option("platform") ?? Platforms.Unknown;
        var observedAt = Fields.Time(row, "observed_at") ?? context.DefaultObservedAt;
        var latitude = Coordinate(row, "lat", 90);
        var longitude = Coordinate(row, "lon", 180);
        if (latitude is null != longitude is null)
        {
            throw new RecordException(QuarantineKinds.InvalidValue, latitude is null ? "invalid value in 'lat': missing while 'lon' is given" : "invalid value in 'lon': missing while 'lat' is given");
        }
        var parentId = Fields.Text(row, "parent_id");
        var post = new Post
        {
            Platform = platform,
            Id = id,
            AuthorId = author,
            AuthorName = author,
            CreatedAt = created,
            Text = Fields.Text(row, "text"),
            Language = Fields.Text(row, "language"),
            Hashtags = Fields.Hashtags(row, "hashtags"),
            SoundId = Fields.Text(row, "sound"),
            ParentId = parentId,
            ParentKind = parentId is null ? null : Fields.Text(row, "parent_kind")?.ToLowerInvariant(),
            Urls = Fields.Items(row, s_urlSeparators, "url"),
            PlaceName = Fields.Text(row, "place"),
            Latitude = latitude,
            Longitude = longitude,
        };
        var snapshot = Canonical.Snapshot(
            platform,
            id,
            observedAt,
            Fields.Count(row, "views"),
            Fields.Count(row, "likes"),
            Fields.Count(row, "comments"),
            Fields.Count(row, "shares"),
            Fields.Count(row, "saves"));
        var followers = Fields.Count(row, "followers");
        var account = followers is null ? null : new Account { Platform = platform, Id = author, Name = author, Followers = followers, ObservedAt = observedAt };
        return new MappedRecord { Item = item, Raw = raw, Post = post, Snapshot = snapshot, Account = account };
    }

    private static double? Coordinate(IFieldSource row, string column, double limit)
    {
        var value = Fields.Number(row, column);
        return value is null || Math.Abs(value.Value) <= limit
            ? value
            : throw RecordException.Invalid(column, row.Text(column), $"coordinate (must be within ±{limit})");
    }
}
