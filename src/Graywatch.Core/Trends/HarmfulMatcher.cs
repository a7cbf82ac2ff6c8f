using Graywatch.Store;

namespace Graywatch.Trends;

/// <summary>Matches a challenge's posts (captions and hashtags) against a <see cref="HarmfulWatchList"/> inside DuckDB.</summary>
/// <remarks>Use from one thread (the store's rule).</remarks>
public sealed class HarmfulMatcher(GraywatchStore store, HarmfulWatchList watchList)
{
    /// <summary>The matching posts of <paramref name="challenge"/>, or null when none match or the list is empty.</summary>
    public HarmfulMatch? Match(Challenge challenge, TrendScope scope, int maxPosts = 200)
    {
        var pattern = watchList.Pattern();
        if (pattern is null)
        {
            return null;
        }
        var p = Sql.Text(pattern);
        var cte = $"""
            WITH {scope.Cte()},
            m AS (
                SELECT platform, id, author_id, created_at,
                       list_distinct(regexp_extract_all(lower(coalesce(text, '') || ' ' || array_to_string(tags, ' ')), {p})) AS found
                FROM scoped WHERE list_has_any(tags, {Sql.TextList(challenge.Hashtags)})
            ),
            hit AS (SELECT * FROM m WHERE len(found) > 0)
            """;
        var totals = store.Query(
            $"""
            {cte}, views AS (
                SELECT s.platform, s.post_id, arg_max(s.views, s.observed_at) AS v FROM snapshots s
                JOIN hit ON hit.platform = s.platform AND hit.id = s.post_id WHERE s.views IS NOT NULL GROUP BY ALL
            )
            SELECT (SELECT count(*) FROM hit), (SELECT count(DISTINCT author_id) FROM hit), (SELECT CAST(coalesce(sum(v), 0) AS BIGINT) FROM views)
            """,
            r => (Posts: r.GetInt64(0), Authors: r.GetInt64(1), Views: r.GetInt64(2)))[0];
        if (totals.Posts == 0)
        {
            return null;
        }
        var terms = store.Query(
            $"{cte} SELECT term, count(*) AS n FROM (SELECT unnest(found) AS term FROM hit) GROUP BY term ORDER BY n DESC, term",
            r => (r.GetString(0), r.GetInt64(1)));
        var ids = store.Query($"{cte} SELECT id FROM hit ORDER BY created_at DESC, id LIMIT {maxPosts}", r => r.GetString(0));
        return new HarmfulMatch(totals.Posts, totals.Authors, totals.Views, terms, ids);
    }
}
