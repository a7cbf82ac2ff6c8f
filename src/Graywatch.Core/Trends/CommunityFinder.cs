using System.Globalization;
using Graywatch.Findings;
using Graywatch.Graphs;

namespace Graywatch.Trends;

/// <summary>The co-hashtag graph, its Louvain communities, and hashtags of one community suddenly carried by another (hijacks).</summary>
/// <remarks>
/// Nodes are the <see cref="TrendOptions.GraphNodes"/> most used hashtags with at least <see cref="TrendOptions.GraphMinPosts"/>
/// posts, leaving out <see cref="TrendOptions.GraphExclude"/> and the scope's <c>--with</c> hashtags; an edge's weight is the
/// number of posts carrying both hashtags. Nodes and edges are counted in SQL. Use from one thread (the store's rule).
/// </remarks>
public sealed class CommunityFinder(TrendAnalyzer analyzer)
{
    /// <summary>Fewest recent posts of a hashtag, and of those carrying the other community, for a hijack.</summary>
    public int HijackMinPosts { get; init; } = 5;
    /// <summary>Share of the hashtag's recent posts that must carry the other community's hashtags.</summary>
    public double HijackShare { get; init; } = 0.5;
    /// <summary>Largest share of its earlier posts that may have carried them (otherwise nothing changed).</summary>
    public double HijackBaselineShare { get; init; } = 0.1;

    public CommunityReport Communities(TrendScope scope)
    {
        var store = analyzer.Store;
        var options = analyzer.Options;
        var exclude = Sql.TextList([.. options.GraphExclude.Union(options.GenericHashtags), .. scope.WithTags]);
        var nodes = store.Query(
            $"""
            WITH {scope.Cte()}
            SELECT tag, count(*) AS n FROM (SELECT unnest(tags) AS tag FROM scoped)
            WHERE NOT list_contains({exclude}, tag) GROUP BY tag HAVING n >= {options.GraphMinPosts}
            ORDER BY n DESC, tag LIMIT {options.GraphNodes}
            """,
            r => (Tag: r.GetString(0), Posts: r.GetInt64(1)));
        if (nodes.Count < 2)
        {
            return CommunityReport.Empty;
        }
        var index = nodes.Select((n, i) => (n.Tag, i)).ToDictionary(x => x.Tag, x => x.i, StringComparer.Ordinal);
        var list = Sql.TextList(nodes.Select(n => n.Tag));
        var edges = store.Query(
            $"""
            WITH {scope.Cte()},
            t AS (SELECT platform, id, unnest(list_filter(tags, x -> list_contains({list}, x))) AS tag FROM scoped WHERE list_has_any(tags, {list}))
            SELECT a.tag, b.tag, count(*) FROM t a JOIN t b ON a.platform = b.platform AND a.id = b.id AND a.tag < b.tag GROUP BY a.tag, b.tag
            """,
            r => new WeightedEdge(index[r.GetString(0)], index[r.GetString(1)], r.GetInt64(2)));
        var communities = Louvain.Detect(nodes.Count, edges, new Random(options.Seed));
        var membership = nodes.Select((n, i) => (n.Tag, C: communities.Membership[i])).ToDictionary(x => x.Tag, x => x.C, StringComparer.Ordinal);
        var groups = membership.GroupBy(x => x.Value).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet();
        var mapping = Values(membership.Where(m => groups.Contains(m.Value)));
        var details = groups.Count == 0 ? ([], []) : Details(scope, mapping);
        var report = groups.Order().Select(c => new HashtagCommunity(
            c,
            [.. nodes.Where(n => membership[n.Tag] == c).Select(n => new RankedItem("#" + n.Tag, n.Posts, new EntityRef(EntityKinds.Hashtag, n.Tag)))],
            details.Accounts.GetValueOrDefault(c) ?? [],
            details.Totals.GetValueOrDefault(c).Posts,
            details.Totals.GetValueOrDefault(c).Authors)).ToList();
        return new CommunityReport(nodes.Count, edges.Count, communities.Modularity, report, membership);
    }

