using Graywatch.Model;
using Graywatch.Readers.Parsing;

namespace Graywatch.Readers;

/// <summary>Reads the CooRTweet input CSV (<c>object_id, account_id, content_id, timestamp_share</c>).</summary>
/// <remarks>
/// Each row is one share: a post <c>content_id</c> by <c>account_id</c> at <c>timestamp_share</c> (Unix seconds) that
/// shares <c>object_id</c>, kept as the parent with kind <c>shared-object</c>. The option <c>platform</c> sets the
/// platform (default <c>twitter</c>). Stateless and thread-safe.
/// </remarks>
public sealed class CooRTweetReader : IRecordReader
{
    private static readonly string[] s_required = ["object_id", "account_id", "content_id", "timestamp_share"];

    public string Format => "coortweet";

    public int MapperVersion => 1;

    public int Sniff(FileSample sample)
    {
        var header = sample.CsvHeader;
        var score = !Sniffing.LooksLikeJson(sample) && header.Contains("object_id") && header.Contains("account_id") && header.Contains("content_id") ? 95 : 0;
        return Sniffing.WithExtension(score, sample, ".csv");
    }

    public IEnumerable<MappedRecord> Read(Stream stream, ReaderContext context, CancellationToken cancellationToken) =>
        CsvRecords.Read(stream, context, s_required, Map, cancellationToken);

    private static MappedRecord Map(IFieldSource row, long item, string? raw, ReaderContext context)
    {
        var post = new Post
        {
            Platform = context.Option("platform") ?? Platforms.Twitter,
            Id = Fields.Required(row, "content_id"),
            AuthorId = Fields.Required(row, "account_id"),
            CreatedAt = Fields.Time(row, "timestamp_share") ?? throw RecordException.Missing("timestamp_share"),
            ParentId = Fields.Required(row, "object_id"),
            ParentKind = ParentKinds.SharedObject,
        };
        return new MappedRecord { Item = item, Raw = raw, Post = post };
    }
}
