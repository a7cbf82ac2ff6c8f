using Graywatch.Readers;
using Graywatch.Store;

namespace Graywatch.Ingest;

/// <summary>Appends one file's mapped records straight into the store's tables, inside the file's transaction.</summary>
/// <remarks>
/// Every row carries the file's new source id, so <see cref="StoreMerger"/> can afterwards remove what was
/// already known; a failure rolls the transaction back and leaves the store as it was. Uses
/// <see cref="NativeAppender"/> (DuckDB's C API) because value-by-value managed appending dominated ingest time.
/// </remarks>
internal sealed class StagingWriter : IDisposable
{
    private readonly int _sourceId;
    private readonly DateTimeOffset _now;
    private readonly NativeAppender _posts;
    private readonly NativeAppender _snapshots;
    private readonly NativeAppender _accounts;
    private readonly NativeAppender _comments;
    private readonly NativeAppender _raw;
    private readonly NativeAppender _quarantine;

    public StagingWriter(GraywatchStore store, int sourceId, DateTimeOffset now)
    {
        _sourceId = sourceId;
        _now = now;
        var c = store.Connection;
        _posts = new NativeAppender(c, null, "main", "posts");
        _snapshots = new NativeAppender(c, null, "main", "snapshots");
        _accounts = new NativeAppender(c, null, "main", "accounts");
        _comments = new NativeAppender(c, null, "main", "comments");
        _raw = new NativeAppender(c, null, "main", "raw_records");
        _quarantine = new NativeAppender(c, null, "main", "quarantine");
    }

    public long Records { get; private set; }
    public long Mapped { get; private set; }
    public Dictionary<string, long> QuarantinedByKind { get; } = new(StringComparer.Ordinal);

    /// <summary>Appends one mapped record (and its raw text).</summary>
    public void Add(MappedRecord r)
    {
        Records++;
        if (r.IsQuarantined)
        {
            var kind = r.QuarantineKind ?? QuarantineKinds.UnknownShape;
            QuarantinedByKind[kind] = QuarantinedByKind.GetValueOrDefault(kind) + 1;
            _quarantine.Int(_sourceId).Long(r.Item).Str(kind).Str(r.QuarantineReason).Str(r.Raw).Time(_now).EndRow();
            return;
        }
        Mapped++;
        _raw.Int(_sourceId).Long(r.Item).Str(r.Raw).EndRow();
        if (r.Post is { } p)
        {
            _posts.Str(p.Platform).Str(p.Id).Str(p.AuthorId).Str(p.AuthorName).Time(p.CreatedAt).Str(p.Text).Str(p.Language)
                .List(p.Hashtags).List(p.Mentions).Str(p.SoundId).Str(p.SoundTitle).Str(p.SoundAuthor).List(p.EffectIds)
                .Str(p.ParentId).Str(p.ParentKind).List(p.Urls).Double(p.DurationSeconds).Str(p.RegionCode).Str(p.PlaceName)
                .Double(p.Latitude).Double(p.Longitude).List(p.StickerTexts).Str(p.Transcript)
                .Int(_sourceId).Long(r.Item).EndRow();
        }
        if (r.Snapshot is { } s)
        {
            _snapshots.Str(s.Platform).Str(s.PostId).Time(s.ObservedAt)
                .Long(s.Views).Long(s.Likes).Long(s.Comments).Long(s.Shares).Long(s.Saves)
                .Int(_sourceId).Long(r.Item).EndRow();
        }
        if (r.Account is { } a)
        {
            _accounts.Str(a.Platform).Str(a.Id).Str(a.Name).Str(a.DisplayName)
                .Long(a.Followers).Long(a.Following).Long(a.Likes).Long(a.Videos).Bool(a.Verified).Str(a.Bio).Time(a.ObservedAt)
                .Int(_sourceId).Long(r.Item).EndRow();
        }
        if (r.Comment is { } c)
        {
            _comments.Str(c.Platform).Str(c.Id).Str(c.PostId).Str(c.ParentId).Str(c.AuthorId).Str(c.Text)
                .Time(c.CreatedAt).Long(c.Likes).Long(c.Replies)
                .Int(_sourceId).Long(r.Item).EndRow();
        }
    }

    /// <summary>Flushes every appender so the rows are visible to the rest of the transaction.</summary>
    public void Flush()
    {
        _posts.Flush();
        _snapshots.Flush();
        _accounts.Flush();
        _comments.Flush();
        _raw.Flush();
        _quarantine.Flush();
    }

    public void Dispose()
    {
        _posts.Dispose();
        _snapshots.Dispose();
        _accounts.Dispose();
        _comments.Dispose();
        _raw.Dispose();
        _quarantine.Dispose();
    }
}