    /// <summary>Hashtags whose recent posts mostly carry another community's hashtags, where earlier posts rarely did.</summary>
    /// <remarks>
    /// A post counts as carried by the other community when its hashtags from that community outnumber its other hashtags
    /// from the hashtag's own community, so a community's own posts that borrow one foreign hashtag do not turn the
    /// borrowing around. Communities come from the posts before the recent window, so a hijack cannot redraw the map it
    /// is measured against.
    /// </remarks>
    public IReadOnlyList<HashtagHijack> Hijacks(TrendScope scope)
    {
        var window = analyzer.Window(scope);
        if (window is null)
        {
            return [];
        }
        var baseline = Communities(scope with { Until = window.RecentStart });
        if (baseline.Communities.Count < 2)
        {
            return [];
        }
        var byNumber = baseline.Communities.ToDictionary(c => c.Number);
        var mapping = Values(baseline.Membership.Where(m => byNumber.ContainsKey(m.Value)));
        var recent = Sql.Time(window.RecentStart);
        var rows = analyzer.Store.Query(
            $"""
            WITH {scope.Cte()}, c(tag, community) AS (VALUES {mapping}),
            pt AS (SELECT platform, id, created_at, unnest(tags) AS tag FROM scoped),
            tagged AS (SELECT pt.platform, pt.id, pt.tag, pt.created_at > {recent} AS recent, c.community FROM pt JOIN c ON c.tag = pt.tag),
            tot AS (SELECT tag, recent, count(*) AS n FROM tagged GROUP BY tag, recent),
            pc AS (SELECT platform, id, community, count(*) AS k FROM tagged GROUP BY platform, id, community),
            co AS (
                SELECT a.tag, a.recent, b.community AS d, count(*) AS n
                FROM tagged a
                JOIN pc b ON a.platform = b.platform AND a.id = b.id AND b.community <> a.community
                JOIN pc h ON h.platform = a.platform AND h.id = a.id AND h.community = a.community
                WHERE b.k > h.k - 1
                GROUP BY a.tag, a.recent, b.community
            )
            SELECT tot.tag, tot.recent, tot.n, co.d, coalesce(co.n, 0) FROM tot LEFT JOIN co ON co.tag = tot.tag AND co.recent = tot.recent
            """,
            r => (Tag: r.GetString(0), Recent: r.GetBoolean(1), Posts: r.GetInt64(2), Other: r.IsDBNull(3) ? -1 : r.GetInt32(3), With: r.GetInt64(4)));
        var hijacks = new List<HashtagHijack>();
        foreach (var tag in rows.GroupBy(r => r.Tag))
        {
            var recentPosts = tag.FirstOrDefault(r => r.Recent).Posts;
            var basePosts = tag.FirstOrDefault(r => !r.Recent).Posts;
            if (recentPosts < HijackMinPosts || basePosts == 0)
            {
                continue;
            }
            var best = tag.Where(r => r.Recent && r.Other >= 0).OrderByDescending(r => r.With).ThenBy(r => r.Other).FirstOrDefault();
            if (best.Tag is null || best.With < HijackMinPosts || best.With < HijackShare * recentPosts)
            {
                continue;
            }
            var before = tag.FirstOrDefault(r => !r.Recent && r.Other == best.Other).With;
            var baseShare = (double)before / basePosts;
            if (baseShare > HijackBaselineShare)
            {
                continue;
            }
            var carrier = byNumber[best.Other];
            hijacks.Add(Describe(scope, window, tag.Key, byNumber[baseline.Membership[tag.Key]], carrier, recentPosts, basePosts,
                (double)best.With / recentPosts, baseShare));
        }
        return [.. hijacks.OrderByDescending(h => h.RecentPosts * h.RecentShare).ThenBy(h => h.Tag, StringComparer.Ordinal)];
    }

