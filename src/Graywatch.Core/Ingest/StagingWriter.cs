using System.Globalization;
using Graywatch.Readers;
using Graywatch.Store;

namespace Graywatch.Ingest;

/// <summary>Stages one file's mapped records as temporary CSV files, then loads them into the store in bulk.</summary>
/// <remarks>
/// DuckDB's appender costs hundreds of nanoseconds per value on one thread; its CSV reader loads the same rows
/// in parallel several times faster, like COPY in other databases. The load runs inside the file's transaction,
/// and every row carries the file's new source id, so <see cref="StoreMerger"/> can then remove what was
/// already known; a failure rolls everything back. The staging folder sits beside the store and is deleted
/// on dispose.
/// </remarks>
internal sealed class StagingWriter : IDisposable
{
    private static readonly (string Table, string Columns, string Select)[] Layouts =
    [
        ("posts",
         "platform VARCHAR, id VARCHAR, author_id VARCHAR, author_name VARCHAR, created_at BIGINT, text VARCHAR, language VARCHAR, " +
         "hashtags VARCHAR, mentions VARCHAR, sound_id VARCHAR, sound_title VARCHAR, sound_author VARCHAR, effect_ids VARCHAR, " +
         "parent_id VARCHAR, parent_kind VARCHAR, urls VARCHAR, duration_s DOUBLE, region_code VARCHAR, place_name VARCHAR, " +
         "lat DOUBLE, lon DOUBLE, sticker_texts VARCHAR, transcript VARCHAR, source_id INTEGER, source_item BIGINT",
         "platform, id, author_id, author_name, {created_at}, text, language, {hashtags}, {mentions}, sound_id, sound_title, " +
         "sound_author, {effect_ids}, parent_id, parent_kind, {urls}, duration_s, region_code, place_name, lat, lon, " +
         "{sticker_texts}, transcript, source_id, source_item"),
        ("snapshots",
         "platform VARCHAR, post_id VARCHAR, observed_at BIGINT, views BIGINT, likes BIGINT, comments BIGINT, shares BIGINT, " +
         "saves BIGINT, source_id INTEGER, source_item BIGINT",
         "platform, post_id, {observed_at}, views, likes, comments, shares, saves, source_id, source_item"),
        ("accounts",
         "platform VARCHAR, id VARCHAR, name VARCHAR, display_name VARCHAR, followers BIGINT, following BIGINT, likes BIGINT, " +
         "videos BIGINT, verified BOOLEAN, bio VARCHAR, observed_at BIGINT, source_id INTEGER, source_item BIGINT",
         "platform, id, name, display_name, followers, following, likes, videos, verified, bio, {observed_at}, source_id, source_item"),
        ("comments",
         "platform VARCHAR, id VARCHAR, post_id VARCHAR, parent_id VARCHAR, author_id VARCHAR, text VARCHAR, created_at BIGINT, " +
         "likes BIGINT, replies BIGINT, source_id INTEGER, source_item BIGINT",
         "platform, id, post_id, parent_id, author_id, text, {created_at}, likes, replies, source_id, source_item"),
        ("raw_records", "source_id INTEGER, item BIGINT, raw VARCHAR, byte_offset BIGINT, byte_length INTEGER", "source_id, item, raw, byte_offset, byte_length"),
        ("quarantine",
         "source_id INTEGER, item BIGINT, kind VARCHAR, reason VARCHAR, raw VARCHAR, quarantined_at BIGINT",
         "source_id, item, kind, reason, raw, {quarantined_at}"),
    ];

    private static readonly string[] TimeColumns = ["created_at", "observed_at", "quarantined_at"];
    private static readonly string[] ListColumns = ["hashtags", "mentions", "effect_ids", "urls", "sticker_texts"];

    private readonly string _folder;
    private readonly int _sourceId;
    private readonly bool _rawByOffset;
    private readonly int _offsetBase;
    private readonly DateTimeOffset _now;
    private CsvStageFile[] _files;
    private int _chunk;

