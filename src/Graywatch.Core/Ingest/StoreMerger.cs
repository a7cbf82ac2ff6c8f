using System.Globalization;
using Graywatch.Store;

namespace Graywatch.Ingest;

/// <summary>Moves staged rows into the store, adding only what is new; the caller holds the file's transaction.</summary>
/// <remarks>
/// Keys: posts and comments by (platform, id); snapshots by (platform, post id, observed at); accounts by
/// (platform, id, observed at); raw records and quarantine by (source, item). So re-ingesting a file adds
/// nothing, and the same post seen at a later time adds one snapshot. Chunks of one file are merged in turn
/// inside one transaction, so memory stays bounded and a failure rolls the whole file back.
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

    private static readonly string[] PerItem = ["raw_records", "quarantine"];

    /// <summary>What merging added.</summary>
    public sealed record Counts(long PostsNew, long SnapshotsAdded, long AccountsAdded, long CommentsAdded, long RecordsAddingSomething)
    {
        public static Counts Zero { get; } = new(0, 0, 0, 0, 0);

        public static Counts operator +(Counts a, Counts b) => new(
            a.PostsNew + b.PostsNew, a.SnapshotsAdded + b.SnapshotsAdded, a.AccountsAdded + b.AccountsAdded,
            a.CommentsAdded + b.CommentsAdded, a.RecordsAddingSomething + b.RecordsAddingSomething);
    }

    /// <summary>The file's source id: the existing one when the same content in the same format was ingested before.</summary>
    public static (int SourceId, bool Known) FindOrAddSource(GraywatchStore store, SourceDescription source, DateTimeOffset now)
    {
        var existing = store.Scalar("SELECT source_id FROM sources WHERE sha256 = $1 AND format = $2", source.Sha256, source.Format);
        if (existing is not null)
        {
            return (Convert.ToInt32(existing, CultureInfo.InvariantCulture), true);
        }
        var id = Convert.ToInt32(store.Scalar("SELECT coalesce(max(source_id), 0) + 1 FROM sources"), CultureInfo.InvariantCulture);
        store.Execute(
            "INSERT INTO sources VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            id, source.Path, source.Sha256, source.Format, source.MapperVersion, source.Bytes,
            source.ObservedAt, source.ObservedAtOrigin, now);
        return (id, false);
    }

    /// <summary>Records where the file's collection time came from, once the whole file has been read.</summary>
    public static void SetObservedAtOrigin(GraywatchStore store, int sourceId, string origin) =>
        store.Execute("UPDATE sources SET observed_at_origin = $1 WHERE source_id = $2", origin, sourceId);

    /// <summary>Merges the staged chunk.</summary>
    public static Counts MergeChunk(GraywatchStore store, int sourceId, bool knownSource)
    {
        var sid = sourceId.ToString(CultureInfo.InvariantCulture);
        var added = new HashSet<long>();
        var inserted = new long[Canonical.Length];
        for (var i = 0; i < Canonical.Length; i++)
        {
            var (table, key) = Canonical[i];
            var join = string.Join(" AND ", key.Split(", ").Select(k => $"t.{k} = s.{k}"));
            // Deduplicating within the chunk costs a sort of wide rows: only pay it when keys repeat.
            var repeats = Convert.ToInt64(store.Scalar($"SELECT count(*) - count(DISTINCT ({key})) FROM temp.stage_{table}"), CultureInfo.InvariantCulture) > 0;
            var qualify = repeats ? $"QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY source_item) = 1" : "";
            var items = store.Query($"""
                INSERT INTO main.{table}
                SELECT * FROM temp.stage_{table} s
                WHERE NOT EXISTS (SELECT 1 FROM main.{table} t WHERE {join})
                {qualify}
                RETURNING source_item
                """, r => r.GetInt64(0));
            inserted[i] = items.Count;
            added.UnionWith(items);
        }
        foreach (var table in PerItem)
        {
            // Items are unique within a file; only a file seen before can collide with what is stored.
            var filter = knownSource ? $"WHERE NOT EXISTS (SELECT 1 FROM main.{table} t WHERE t.source_id = {sid} AND t.item = s.item)" : "";
            store.Execute($"INSERT INTO main.{table} SELECT * FROM temp.stage_{table} s {filter}");
        }
        return new Counts(inserted[0], inserted[1], inserted[2], inserted[3], added.Count);
    }
}
