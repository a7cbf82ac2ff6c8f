using System.Data.Common;
using Graywatch.Sites;
using Graywatch.Store;

namespace Graywatch.Exposure;

/// <summary>Runs the exposure analysis over a store: places posts at sites, reads each account's pattern of life, and gathers watch-list matches.</summary>
/// <remarks>
/// Two streaming scans, so memory stays bounded on large stores: one over every post's place and words (placements and
/// watch list), one over the posts with coordinates ordered by account (pattern of life, one account in memory at a
/// time). Lists kept for evidence are capped at <see cref="MaxListed"/>. Stateless.
/// </remarks>
public sealed class ExposureAnalyzer(SiteRegistry registry, ExposureOptions options, ExposureWatchList watch, SiteRegistry? gazetteer = null)
{
    /// <summary>Most posts or placements listed per site or watch-list group.</summary>
    public const int MaxListed = 200;

    private readonly SiteIndex _index = registry.Index(options.VicinityMeters);

    public ExposureReport Run(GraywatchStore store, CancellationToken cancellationToken)
    {
        var locator = new PostLocator(registry, _index, watch, gazetteer);
        var sites = new Dictionary<int, SiteAccumulator>();
        var groups = new Dictionary<WatchCategory, WatchAccumulator>();
        var byMethod = new Dictionary<string, long>(StringComparer.Ordinal);
        long scanned = 0, placed = 0;
        using (var cmd = store.Connection.CreateCommand())
        {
            cmd.CommandText = """
                SELECT id, author_id, epoch_ms(created_at), lat, lon, place_name, text, array_to_string(sticker_texts, ' | '), transcript FROM posts
                """;
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                if ((++scanned & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                var id = reader.GetString(0);
                var author = Text(reader, 1);
                DateTimeOffset? created = reader.IsDBNull(2) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2));
                double? lat = reader.IsDBNull(3) ? null : reader.GetDouble(3);
                double? lon = reader.IsDBNull(4) ? null : reader.GetDouble(4);
                var words = locator.Words(Text(reader, 6), Text(reader, 7), Text(reader, 8));
                var placements = locator.Place(id, author, created, lat, lon, Text(reader, 5), words);
                if (placements.Count > 0)
                {
                    placed++;
                    Count(byMethod, placements[0].Method);
                    foreach (var p in placements)
                    {
                        (sites.TryGetValue(p.SiteIndex, out var acc) ? acc : sites[p.SiteIndex] = new SiteAccumulator()).Add(p, words.ShowsSite);
                    }
                }
                foreach (var category in words.Watch.Select(w => w.Category).Distinct())
                {
                    (groups.TryGetValue(category, out var g) ? g : groups[category] = new WatchAccumulator())
                        .Add(id, author, created, words.Watch.Where(w => w.Category == category).Select(w => w.Term), placements);
                }
            }
        }

        var life = new PatternOfLife(_index, options);
        var stationed = new List<StationedAccount>();
        long profiled = 0;
        foreach (var (account, posts) in LocatedByAccount(store, cancellationToken))
        {
            profiled++;
            if (life.Stationed(account, posts) is { } s)
            {
                stationed.Add(s);
            }
        }
        stationed.Sort((a, b) => b.Confidence != a.Confidence ? b.Confidence.CompareTo(a.Confidence) : string.CompareOrdinal(a.AccountId, b.AccountId));

