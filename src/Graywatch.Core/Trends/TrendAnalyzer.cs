using Graywatch.Bursts;
using Graywatch.Findings;
using Graywatch.Store;

namespace Graywatch.Trends;

/// <summary>Emerging hashtags, sounds, effects and keywords: counts per window and per bin in SQL, scores and bursts in memory for the top few.</summary>
/// <remarks>
/// Every count is a DuckDB aggregate over the posts in a <see cref="TrendScope"/>, so the store is never loaded; only
/// the top entities' binned series come into memory. The scope's end is <see cref="TrendScope.Until"/> when set, else
/// the newest post: the analysis describes the data, not the wall clock. Use from one thread (the store's rule).
/// </remarks>
public sealed class TrendAnalyzer(GraywatchStore store, TrendOptions options)
{
    /// <summary>At most this many bins per series; a finer bin is widened (doubled) until the span fits.</summary>
    public const int MaxBins = 20_000;

    private static readonly string[] StopWords =
    [
        "the", "and", "for", "you", "your", "this", "that", "with", "are", "was", "but", "not", "all", "can", "have", "has", "just",
        "from", "what", "when", "who", "how", "why", "they", "them", "her", "his", "she", "him", "our", "out", "get", "got", "its",
        "it's", "too", "very", "will", "one", "about", "like", "into", "than", "then", "there", "here", "been", "more", "some",
        "của", "và", "các", "những", "không", "này", "cho", "với", "một", "được", "người", "khi", "thì", "mình", "anh", "cũng",
        "như", "nhưng", "lại", "rồi", "mà", "vào", "còn", "nào", "đã", "đang", "thế", "quá", "nhé", "luôn", "cái",
    ];

    public GraywatchStore Store => store;

    public TrendOptions Options => options;

    /// <summary>The scope's time frame, or null when no post in scope has a creation time.</summary>
    public TrendWindow? Window(TrendScope scope)
    {
        var row = store.Query(
            $"WITH {scope.Cte()} SELECT count(*), epoch_us(min(created_at)), epoch_us(max(created_at)) FROM scoped",
            r => (Posts: r.GetInt64(0), First: r.IsDBNull(1) ? (long?)null : r.GetInt64(1), Last: r.IsDBNull(2) ? (long?)null : r.GetInt64(2)))[0];
        if (row.Posts == 0 || row.First is not { } first || row.Last is not { } last)
        {
            return null;
        }
        var start = scope.Since ?? Sql.FromMicros(first);
        var end = scope.Until ?? Sql.FromMicros(last);
        var bin = options.Bin;
        while ((end - start).Ticks / bin.Ticks > MaxBins)
        {
            bin += bin;
        }
        return new TrendWindow(start, end, end - options.Window, end - options.Window - options.Window, bin, row.Posts);
    }

