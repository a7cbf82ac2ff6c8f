using System.Data.Common;
using Graywatch.Findings;
using Graywatch.Store;

namespace Graywatch.Detectors.Overview;

/// <summary>The overview's SQL: aggregates computed inside DuckDB, so no post is loaded into memory.</summary>
internal static class OverviewQueries
{
    // Engagement per post from its latest snapshot that has a view count; n counts every snapshot of the post.
    private const string PerPostEngagement = """
        SELECT platform, post_id, count(*) AS n,
               arg_max(views, observed_at) FILTER (WHERE views IS NOT NULL) AS views
        FROM snapshots GROUP BY platform, post_id
        """;

    public static PostSpan Span(GraywatchStore store) => store.Query(
        """
        SELECT count(*), count(created_at), epoch_us(min(created_at)), epoch_us(max(created_at)),
               count(DISTINCT author_id)
        FROM posts
        """,
        r => new PostSpan(r.GetInt64(0), r.GetInt64(1), Micros(r, 2), Micros(r, 3), r.GetInt64(4)))[0];

    public static long DistinctAccounts(GraywatchStore store) =>
        Convert.ToInt64(store.Scalar("SELECT count(*) FROM (SELECT DISTINCT platform, id FROM accounts)") ?? 0L);

    public static EngagementCoverage Engagement(GraywatchStore store) => store.Query(
        $"""
        WITH s AS ({PerPostEngagement})
        SELECT count(*), count(*) FILTER (WHERE s.n = 1), CAST(coalesce(sum(s.views), 0) AS BIGINT)
        FROM posts p JOIN s ON s.platform = p.platform AND s.post_id = p.id
        """,
        r => new EngagementCoverage(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2)))[0];

    /// <summary>Post counts per bin of <paramref name="bin"/>, aligned to the Unix epoch; empty bins are filled with zero.</summary>
    public static IReadOnlyList<SeriesPoint> Volume(GraywatchStore store, TimeSpan bin)
    {
        var binMicros = (long)(bin.Ticks / TimeSpan.TicksPerMicrosecond);
        var counts = store.Query(
            "SELECT CAST(floor(epoch_us(created_at) / ?) AS BIGINT) AS b, count(*) FROM posts WHERE created_at IS NOT NULL GROUP BY b ORDER BY b",
            r => (Bin: r.GetInt64(0), Count: r.GetInt64(1)),
            binMicros);
        if (counts.Count == 0)
        {
            return [];
        }
        var byBin = counts.ToDictionary(c => c.Bin, c => c.Count);
        var points = new List<SeriesPoint>();
        for (var b = counts[0].Bin; b <= counts[^1].Bin; b++)
        {
            var time = DateTimeOffset.UnixEpoch.AddTicks(b * binMicros * TimeSpan.TicksPerMicrosecond);
            points.Add(new SeriesPoint(time, byBin.GetValueOrDefault(b)));
        }
        return points;
    }

    public static IReadOnlyList<RankedItem> TopHashtags(GraywatchStore store, int top) => store.Query(
        """
        SELECT tag, count(*) AS n FROM (
            SELECT unnest(list_distinct(list_transform(hashtags, h -> lower(ltrim(h, '#'))))) AS tag FROM posts
        )
        WHERE tag <> '' GROUP BY tag ORDER BY n DESC, tag LIMIT ?
        """,
        r => new RankedItem("#" + r.GetString(0), r.GetInt64(1), new EntityRef(EntityKinds.Hashtag, r.GetString(0))),
        top);

    public static IReadOnlyList<RankedItem> TopSounds(GraywatchStore store, int top) => store.Query(
        """
        SELECT coalesce(sound_id, sound_title) AS sound, coalesce(max(sound_title), sound) AS label, count(*) AS n
        FROM posts WHERE coalesce(sound_id, sound_title) IS NOT NULL
        GROUP BY sound ORDER BY n DESC, sound LIMIT ?
        """,
        r => new RankedItem(r.GetString(1), r.GetInt64(2), new EntityRef(EntityKinds.Sound, r.GetString(0), r.GetString(1))),
        top);

    public static IReadOnlyList<RankedItem> TopAccountsByPosts(GraywatchStore store, int top) => store.Query(
        """
        SELECT author_id, max(author_name), count(*) AS n
        FROM posts WHERE author_id IS NOT NULL
        GROUP BY platform, author_id ORDER BY n DESC, author_id LIMIT ?
        """,
        r => Account(r, r.GetInt64(2)),
        top);

    public static IReadOnlyList<RankedItem> TopAccountsByViews(GraywatchStore store, int top) => store.Query(
        $"""
        WITH s AS ({PerPostEngagement})
        SELECT p.author_id, max(p.author_name), CAST(sum(s.views) AS BIGINT) AS v
        FROM posts p JOIN s ON s.platform = p.platform AND s.post_id = p.id
        WHERE p.author_id IS NOT NULL AND s.views IS NOT NULL
        GROUP BY p.platform, p.author_id ORDER BY v DESC, p.author_id LIMIT ?
        """,
        r => Account(r, r.GetInt64(2)),
        top);

    public static IReadOnlyList<(string Kind, long Count)> QuarantineByKind(GraywatchStore store) => store.Query(
        "SELECT kind, count(*) AS n FROM quarantine GROUP BY kind ORDER BY n DESC, kind",
        r => (r.GetString(0), r.GetInt64(1)));

    public static long FileTimeSources(GraywatchStore store) =>
        Convert.ToInt64(store.Scalar("SELECT count(*) FROM sources WHERE observed_at_origin = 'file-time'") ?? 0L);

    private static RankedItem Account(DbDataReader r, long value)
    {
        var id = r.GetString(0);
        var name = r.IsDBNull(1) ? null : r.GetString(1);
        return new RankedItem(name is null ? id : "@" + name, value, new EntityRef(EntityKinds.Account, id, name));
    }

    private static DateTimeOffset? Micros(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateTimeOffset.UnixEpoch.AddTicks(r.GetInt64(i) * TimeSpan.TicksPerMicrosecond);
}