        return new ExposureReport(registry, options, scanned, placed, byMethod,
            [.. sites.Where(kv => kv.Value.Posts >= options.MinSitePosts).Select(kv => kv.Value.ToExposure(registry.Sites[kv.Key]))
                .OrderByDescending(s => s.Inside).ThenByDescending(s => s.Posts).ThenBy(s => s.Site.Index)],
            profiled, stationed, life.Movements(stationed),
            [.. groups.Where(kv => kv.Value.Posts >= options.MinWatchPosts).OrderBy(kv => kv.Key).Select(kv => kv.Value.ToGroup(kv.Key))]);
    }

    private IEnumerable<(string Account, List<LocatedPost> Posts)> LocatedByAccount(GraywatchStore store, CancellationToken cancellationToken)
    {
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = $"""
            WITH located AS (
                SELECT author_id, id, epoch_ms(created_at) AS t, lat, lon FROM posts
                WHERE author_id IS NOT NULL AND created_at IS NOT NULL AND lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180 AND NOT (lat = 0 AND lon = 0)
            ), profiled AS (SELECT author_id FROM located GROUP BY author_id HAVING count(*) >= {options.MinLocatedPosts})
            SELECT l.author_id, l.id, l.t, l.lat, l.lon FROM located l SEMI JOIN profiled p ON l.author_id = p.author_id ORDER BY l.author_id, l.t
            """;
        using var reader = cmd.ExecuteReader();
        string? current = null;
        var posts = new List<LocatedPost>();
        while (reader.Read())
        {
            var author = reader.GetString(0);
            if (current is not null && author != current)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return (current, posts);
                posts = [];
            }
            current = author;
            posts.Add(new LocatedPost(reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)), reader.GetDouble(3), reader.GetDouble(4)));
        }
        if (current is not null)
        {
            yield return (current, posts);
        }
    }

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static void Count<TKey>(Dictionary<TKey, long> counts, TKey key) where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static List<(string, long)> Top(Dictionary<string, long> counts, int n) =>
        [.. counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n).Select(kv => (kv.Key, kv.Value))];

    private sealed class SiteAccumulator
    {
        private readonly Dictionary<string, long> _methods = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _accounts = new(StringComparer.Ordinal);
        private readonly Dictionary<long, long> _days = [];
        private readonly List<Placement> _placements = [];
        private readonly List<string> _showing = [];
        private long _inside;
        private long _showingCount;
        private double? _min;
        private DateTimeOffset? _first;
        private DateTimeOffset? _last;

        public long Posts { get; private set; }

        public void Add(Placement p, bool showsSite)
        {
            Posts++;
            _inside += p.Inside ? 1 : 0;
            Count(_methods, p.Method);
            Count(_accounts, p.AuthorId ?? "(unknown)");
            if (p.DistanceMeters is { } d)
            {
                _min = Math.Min(_min ?? d, d);
            }
            if (p.CreatedAt is { } t)
            {
                _first = _first is null || t < _first ? t : _first;
                _last = _last is null || t > _last ? t : _last;
                Count(_days, t.ToUnixTimeSeconds() / 86_400);
            }
            if (showsSite)
            {
                _showingCount++;
                if (_showing.Count < MaxListed)
                {
                    _showing.Add(p.PostId);
                }
            }
            _placements.Add(p);
            if (_placements.Count >= 4 * MaxListed)
            {
                Trim();
            }
        }

        public SiteExposure ToExposure(Site site)
        {
            Trim();
            return new SiteExposure(site, Posts, _inside, _showingCount, _methods, Top(_accounts, MaxListed), [.. _placements], _showing, _min, _first, _last,
                [.. _days.OrderBy(kv => kv.Key).Select(kv => (DateTimeOffset.FromUnixTimeSeconds(kv.Key * 86_400), kv.Value))]);
        }

        private void Trim()
        {
            _placements.Sort((a, b) => b.Confidence != a.Confidence ? b.Confidence.CompareTo(a.Confidence) : Nullable.Compare(a.CreatedAt, b.CreatedAt));
            if (_placements.Count > MaxListed)
            {
                _placements.RemoveRange(MaxListed, _placements.Count - MaxListed);
            }
        }
    }

    private sealed class WatchAccumulator
    {
        private readonly Dictionary<string, long> _accounts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _terms = new(StringComparer.Ordinal);
        private readonly List<string> _ids = [];
        private readonly HashSet<int> _sites = [];
        private DateTimeOffset? _first;
        private DateTimeOffset? _last;

        public long Posts { get; private set; }

        public void Add(string id, string? author, DateTimeOffset? created, IEnumerable<string> terms, List<Placement> placements)
        {
            Posts++;
            Count(_accounts, author ?? "(unknown)");
            foreach (var t in terms.Distinct(StringComparer.Ordinal))
            {
                Count(_terms, t);
            }
            if (_ids.Count < MaxListed)
            {
                _ids.Add(id);
            }
            foreach (var p in placements)
            {
                _sites.Add(p.SiteIndex);
            }
            if (created is { } t2)
            {
                _first = _first is null || t2 < _first ? t2 : _first;
                _last = _last is null || t2 > _last ? t2 : _last;
            }
        }

        public WatchGroup ToGroup(WatchCategory category) =>
            new(category, Posts, Top(_accounts, MaxListed), Top(_terms, 50), _ids, [.. _sites.Order()], _first, _last);
    }
}