    private HashtagHijack Describe(TrendScope scope, TrendWindow window, string tag, HashtagCommunity home, HashtagCommunity carrier,
        long recentPosts, long basePosts, double share, double baseShare)
    {
        var carrierTags = Sql.TextList(carrier.Hashtags.Select(h => h.Entity!.Id));
        var cte = $"""
            WITH {scope.Cte()},
            hit AS (
                SELECT * FROM scoped WHERE created_at > {Sql.Time(window.RecentStart)} AND list_contains(tags, {Sql.Text(tag)})
                AND list_has_any(tags, {carrierTags})
            )
            """;
        var store = analyzer.Store;
        var tags = store.Query(
            $"{cte} SELECT tag, count(*) AS n FROM (SELECT unnest(list_intersect(tags, {carrierTags})) AS tag FROM hit) GROUP BY tag ORDER BY n DESC, tag LIMIT 10",
            r => new RankedItem("#" + r.GetString(0), r.GetInt64(1), new EntityRef(EntityKinds.Hashtag, r.GetString(0))));
        var accounts = store.Query(
            $"{cte} SELECT author_id, max(author_name), count(*) AS n FROM hit WHERE author_id IS NOT NULL GROUP BY author_id ORDER BY n DESC, author_id LIMIT 10",
            r => Account(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt64(2)));
        var posts = store.Query($"{cte} SELECT id, epoch_us(created_at) FROM hit ORDER BY created_at DESC, id LIMIT 200", r => (Id: r.GetString(0), At: r.GetInt64(1)));
        var start = posts.Count > 0 ? Sql.FromMicros(posts[^1].At) : window.RecentStart;
        var end = posts.Count > 0 ? Sql.FromMicros(posts[0].At) : window.End;
        return new HashtagHijack(tag, home, carrier, recentPosts, basePosts, share, baseShare, tags, accounts, [.. posts.Select(p => p.Id)], start, end);
    }

    private (Dictionary<int, IReadOnlyList<RankedItem>> Accounts, Dictionary<int, (long Posts, long Authors)> Totals) Details(TrendScope scope, string mapping)
    {
        var store = analyzer.Store;
        var cte = $"""
            WITH {scope.Cte()}, c(tag, community) AS (VALUES {mapping}),
            pc AS (SELECT DISTINCT s.platform, s.id, s.author_id, s.author_name, c.community FROM (SELECT platform, id, author_id, author_name, unnest(tags) AS tag FROM scoped) s JOIN c ON c.tag = s.tag)
            """;
        var totals = store.Query($"{cte} SELECT community, count(*), count(DISTINCT author_id) FROM pc GROUP BY community",
            r => (C: r.GetInt32(0), Posts: r.GetInt64(1), Authors: r.GetInt64(2))).ToDictionary(x => x.C, x => (x.Posts, x.Authors));
        var accounts = store.Query(
            $"""
            {cte}
            SELECT community, author_id, max(author_name), count(*) AS n FROM pc WHERE author_id IS NOT NULL
            GROUP BY community, author_id QUALIFY row_number() OVER (PARTITION BY community ORDER BY n DESC, author_id) <= 5
            ORDER BY community, n DESC, author_id
            """,
            r => (C: r.GetInt32(0), Item: Account(r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetInt64(3))));
        return (accounts.GroupBy(a => a.C).ToDictionary(g => g.Key, g => (IReadOnlyList<RankedItem>)[.. g.Select(x => x.Item)]), totals);
    }

    private static RankedItem Account(string id, string? name, long posts) =>
        new(name is null ? id : "@" + name, posts, new EntityRef(EntityKinds.Account, id, name));

    private static string Values(IEnumerable<KeyValuePair<string, int>> membership) =>
        string.Join(", ", membership.Select(m => $"({Sql.Text(m.Key)}, {m.Value.ToString(CultureInfo.InvariantCulture)})"));
}
