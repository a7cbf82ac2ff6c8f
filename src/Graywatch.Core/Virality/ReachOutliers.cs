using Graywatch.Store;

namespace Graywatch.Virality;

/// <summary>Overnight popularity: scores every post's latest views against its author's followers, per platform, robustly.</summary>
/// <remarks>
/// <c>y = ln(1 + views)</c>, <c>x = ln(1 + followers)</c>. Posts are binned by x (half a log unit); the line is a weighted
/// least-squares fit through the bins' medians, so a few runaway posts cannot bend it. The score is
/// <c>(r - median r) / (1.4826·MAD r)</c> of the residuals <c>r</c>: a robust z. Posts whose author has no follower count
/// cannot be scored. Everything but the line fit runs in DuckDB. Use from one thread.
/// </remarks>
public static class ReachOutliers
{
    // Posts meet their author's followers first, in a materialized step: joined in one go, the optimizer may pair
    // snapshots with accounts on the platform alone, a product of millions of rows even on a small store.
    private const string Latest = """
        WITH acc AS (SELECT platform, id, arg_max(followers, observed_at) AS followers FROM accounts WHERE followers IS NOT NULL GROUP BY platform, id),
        pa AS MATERIALIZED (
            SELECT p.platform, p.id, p.author_id, p.author_name, p.created_at, acc.followers
            FROM posts p JOIN acc ON acc.platform = p.platform AND acc.id = p.author_id),
        latest AS (SELECT platform, post_id, arg_max(views, observed_at) AS views FROM snapshots WHERE views IS NOT NULL GROUP BY platform, post_id)
        SELECT pa.platform, pa.id AS post_id, pa.author_id, pa.author_name, pa.created_at,
               ln(1 + l.views) AS y, ln(1 + pa.followers) AS x, l.views, pa.followers
        FROM pa JOIN latest l ON l.platform = pa.platform AND l.post_id = pa.id
        """;

    /// <summary>Posts with a robust z of at least <paramref name="minZ"/> and at least <paramref name="minRatio"/> views per follower, highest first, at most <paramref name="top"/>, with their authors' earlier posts.</summary>
    public static IReadOnlyList<ReachOutlier> Find(GraywatchStore store, double minZ, int top, double minRatio = 10)
    {
        store.Execute($"CREATE OR REPLACE TEMP TABLE virality_reach AS {Latest}");
        var bins = store.Query(
            "SELECT platform, round(x * 2) / 2 AS bx, median(y), count(*) FROM virality_reach GROUP BY platform, bx",
            r => (Platform: r.GetString(0), X: r.GetDouble(1), Y: r.GetDouble(2), N: (double)r.GetInt64(3)));
        store.Execute("CREATE OR REPLACE TEMP TABLE virality_lines (platform VARCHAR, a DOUBLE, b DOUBLE)");
        foreach (var platform in bins.GroupBy(b => b.Platform))
        {
            var (a, b) = Line([.. platform.Select(p => (p.X, p.Y, p.N))]);
            store.Execute("INSERT INTO virality_lines VALUES (?, ?, ?)", platform.Key, a, b);
        }
        return store.Query(
            """
            WITH r AS (SELECT v.*, v.y - (l.a + l.b * v.x) AS res FROM virality_reach v JOIN virality_lines l USING (platform)),
            m AS (SELECT platform, median(res) AS med FROM r GROUP BY platform),
            d AS (SELECT r.platform, any_value(m.med) AS med, median(abs(r.res - m.med)) AS mad FROM r JOIN m USING (platform) GROUP BY r.platform),
            z AS (SELECT r.*, (r.res - d.med) / greatest(1.4826 * d.mad, 1e-9) AS z FROM r JOIN d USING (platform)),
            c AS MATERIALIZED (SELECT * FROM z WHERE z.z >= ? AND z.views >= ? * greatest(z.followers, 1) AND z.created_at IS NOT NULL ORDER BY z.z DESC, z.post_id LIMIT ?),
            e AS (
                SELECT c.platform, c.post_id, count(*) AS n, median(l.views) AS views
                FROM c JOIN posts p ON p.platform = c.platform AND p.author_id = c.author_id AND p.created_at < c.created_at
                LEFT JOIN (SELECT platform, post_id, arg_max(views, observed_at) AS views FROM snapshots WHERE views IS NOT NULL GROUP BY platform, post_id) l
                    ON l.platform = p.platform AND l.post_id = p.id
                GROUP BY c.platform, c.post_id
            )
            SELECT c.platform, c.post_id, c.author_id, c.author_name, c.followers, c.views, c.z, coalesce(e.n, 0), e.views,
                   epoch_us(c.created_at),
                   (SELECT epoch_us(min(p.created_at)) FROM posts p WHERE p.platform = c.platform AND p.author_id = c.author_id),
                   (SELECT epoch_us(min(s.observed_at)) FROM snapshots s WHERE s.platform = c.platform AND s.post_id = c.post_id)
            FROM c LEFT JOIN e ON e.platform = c.platform AND e.post_id = c.post_id ORDER BY c.z DESC, c.post_id
            """,
            r => new ReachOutlier(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.GetInt64(4), r.GetInt64(5), r.GetDouble(6), r.GetInt64(7), r.IsDBNull(8) ? null : r.GetDouble(8), Time(r.GetInt64(9)),
                r.IsDBNull(10) ? Time(r.GetInt64(9)) : Time(r.GetInt64(10)), Time(r.GetInt64(11))),
            minZ, minRatio, top);
    }

    /// <summary>Weighted least squares through (x, y) with weights w; a flat line through the weighted mean when x does not vary.</summary>
    public static (double A, double B) Line(IReadOnlyList<(double X, double Y, double W)> points)
    {
        double sw = 0, sx = 0, sy = 0;
        foreach (var (x, y, w) in points)
        {
            sw += w;
            sx += w * x;
            sy += w * y;
        }
        var mx = sx / sw;
        var my = sy / sw;
        double sxx = 0, sxy = 0;
        foreach (var (x, y, w) in points)
        {
            sxx += w * (x - mx) * (x - mx);
            sxy += w * (x - mx) * (y - my);
        }
        var b = sxx > 1e-12 ? sxy / sxx : 0;
        return (my - (b * mx), b);
    }

    private static DateTimeOffset Time(long micros) => DateTimeOffset.UnixEpoch.AddTicks(micros * TimeSpan.TicksPerMicrosecond);
}
