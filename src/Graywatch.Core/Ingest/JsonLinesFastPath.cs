using System.Globalization;
using DuckDB.NET.Data;
using Graywatch.Readers;
using Graywatch.Readers.Parsing;
using Graywatch.Store;

namespace Graywatch.Ingest;

/// <summary>Loads plain TikTok Research API JSON Lines with DuckDB's own parallel JSON reader, into the same rows the general reader makes.</summary>
/// <remarks>
/// <para>
/// The records are parsed by DuckDB into a temporary table with a fixed set of columns (the fields
/// <see cref="TikTokResearchReader"/> reads) and mapped to <c>posts</c> and <c>snapshots</c> in SQL that follows the
/// reader's rules: empty strings are missing, hashtags lose <c>#</c> and case and repeats, mentions lose <c>@</c>,
/// Unix times above 10^11 are milliseconds, a snapshot needs one count. Raw records point into the archived copy
/// by the offsets of <see cref="LineIndex"/>.
/// </para>
/// <para>
/// It is used only when the result is certain to be the same: a file that DuckDB cannot parse with those types, a
/// blank line, a video without a username or a time, a count that is not a whole number, an id that is not digits,
/// a string field or list item holding an object, an API response on a line, a time out of range, or rows that do
/// not line up with the file's first and last lines, all send the file back to the general reader (which
/// quarantines what is bad, record by record).
/// </para>
/// </remarks>
internal static class JsonLinesFastPath
{
    private const string Table = "gw_json_lines";

    // The characters .NET's string.Trim removes (char.IsWhiteSpace), so trimming agrees with the reader's.
    private const string Whitespace =
        "'\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000'";

    private const string Columns =
        "{id: 'VARCHAR', create_time: 'DOUBLE', username: 'VARCHAR', region_code: 'VARCHAR', video_description: 'VARCHAR', " +
        "hashtag_names: 'VARCHAR[]', music_id: 'VARCHAR', effect_ids: 'VARCHAR[]', view_count: 'DOUBLE', like_count: 'DOUBLE', " +
        "comment_count: 'DOUBLE', share_count: 'DOUBLE', favorites_count: 'DOUBLE', voice_to_text: 'VARCHAR', video_duration: 'DOUBLE', " +
        "video_mention_list: 'VARCHAR[]', hashtag_info_list: 'JSON', sticker_info_list: 'JSON', data: 'JSON'}";

    private const string DigitsPattern = "'[0-9]{1,40}'";

    private static readonly string[] Counts = ["view_count", "like_count", "comment_count", "share_count", "favorites_count"];
    private static readonly string[] Strings = ["username", "region_code", "video_description", "voice_to_text", "music_id"];

    /// <summary>
    /// The largest file this path takes (640 MB, about 1.5 million videos): the parsed rows sit in a temporary table
    /// that beyond this outgrows the store's default memory and spills to disk, while the general reader streams.
    /// </summary>
    public const long MaxFileBytes = 640L * 1024 * 1024;

    /// <summary>Whether a file may try this path: the research reader's JSON, plain UTF-8 on disk, read with default options.</summary>
    public static bool Applies(IRecordReader reader, SourceFile source, long bytes, ReaderContext context, bool archivable) =>
        reader is TikTokResearchReader && archivable && bytes <= MaxFileBytes && !source.IsGzip && source.Encoding is null && source.BomLength == 0
        && context.Option(JsonInput.MaxLineBytesOption) is null;

    /// <summary>What one scan of the parsed rows found: rows that need the general reader, rows, distinct hashes of ids.</summary>
    /// <remarks>Counting hashes costs half as much as counting ids; as many hashes as rows still proves the ids distinct
    /// (a collision only makes the load look for repeats it need not).</remarks>
    public sealed record Survey(long Bad, long Rows, long Ids);

