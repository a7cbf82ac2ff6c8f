using DuckDB.NET.Data;
using Graywatch.Model;
using Graywatch.Readers;
using Graywatch.Store;

namespace Graywatch.Ingest;

/// <summary>Bulk-loads one file's mapped records into temporary staging tables with DuckDB appenders.</summary>
/// <remarks>
/// Nothing reaches the store's tables here: <see cref="StoreMerger"/> moves staged rows inside the file's
/// transaction, so a file that fails half-way leaves the store as it was.
/// </remarks>
internal sealed class StagingWriter : IDisposable
{
    private static readonly string[] Tables = ["posts", "snapshots", "accounts", "comments", "raw_records", "quarantine"];

    private readonly GraywatchStore _store;
    private readonly DateTimeOffset _now;
    private readonly int _sourceId;
    private DuckDBAppender _posts = null!;
    private DuckDBAppender _snapshots = null!;
    private DuckDBAppender _accounts = null!;
    private DuckDBAppender _comments = null!;
    private DuckDBAppender _raw = null!;
    private DuckDBAppender _quarantine = null!;

    public StagingWriter(GraywatchStore store, int sourceId, DateTimeOffset now)
    {
        _store = store;
        _sourceId = sourceId;
        _now = now;
        foreach (var t in Tables)
        {
            store.Execute($"CREATE OR REPLACE TEMP TABLE stage_{t} AS SELECT * FROM {t} LIMIT 0");
        }
        OpenAppenders();
    }

    private void OpenAppenders()
    {
        var c = _store.Connection;
        _posts = c.CreateAppender("temp", "main", "stage_posts");
        _snapshots = c.CreateAppender("temp", "main", "stage_snapshots");
        _accounts = c.CreateAppender("temp", "main", "stage_accounts");
        _comments = c.CreateAppender("temp", "main", "stage_comments");
        _raw = c.CreateAppender("temp", "main", "stage_raw_records");
        _quarantine = c.CreateAppender("temp", "main", "stage_quarantine");
        Pending = 0;
    }

    /// <summary>Records staged since the last <see cref="Drain"/>.</summary>
    public long Pending { get; private set; }

    public long Records { get; private set; }
    public long Mapped { get; private set; }
    public Dictionary<string, long> QuarantinedByKind { get; } = new(StringComparer.Ordinal);

    /// <summary>Stages one mapped record (and its raw text).</summary>
    public void Add(MappedRecord r)
    {
        Records++;
        Pending++;
        if (r.IsQuarantined)
        {
            var kind = r.QuarantineKind ?? QuarantineKinds.UnknownShape;
            QuarantinedByKind[kind] = QuarantinedByKind.GetValueOrDefault(kind) + 1;
            _quarantine.CreateRow()
                .AppendValue(_sourceId).AppendValue(r.Item).AppendValue(kind).AppendValue(r.QuarantineReason)
                .AppendValue(r.Raw).AppendValue(_now).EndRow();
            return;
        }
        Mapped++;
        _raw.CreateRow().AppendValue(_sourceId).AppendValue(r.Item).AppendValue(r.Raw).EndRow();
        if (r.Post is { } p)
        {
            AddPost(p, r.Item);
        }
        if (r.Snapshot is { } s)
        {
            _snapshots.CreateRow()
                .AppendValue(s.Platform).AppendValue(s.PostId).AppendValue(s.ObservedAt)
                .AppendValue(s.Views).AppendValue(s.Likes).AppendValue(s.Comments).AppendValue(s.Shares).AppendValue(s.Saves)
                .AppendValue(_sourceId).AppendValue(r.Item).EndRow();
        }
        if (r.Account is { } a)
        {
            _accounts.CreateRow()
                .AppendValue(a.Platform).AppendValue(a.Id).AppendValue(a.Name).AppendValue(a.DisplayName)
                .AppendValue(a.Followers).AppendValue(a.Following).AppendValue(a.Likes).AppendValue(a.Videos)
                .AppendValue(a.Verified).AppendValue(a.Bio).AppendValue(a.ObservedAt)
                .AppendValue(_sourceId).AppendValue(r.Item).EndRow();
        }
        if (r.Comment is { } c)
        {
            _comments.CreateRow()
                .AppendValue(c.Platform).AppendValue(c.Id).AppendValue(c.PostId).AppendValue(c.ParentId)
                .AppendValue(c.AuthorId).AppendValue(c.Text).AppendValue(c.CreatedAt).AppendValue(c.Likes).AppendValue(c.Replies)
                .AppendValue(_sourceId).AppendValue(r.Item).EndRow();
        }
    }

    private void AddPost(Post p, long item)
    {
        _posts.CreateRow()
            .AppendValue(p.Platform).AppendValue(p.Id).AppendValue(p.AuthorId).AppendValue(p.AuthorName)
            .AppendValue(p.CreatedAt).AppendValue(p.Text).AppendValue(p.Language)
            .AppendValue(p.Hashtags).AppendValue(p.Mentions)
            .AppendValue(p.SoundId).AppendValue(p.SoundTitle).AppendValue(p.SoundAuthor)
            .AppendValue(p.EffectIds).AppendValue(p.ParentId).AppendValue(p.ParentKind).AppendValue(p.Urls)
            .AppendValue(p.DurationSeconds).AppendValue(p.RegionCode).AppendValue(p.PlaceName)
            .AppendValue(p.Latitude).AppendValue(p.Longitude).AppendValue(p.StickerTexts).AppendValue(p.Transcript)
            .AppendValue(_sourceId).AppendValue(item).EndRow();
    }

    /// <summary>Flushes the staged rows, hands them to <paramref name="merge"/>, then empties the stage for the next chunk.</summary>
    public void Drain(Action merge)
    {
        CloseAppenders();
        merge();
        foreach (var t in Tables)
        {
            _store.Execute($"DELETE FROM temp.stage_{t}");
        }
        OpenAppenders();
    }

    private void CloseAppenders()
    {
        _posts.Close();
        _snapshots.Close();
        _accounts.Close();
        _comments.Close();
        _raw.Close();
        _quarantine.Close();
    }

    /// <summary>Drops the staging tables.</summary>
    public static void Drop(GraywatchStore store)
    {
        foreach (var t in Tables)
        {
            store.Execute($"DROP TABLE IF EXISTS temp.stage_{t}");
        }
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