    /// <param name="offsetBase">Bytes before the stream the readers saw (a byte order mark), added to raw offsets.</param>
    public StagingWriter(GraywatchStore store, int sourceId, DateTimeOffset now, bool rawByOffset, int offsetBase)
    {
        _rawByOffset = rawByOffset;
        _offsetBase = offsetBase;
        _sourceId = sourceId;
        _now = now;
        var near = store.Path == ":memory:" ? System.IO.Path.GetTempPath() : System.IO.Path.GetDirectoryName(store.Path)!;
        _folder = System.IO.Path.Combine(near, $".graywatch-staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        _files = NewChunk();
    }

    private readonly long[] _staged = new long[Layouts.Length];

    /// <summary>Rows staged so far per canonical table (posts, snapshots, accounts, comments), over every rotated chunk.</summary>
    public IReadOnlyList<long> StagedRows => _staged[..4];

    /// <summary>Records staged since the chunk began.</summary>
    public long Pending { get; private set; }

    private CsvStageFile[] NewChunk()
    {
        _chunk++;
        Pending = 0;
        return [.. Layouts.Select(l => new CsvStageFile(System.IO.Path.Combine(_folder, string.Create(CultureInfo.InvariantCulture, $"{l.Table}-{_chunk}.csv"))))];
    }

    /// <summary>Closes the current chunk's files and starts a new chunk; load the returned chunk with <see cref="Load"/>.</summary>
    public IReadOnlyList<CsvStageFile> Rotate()
    {
        var done = _files;
        for (var i = 0; i < done.Length; i++)
        {
            done[i].Complete();
            _staged[i] += done[i].Rows;
        }
        _files = NewChunk();
        return done;
    }

    private CsvStageFile Posts => _files[0];
    private CsvStageFile Snapshots => _files[1];
    private CsvStageFile Accounts => _files[2];
    private CsvStageFile Comments => _files[3];
    private CsvStageFile Raw => _files[4];
    private CsvStageFile Quarantine => _files[5];

    public long Records { get; private set; }
    public long Mapped { get; private set; }
    public Dictionary<string, long> QuarantinedByKind { get; } = new(StringComparer.Ordinal);

    /// <summary>The first quarantined record's item and reason, for a message when nothing of a file could be read.</summary>
    public (long Item, string Reason)? FirstQuarantine { get; private set; }

    /// <summary>Stages one mapped record (and its raw text).</summary>
    public void Add(MappedRecord r)
    {
        Records++;
        Pending++;
        if (r.IsQuarantined)
        {
            var kind = r.QuarantineKind ?? QuarantineKinds.UnknownShape;
            QuarantinedByKind[kind] = QuarantinedByKind.GetValueOrDefault(kind) + 1;
            FirstQuarantine ??= (r.Item, r.QuarantineReason ?? kind);
            Quarantine.Long(_sourceId).Long(r.Item).Str(kind).Str(r.QuarantineReason).Str(r.Raw).Time(_now).EndRow();
            return;
        }
        Mapped++;
        if (_rawByOffset && r.RawOffset is { } offset)
        {
            Raw.Long(_sourceId).Long(r.Item).Str(null).Long(offset + _offsetBase).Long(r.RawLength).EndRow();
        }
        else
        {
            Raw.Long(_sourceId).Long(r.Item).Str(r.Raw).Long(null).Long(null).EndRow();
        }
        if (r.Post is { } p)
        {
            Posts.Str(p.Platform).Str(p.Id).Str(p.AuthorId).Str(p.AuthorName).Time(p.CreatedAt).Str(p.Text).Str(p.Language)
                .List(p.Hashtags).List(p.Mentions).Str(p.SoundId).Str(p.SoundTitle).Str(p.SoundAuthor).List(p.EffectIds)
                .Str(p.ParentId).Str(p.ParentKind).List(p.Urls).Double(p.DurationSeconds).Str(p.RegionCode).Str(p.PlaceName)
                .Double(p.Latitude).Double(p.Longitude).List(p.StickerTexts).Str(p.Transcript)
                .Long(_sourceId).Long(r.Item).EndRow();
        }
        if (r.Snapshot is { } s)
        {
            Snapshots.Str(s.Platform).Str(s.PostId).Time(s.ObservedAt)
                .Long(s.Views).Long(s.Likes).Long(s.Comments).Long(s.Shares).Long(s.Saves)
                .Long(_sourceId).Long(r.Item).EndRow();
        }
        if (r.Account is { } a)
        {
            Accounts.Str(a.Platform).Str(a.Id).Str(a.Name).Str(a.DisplayName)
                .Long(a.Followers).Long(a.Following).Long(a.Likes).Long(a.Videos).Bool(a.Verified).Str(a.Bio).Time(a.ObservedAt)
                .Long(_sourceId).Long(r.Item).EndRow();
        }
        if (r.Comment is { } c)
        {
            Comments.Str(c.Platform).Str(c.Id).Str(c.PostId).Str(c.ParentId).Str(c.AuthorId).Str(c.Text)
                .Time(c.CreatedAt).Long(c.Likes).Long(c.Replies)
                .Long(_sourceId).Long(r.Item).EndRow();
        }
    }

    /// <summary>Loads a closed chunk into the store's tables (inside the caller's transaction), then deletes its files.</summary>
    /// <remarks>Touches the connection only: it may run on another thread while the next chunk is staged.</remarks>
    public static void Load(GraywatchStore store, IReadOnlyList<CsvStageFile> chunk)
    {
        for (var i = 0; i < Layouts.Length; i++)
        {
            var file = chunk[i];
            if (file.Rows == 0)
            {
                continue;
            }
            var (table, columns, select) = Layouts[i];
            store.Execute($"""
                INSERT INTO main.{table}
                SELECT {Expand(select)}
                FROM read_csv('{file.Path.Replace("'", "''", StringComparison.Ordinal)}',
                    columns = {ColumnStruct(columns)}, header = false, auto_detect = false, delim = ',', quote = '"',
                    escape = '"', new_line = '\n', allow_quoted_nulls = false{LineLimit(file.LongestRow)})
                """);
        }
        foreach (var file in chunk)
        {
            File.Delete(file.Path);
        }
    }

    /// <summary>
    /// DuckDB's CSV reader refuses lines over 2 MB unless told otherwise; one staged row holds a whole record (its raw
    /// text, quotes doubled, beside its mapped fields), so a chunk with a long row raises the limit to fit it.
    /// </summary>
    private static string LineLimit(long longestRow)
    {
        if (longestRow < DuckDbDefaultMaxLineSize)
        {
            return "";
        }
        var limit = longestRow + 1024;
        // The reader's buffer must hold at least one whole line.
        return string.Create(CultureInfo.InvariantCulture, $", max_line_size = {limit}, buffer_size = {Math.Max(limit * 2, 32L << 20)}");
    }

    private const long DuckDbDefaultMaxLineSize = 2_000_000;

    private static string Expand(string select)
    {
        foreach (var t in TimeColumns)
        {
            select = select.Replace($"{{{t}}}", $"make_timestamp({t})::TIMESTAMPTZ", StringComparison.Ordinal);
        }
        foreach (var l in ListColumns)
        {
            select = select.Replace($"{{{l}}}", $"CASE WHEN {l} = '' THEN []::VARCHAR[] ELSE string_split({l}, chr(31)) END", StringComparison.Ordinal);
        }
        return select;
    }

    private static string ColumnStruct(string columns) =>
        "{" + string.Join(", ", columns.Split(", ").Select(c =>
        {
            var space = c.IndexOf(' ', StringComparison.Ordinal);
            return string.Create(CultureInfo.InvariantCulture, $"'{c[..space]}': '{c[(space + 1)..]}'");
        })) + "}";

    public void Dispose()
    {
        foreach (var f in _files)
        {
            f.Dispose();
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