    /// <summary>Parses the file into the temporary table and surveys the rows; null when DuckDB cannot read it with the fixed types.</summary>
    /// <remarks>Runs outside the file's transaction, while <see cref="LineIndex"/> reads the file on another thread (the
    /// survey overlaps the end of that read).</remarks>
    public static Survey? Parse(GraywatchStore store, string path)
    {
        try
        {
            // Rows must keep the file's order: the n-th row is the n-th line.
            store.Execute("SET preserve_insertion_order = true");
            store.Execute($"""
                CREATE OR REPLACE TEMP TABLE {Table} AS
                SELECT * EXCLUDE (data, hashtag_info_list, sticker_info_list),
                    data IS NOT NULL OR hashtag_info_list IS NOT NULL OR sticker_info_list IS NOT NULL AS nested
                FROM read_json('{path.Replace("'", "''", StringComparison.Ordinal)}', format = 'newline_delimited',
                    maximum_object_size = {LineSource.MaxLineBytes + 1}, columns = {Columns})
                """);
        }
        catch (DuckDBException)
        {
            Drop(store);
            return null;
        }
        finally
        {
            store.Execute("SET preserve_insertion_order = false");
        }
        var integral = string.Join(" AND ", Counts.Select(c => $"({c} IS NULL OR ({c} = trunc({c}) AND {c} >= 0 AND {c} < 9e15))"))
            + " AND (video_duration IS NULL OR video_duration >= 0)";
        var plain = string.Join(" AND ", Strings.Select(c => $"NOT coalesce(prefix({c}, '{{') OR prefix({c}, '['), false)"));
        return store.Query($"""
            SELECT count(*) FILTER (WHERE NOT (
                    id IS NOT NULL AND regexp_full_match(id, {DigitsPattern})
                    AND nullif(username, '') IS NOT NULL AND create_time IS NOT NULL
                    AND NOT nested
                    AND (create_time IS NULL OR (create_time = trunc(create_time)
                         AND (CASE WHEN abs(create_time) > 1e11 THEN create_time ELSE create_time * 1000 END) BETWEEN -62135596800000 AND 253402300799999))
                    AND {integral} AND {plain})),
                count(*), count(DISTINCT hash(id))
            FROM {Table}
            """,
            r => new Survey(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2))).Single();
    }

    /// <summary>What the check found: why the general reader must read the file (or null), and which lists need normalizing.</summary>
    /// <param name="DistinctIds">True when no id repeats within the file (so the file holds no repeats of its own).</param>
    public sealed record Plan(string? Unsuitable, bool NormalizeTags, bool NormalizeMentions, bool NormalizeEffects, bool DistinctIds);

    /// <summary>Whether the parsed rows are certain to map as the general reader maps them, and how much mapping they need.</summary>
    /// <remarks>The lists were graded by <see cref="ResearchListGrades"/> while the file was read, so the load normalizes
    /// only the lists that need it.</remarks>
    public static Plan Check(GraywatchStore store, string path, LineIndex lines, ReaderContext context, Survey row)
    {
        if (lines.Unsuitable is { } why)
        {
            return new Plan(why, true, true, true, false);
        }
        string? unsuitable = null;
        if (row.Bad > 0)
        {
            unsuitable = "some records need the general reader";
        }
        else if (row.Rows != lines.Lines)
        {
            unsuitable = $"{row.Rows} rows for {lines.Lines} lines";
        }
        else
        {
            // The first and last rows must be the first and last lines, read by the general reader.
            foreach (var (at, (offset, length)) in new[] { (0L, lines.FirstLine), (row.Rows - 1, lines.LastLine) })
            {
                var id = store.Scalar($"SELECT id FROM {Table} WHERE rowid = {at}") as string;
                if (id is null || id != IdOfLine(path, offset, length, context))
                {
                    unsuitable = "rows do not line up with lines";
                    break;
                }
            }
        }
        return new Plan(unsuitable, lines.Lists.Tags, lines.Lists.Mentions, lines.Lists.Effects, row.Ids == row.Rows);
    }

    /// <summary>Maps the parsed rows into the store inside the caller's transaction; returns the rows appended to posts and snapshots.</summary>
    public static (long Posts, long Snapshots) Load(GraywatchStore store, int sourceId, DateTimeOffset observedAt, LineIndex lines, Plan plan)
    {
        var tags = plan.NormalizeTags ? "list_filter(tags, (t, i) -> list_position(tags, t) = i)" : "coalesce(hashtag_names, [])";
        var mentions = plan.NormalizeMentions
            ? $"""
               list_transform(list_filter(coalesce(video_mention_list, []), m -> {NotBlank("m")}),
                   m -> CASE WHEN {Plain("m", "@")} THEN m ELSE coalesce(nullif(ltrim(trim(m, {Whitespace}), '@'), ''), m) END)
               """
            : "coalesce(video_mention_list, [])";
        var effects = plan.NormalizeEffects ? $"list_filter(coalesce(effect_ids, []), e -> {NotBlank("e")})" : "coalesce(effect_ids, [])";
        var normalized = plan.NormalizeTags
            ? $"""
               list_filter(
                   list_transform(coalesce(hashtag_names, []),
                       t -> lower(CASE WHEN {Plain("t", "#")} THEN t ELSE trim(ltrim(trim(t, {Whitespace}), '#'), {Whitespace}) END)),
                   t -> t IS NOT NULL AND t <> '')
               """
            : "NULL";
        var sid = sourceId.ToString(CultureInfo.InvariantCulture);
        var micros = (observedAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        var posts = store.Execute($"""
            INSERT INTO main.posts
            SELECT 'tiktok', id, nullif(username, ''), nullif(username, ''),
                make_timestamp(CAST(CASE WHEN abs(create_time) > 1e11 THEN create_time ELSE create_time * 1000 END AS BIGINT) * 1000)::TIMESTAMPTZ,
                nullif(video_description, ''), NULL,
                {tags},
                {mentions},
                nullif(music_id, ''), NULL, NULL,
                {effects},
                NULL, NULL, []::VARCHAR[], video_duration, nullif(region_code, ''), NULL, NULL, NULL, []::VARCHAR[],
                nullif(voice_to_text, ''), {sid}, rowid + 1
            FROM (
                SELECT *, rowid, {normalized} AS tags
                FROM {Table})
            """);
        var snapshots = store.Execute($"""
            INSERT INTO main.snapshots
            SELECT 'tiktok', id, make_timestamp({micros})::TIMESTAMPTZ,
                CAST(view_count AS BIGINT), CAST(like_count AS BIGINT), CAST(comment_count AS BIGINT),
                CAST(share_count AS BIGINT), CAST(favorites_count AS BIGINT), {sid}, rowid + 1
            FROM {Table}
            WHERE coalesce(view_count, like_count, comment_count, share_count, favorites_count) IS NOT NULL
            """);
        store.Execute($"""
            INSERT INTO main.raw_records
            SELECT {sid}, file_row_number + 1, NULL, byte_offset, byte_length
            FROM read_parquet('{lines.Path.Replace("'", "''", StringComparison.Ordinal)}', file_row_number = true)
            """);
        return (posts, snapshots);
    }

    // Trimming with a set of characters is slow in DuckDB, so values that need none (nearly all) skip it.
    private static string Plain(string v, string prefix) =>
        $"(strpos({Whitespace}, left({v}, 1)) = 0 AND strpos({Whitespace}, right({v}, 1)) = 0 AND left({v}, 1) <> '{prefix}')";

    private static string NotBlank(string v) =>
        $"({v} IS NOT NULL AND {v} <> '' AND (strpos({Whitespace}, left({v}, 1)) = 0 OR trim({v}, {Whitespace}) <> ''))";

    /// <summary>Drops the temporary table.</summary>
    private static void Drop(GraywatchStore store) => store.Execute($"DROP TABLE IF EXISTS temp.{Table}");

    /// <summary>Drops the temporary table when first disposed, whichever way the file's load ends.</summary>
    public static IDisposable DropWhenDone(GraywatchStore store) => new ParsedRows(store);

    private sealed class ParsedRows(GraywatchStore store) : IDisposable
    {
        private bool _dropped;

        public void Dispose()
        {
            if (!_dropped)
            {
                _dropped = true;
                Drop(store);
            }
        }
    }

    private static string? IdOfLine(string path, long offset, long length, ReaderContext context)
    {
        if (length > LineSource.MaxLineBytes)
        {
            return null;
        }
        var bytes = new byte[length];
        using (var handle = File.OpenHandle(path))
        {
            if (RandomAccess.Read(handle, bytes, offset) != length)
            {
                return null;
            }
        }
        try
        {
            return TikTokVideoMapper.Map(bytes, 1, null, context, out var record) == TikTokVideoMapper.Outcome.Mapped ? record!.Post?.Id : null;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or RecordException or InvalidOperationException)
        {
            return null;
        }
    }
}