    /// <summary>The entities with the highest trend score (at least <see cref="TrendOptions.MinPosts"/> recent posts), with series and bursts.</summary>
    public IReadOnlyList<TrendEntity> Emerging(TrendEntityKind kind, TrendScope scope)
    {
        var window = Window(scope);
        if (window is null)
        {
            return [];
        }
        IReadOnlyCollection<string> exclude = kind == TrendEntityKind.Hashtag ? [.. scope.WithTags, .. options.GenericHashtags] : [];
        var recent = Sql.Time(window.RecentStart);
        var previous = Sql.Time(window.PreviousStart);
        var end = Sql.Time(window.End);
        var entities = store.Query(
            $"""
            WITH {scope.Cte()}, {EntityCte(kind)},
            counted AS (
                SELECT e, max(label) AS label, count(*) AS n, count(DISTINCT author_id) AS authors,
                       count(*) FILTER (WHERE created_at > {recent} AND created_at <= {end}) AS v,
                       count(*) FILTER (WHERE created_at > {previous} AND created_at <= {recent}) AS p,
                       count(DISTINCT author_id) FILTER (WHERE created_at > {recent} AND created_at <= {end}) AS a,
                       epoch_us(min(created_at)) AS first_us, epoch_us(max(created_at)) AS last_us
                FROM ent WHERE e IS NOT NULL AND e <> '' AND NOT list_contains({Sql.TextList(exclude)}, e)
                GROUP BY e HAVING v >= {options.MinPosts}
            )
            SELECT e, label, n, authors, v, p, a, first_us, last_us,
                   least(1.0, a / v) * log2(1 + v) * greatest(0, log2((v + 1.0) / (p + 1.0))) AS score
            FROM counted ORDER BY score DESC, v DESC, e LIMIT {options.Top}
            """,
            r => new TrendEntity(kind, r.GetString(0), Label(kind, r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1)),
                r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), Sql.FromMicros(r.GetInt64(7)), Sql.FromMicros(r.GetInt64(8))));
        if (entities.Count == 0)
        {
            return [];
        }
        var series = BinnedCounts(scope, window, EntityCte(kind), entities.Select(e => e.Key));
        var totals = series[""];
        return [.. entities.Select(e =>
        {
            var counts = series.GetValueOrDefault(e.Key) ?? new long[totals.Length];
            return e with { Series = Points(window, counts), Bursts = BinnedBursts(window, counts, totals) };
        })];
    }

    /// <summary>The posts, authors and span of the scope (the <c>--with</c> combination), or null when it is empty.</summary>
    public (long Posts, long Authors, DateTimeOffset First, DateTimeOffset Last)? Combination(TrendScope scope)
    {
        var row = store.Query(
            $"WITH {scope.Cte()} SELECT count(*), count(DISTINCT author_id), epoch_us(min(created_at)), epoch_us(max(created_at)) FROM scoped",
            r => (r.GetInt64(0), r.GetInt64(1), r.IsDBNull(2) ? 0 : r.GetInt64(2), r.IsDBNull(3) ? 0 : r.GetInt64(3)))[0];
        return row.Item1 == 0 ? null : (row.Item1, row.Item2, Sql.FromMicros(row.Item3), Sql.FromMicros(row.Item4));
    }

    /// <summary>The accounts with most posts carrying any of <paramref name="hashtags"/>, most first.</summary>
    public IReadOnlyList<RankedItem> Accounts(TrendScope scope, IEnumerable<string> hashtags, int top) => store.Query(
        $"""
        WITH {scope.Cte()}
        SELECT author_id, max(author_name), count(*) AS n FROM scoped
        WHERE author_id IS NOT NULL AND list_has_any(tags, {Sql.TextList(hashtags)})
        GROUP BY author_id ORDER BY n DESC, author_id LIMIT {top}
        """,
        r => new RankedItem(r.IsDBNull(1) ? r.GetString(0) : "@" + r.GetString(1), r.GetInt64(2),
            new EntityRef(EntityKinds.Account, r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1))));

    /// <summary>A CTE named <c>ent</c>: one row per post and entity of <paramref name="kind"/>, with a <c>label</c>.</summary>
    internal static string EntityCte(TrendEntityKind kind)
    {
        var (expr, label) = kind switch
        {
            TrendEntityKind.Hashtag => ("tags", "NULL"),
            TrendEntityKind.Sound => ("CASE WHEN sound IS NULL THEN []::VARCHAR[] ELSE [sound] END", "sound_title"),
            TrendEntityKind.Effect => ("list_distinct(effects)", "NULL"),
            _ => ($"""
                list_distinct(list_filter(
                    regexp_extract_all(lower(regexp_replace(coalesce(text, ''), '[#@][^\s#@]+', ' ', 'g')), '\p{"{L}"}[\p{"{L}"}\p{"{N}"}]{"{2,19}"}'),
                    w -> NOT list_contains({Sql.TextList(StopWords)}, w)))
                """, "NULL"),
        };
        return $"ent AS (SELECT platform, id, author_id, created_at, {label} AS label, unnest({expr}) AS e FROM scoped)";
    }

    /// <summary>Posts per bin for each key (from <paramref name="entityCte"/>) and, under the key "", for all posts in scope.</summary>
    internal Dictionary<string, long[]> BinnedCounts(TrendScope scope, TrendWindow window, string entityCte, IEnumerable<string> keys)
    {
        var binMicros = window.Bin.Ticks / TimeSpan.TicksPerMicrosecond;
        var first = FirstBin(window);
        var count = Bins(window);
        var result = new Dictionary<string, long[]>(StringComparer.Ordinal) { [""] = new long[count] };
        var bin = $"CAST(floor(epoch_us(created_at) / {binMicros}) AS BIGINT) - {first}";
        var inRange = $"created_at <= {Sql.Time(window.End)} AND created_at >= {Sql.Time(window.Start)}";
        foreach (var (b, n) in store.Query($"WITH {scope.Cte()} SELECT {bin} AS b, count(*) FROM scoped WHERE {inRange} GROUP BY b",
            r => (r.GetInt64(0), r.GetInt64(1))))
        {
            if (b >= 0 && b < count)
            {
                result[""][b] = n;
            }
        }
        var list = keys.ToList();
        if (list.Count == 0)
        {
            return result;
        }
        foreach (var (e, b, n) in store.Query(
            $"WITH {scope.Cte()}, {entityCte} SELECT e, {bin} AS b, count(*) FROM ent WHERE {inRange} AND list_contains({Sql.TextList(list)}, e) GROUP BY e, b",
            r => (r.GetString(0), r.GetInt64(1), r.GetInt64(2))))
        {
            if (b >= 0 && b < count)
            {
                if (!result.TryGetValue(e, out var counts))
                {
                    counts = new long[count];
                    result[e] = counts;
                }
                counts[b] = n;
            }
        }
        return result;
    }

    internal IReadOnlyList<TimedBurst> BinnedBursts(TrendWindow window, long[] counts, long[] totals)
    {
        var bursts = KleinbergBinnedBursts.Detect(counts, totals, options.Bursts);
        return [.. bursts.Select(b => new TimedBurst(b.Level, BinTime(window, b.First), BinTime(window, b.Last + 1), b.Weight))];
    }

    internal static IReadOnlyList<SeriesPoint> Points(TrendWindow window, long[] counts) =>
        [.. counts.Select((n, i) => new SeriesPoint(BinTime(window, i), n))];

    internal static DateTimeOffset BinTime(TrendWindow window, long index) =>
        DateTimeOffset.UnixEpoch.AddTicks((FirstBin(window) + index) * window.Bin.Ticks);

    private static long FirstBin(TrendWindow window) => (long)Math.Floor((window.Start - DateTimeOffset.UnixEpoch).Ticks / (double)window.Bin.Ticks);

    private static int Bins(TrendWindow window)
    {
        var last = (long)Math.Floor((window.End - DateTimeOffset.UnixEpoch).Ticks / (double)window.Bin.Ticks);
        return (int)(last - FirstBin(window) + 1);
    }

    private static string Label(TrendEntityKind kind, string key, string? label) => kind switch
    {
        TrendEntityKind.Hashtag => "#" + key,
        TrendEntityKind.Sound => label ?? key,
        _ => key,
    };
}
