using System.Globalization;
using Graywatch.Store;

namespace Graywatch.Ingest;

/// <summary>Moves one file's staged rows into the store in a single transaction, adding only what is new.</summary>
/// <remarks>
/// Keys: posts and comments by (platform, id); snapshots by (platform, post id, observed at); accounts by
/// (platform, id, observed at); raw records and quarantine by (source, item). So re-ingesting a file adds
/// nothing, and the same post seen at a later time adds one snapshot.
/// </remarks>
internal static class StoreMerger
{
    private static readonly (string Table, string Key)[] Keyed =
    [
        ("posts", "platform, id"),
        ("snapshots", "platform, post_id, observed_at"),
        ("accounts", "platform, id, observed_at"),
        ("comments", "platform, id"),
        ("raw_records", "source_id, item"),
        ("quarantine", "source_id, item"),
    ];

    /// <summary>What the merge added.</summary>
    public sealed record Result(int SourceId, long PostsNew, long SnapshotsAdded, long AccountsAdded, long CommentsAdded, long RecordsAddingSomething);

    public static Result Merge(GraywatchStore store, SourceDescription source, DateTimeOffset now)
    {
        using var tx = store.Connection.BeginTransaction();
        var existing = store.Scalar("SELECT source_id FROM sources WHERE sha256 = $1 AND format = $2", source.Sha256, source.Format);
        int sourceId;
        if (existing is not null)
        {
            sourceId = Convert.ToInt32(existing, CultureInfo.InvariantCulture);
        }
        else
        {
            sourceId = Convert.ToInt32(store.Scalar("SELECT coalesce(max(source_id), 0) + 1 FROM sources"), CultureInfo.InvariantCulture);
            store.Execute(
                "INSERT INTO sources VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                sourceId, source.Path, source.Sha256, source.Format, source.MapperVersion, source.Bytes,
                source.ObservedAt, source.ObservedAtOrigin, now);
        }

        var sid = sourceId.ToString(CultureInfo.InvariantCulture);
        foreach (var (table, key) in Keyed)
        {
            var sidKey = key.StartsWith("source_id", StringComparison.Ordinal);
            var join = string.Join(" AND ", key.Split(", ").Select(k => sidKey && k == "source_id" ? $"t.source_id = {sid}" : $"t.{k} = s.{k}"));
            var order = key.Contains("source_id", StringComparison.Ordinal) ? "item" : "source_item";
            store.Execute($"""
                CREATE OR REPLACE TEMP TABLE new_{table} AS
                SELECT * REPLACE ({sid} AS source_id) FROM temp.stage_{table} s
                WHERE NOT EXISTS (SELECT 1 FROM main.{table} t WHERE {join})
                QUALIFY row_number() OVER (PARTITION BY {(sidKey ? "item" : key)} ORDER BY {order}) = 1
                """);
            store.Execute($"INSERT INTO main.{table} SELECT * FROM temp.new_{table}");
        }

        long Count(string t) => Convert.ToInt64(store.Scalar($"SELECT count(*) FROM temp.new_{t}"), CultureInfo.InvariantCulture);
        var result = new Result(
            sourceId,
            Count("posts"),
            Count("snapshots"),
            Count("accounts"),
            Count("comments"),
            Convert.ToInt64(store.Scalar("""
                SELECT count(*) FROM (
                    SELECT source_item FROM temp.new_posts UNION SELECT source_item FROM temp.new_snapshots
                    UNION SELECT source_item FROM temp.new_accounts UNION SELECT source_item FROM temp.new_comments)
                """), CultureInfo.InvariantCulture));
        tx.Commit();
        foreach (var (table, _) in Keyed)
        {
            store.Execute($"DROP TABLE IF EXISTS temp.new_{table}");
        }
        return result;
    }
}
