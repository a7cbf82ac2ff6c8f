using System.Globalization;
using Graywatch.Store;

namespace Graywatch.Ingest;

/// <summary>Keeps the store free of repeats after a file's rows were appended: what was known already is removed again.</summary>
/// <remarks>
/// Keys: posts and comments by (platform, id); snapshots by (platform, post id, observed at); accounts by
/// (platform, id, observed at). The first observation wins. So re-ingesting a file adds nothing, and the same
/// post seen at a later time adds one snapshot. Runs inside the file's transaction.
/// </remarks>
internal static class StoreMerger
{
    private static readonly (string Table, string Key)[] Canonical =
    [
        ("posts", "platform, id"),
        ("snapshots", "platform, post_id, observed_at"),
        ("accounts", "platform, id, observed_at"),
        ("comments", "platform, id"),
    ];

    /// <summary>What a file added once repeats were removed.</summary>
    /// <param name="AccountsAdded">Accounts new to the store (an account observed again at a later time is not counted).</param>
    public sealed record Counts(long PostsNew, long SnapshotsAdded, long AccountsAdded, long CommentsAdded, long Duplicates);

    /// <summary>
    /// The file's source id, and whether the same content was ingested before by the same reader and mapper
    /// (then every record of it is already in the store).
    /// </summary>
    public static (int SourceId, bool Known) FindOrAddSource(GraywatchStore store, SourceDescription source, DateTimeOffset now)
    {
        if (FindSource(store, source.Sha256, source.Format, source.MapperVersion) is { } existing)
        {
            return (existing, true);
        }
        var id = Convert.ToInt32(store.Scalar("SELECT coalesce(max(source_id), 0) + 1 FROM sources"), CultureInfo.InvariantCulture);
        store.Execute(
            """
            INSERT INTO sources (source_id, path, sha256, format, mapper_version, bytes, observed_at, observed_at_origin, ingested_at, archive, sampling)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            """,
            id, source.Path, source.Sha256, source.Format, source.MapperVersion, source.Bytes,
            source.ObservedAt, source.ObservedAtOrigin, now, source.Archive, source.Sampling);
        return (id, false);
    }

    /// <summary>The source with this content, read by this reader and mapper, or null.</summary>
    public static int? FindSource(GraywatchStore store, string sha256, string format, int mapperVersion) =>
        store.Scalar("SELECT source_id FROM sources WHERE sha256 = $1 AND format = $2 AND mapper_version = $3", sha256, format, mapperVersion)
            is { } id ? Convert.ToInt32(id, CultureInfo.InvariantCulture) : null;

    /// <summary>Whether the store holds a source of exactly this many bytes (so a file of that size may be known).</summary>
    public static bool SourceOfSize(GraywatchStore store, long bytes) =>
        store.Scalar("SELECT 1 FROM sources WHERE bytes = $1 LIMIT 1", bytes) is not null;

    /// <summary>Records where the file's collection time came from, once the whole file has been read.</summary>
    public static void SetObservedAtOrigin(GraywatchStore store, int sourceId, string origin) =>
        store.Execute("UPDATE sources SET observed_at_origin = $1 WHERE source_id = $2", origin, sourceId);

    /// <summary>What a known source holds: its mapped records and its quarantined ones.</summary>
    public static (long Mapped, long Quarantined) KnownSourceRecords(GraywatchStore store, int sourceId) => (
        Convert.ToInt64(store.Scalar("SELECT count(*) FROM raw_records WHERE source_id = $1", sourceId), CultureInfo.InvariantCulture),
        Convert.ToInt64(store.Scalar("SELECT count(*) FROM quarantine WHERE source_id = $1", sourceId), CultureInfo.InvariantCulture));

    /// <summary>Removes the source's rows whose key was already stored, or repeats within the source, and counts what stayed.</summary>
    /// <param name="appendedRows">Rows the file appended to posts, snapshots, accounts and comments, in that order.</param>
    /// <param name="repeatsWithin">False when the caller knows the file repeats no key of its own (the check is skipped).</param>
    public static Counts RemoveRepeats(GraywatchStore store, int sourceId, long mappedRecords, IReadOnlyList<long> appendedRows, bool repeatsWithin = true)
    {
        var sid = sourceId.ToString(CultureInfo.InvariantCulture);
        var added = new long[Canonical.Length];
        var anyRemoved = false;
        for (var i = 0; i < Canonical.Length; i++)
        {
            var (table, key) = Canonical[i];
            var appended = appendedRows[i];
            if (appended == 0)
            {
                continue;
            }
            var join = string.Join(" AND ", key.Split(", ").Select(k => $"o.{k} = n.{k}"));
            // A key is a repeat when another source has it (the earlier observation wins)...
            var others = store.Scalar($"SELECT 1 FROM {table} WHERE source_id <> {sid} LIMIT 1") is not null;
            var removed = !others ? 0 : store.Execute($"""
                DELETE FROM {table} WHERE source_id = {sid} AND rowid IN (
                    SELECT n.rowid FROM {table} n
                    WHERE n.source_id = {sid} AND EXISTS (SELECT 1 FROM {table} o WHERE {join} AND o.source_id <> {sid}))
                """);
            // ...or when this file has it twice; ranking rows costs a sort, so only when a cheap count finds repeats.
            var repeats = !repeatsWithin ? 0 : Convert.ToInt64(store.Scalar(
                $"SELECT count(*) FROM (SELECT {key} FROM {table} WHERE source_id = {sid} GROUP BY ALL HAVING count(*) > 1)"),
                CultureInfo.InvariantCulture);
            if (repeats > 0)
            {
                removed += store.Execute($"""
                    DELETE FROM {table} WHERE source_id = {sid} AND rowid IN (
                        SELECT rowid FROM (
                            SELECT rowid, row_number() OVER (PARTITION BY {key} ORDER BY source_item) AS rn
                            FROM {table} WHERE source_id = {sid})
                        WHERE rn > 1)
                    """);
            }
            anyRemoved |= removed > 0;
            added[i] = appended - removed;
        }
        var duplicates = anyRemoved ? mappedRecords - ItemsThatAddedSomething(store, sid) : 0;
        return new Counts(added[0], added[1], added[2] == 0 ? 0 : NewAccounts(store, sid), added[3], duplicates);
    }

    /// <summary>Accounts of this source that no other source holds: the store's account observations are keyed by time too.</summary>
    private static long NewAccounts(GraywatchStore store, string sid) =>
        Convert.ToInt64(store.Scalar($"""
            SELECT count(*) FROM (
                SELECT DISTINCT platform, id FROM accounts n WHERE source_id = {sid}
                    AND NOT EXISTS (SELECT 1 FROM accounts o WHERE o.platform = n.platform AND o.id = n.id AND o.source_id <> {sid}))
            """), CultureInfo.InvariantCulture);

    private static long ItemsThatAddedSomething(GraywatchStore store, string sid) =>
        Convert.ToInt64(store.Scalar($"""
            SELECT count(*) FROM (
                SELECT source_item FROM posts WHERE source_id = {sid}
                UNION SELECT source_item FROM snapshots WHERE source_id = {sid}
                UNION SELECT source_item FROM accounts WHERE source_id = {sid}
                UNION SELECT source_item FROM comments WHERE source_id = {sid})
            """), CultureInfo.InvariantCulture);
}
