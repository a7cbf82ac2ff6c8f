using Graywatch.Model;
using Graywatch.Readers.Parsing;

namespace Graywatch.Readers;

/// <summary>Reads the CSV of the QUT coordination-network-toolkit (<c>message_id, user_id, username, repost_id, reply_id, message, timestamp, urls</c>).</summary>
/// <remarks>
/// <c>repost_id</c> becomes the parent with kind <c>repost</c>, else <c>reply_id</c> with kind <c>reply</c>; <c>urls</c>
/// are space-separated; hashtags are taken from the message text. The option <c>platform</c> sets the platform
/// (default <c>twitter</c>; <c>ingest --platform</c>). <c>timestamp</c> is Unix seconds, any number of them (relative times
/// such as <c>0, 59, 60</c> too); <c>urls</c> may be a Python list (<c>['http://a', 'http://b']</c>). Stateless and thread-safe.
/// </remarks>
public sealed class QutCoordinationReader : IRecordReader
{
    private static readonly string[] s_required = ["message_id", "user_id", "timestamp"];
    private static readonly char[] s_urlSeparators = [' ', '\t'];

    public string Format => "qut-coordination";

    public int MapperVersion => 2;

    public int Sniff(FileSample sample)
    {
        var header = sample.CsvHeader;
        var score = !Sniffing.LooksLikeJson(sample) && header.Contains("message_id") && header.Contains("user_id") && header.Contains("timestamp") ? 90 : 0;
        return Sniffing.WithExtension(score, sample, ".csv");
    }

    public IEnumerable<MappedRecord> Read(Stream stream, ReaderContext context, CancellationToken cancellationToken) =>
        CsvRecords.Read(stream, context, s_required, Map, cancellationToken);

    private static MappedRecord Map(IFieldSource row, long item, string? raw, ReaderContext context)
    {
        var id = Fields.Required(row, "message_id");
        var repost = Fields.Text(row, "repost_id");
        var reply = Fields.Text(row, "reply_id");
        var text = Fields.Text(row, "message");
        var post = new Post
        {
            Platform = context.Option("platform") ?? Platforms.Twitter,
            Id = id,
            AuthorId = Fields.Required(row, "user_id"),
            AuthorName = Fields.Text(row, "username"),
            CreatedAt = Timestamp(row),
            Text = text,
            Hashtags = TextTags.Hashtags(text),
            ParentId = repost ?? reply,
            ParentKind = repost is not null ? ParentKinds.Repost : reply is not null ? ParentKinds.Reply : null,
            Urls = Fields.Items(row, s_urlSeparators, "urls"),
        };
        return new MappedRecord { Item = item, Raw = raw, Post = post };
    }

    /// <summary>The toolkit's timestamp is any number of seconds (its own tests count from 0); other times are read as usual.</summary>
    private static DateTimeOffset Timestamp(IFieldSource row)
    {
        var text = Fields.Text(row, "timestamp") ?? throw RecordException.Missing("timestamp");
        return TimeParser.TryFromSeconds(text, out var time) ? time : Fields.Time(row, "timestamp")!.Value;
    }
}
