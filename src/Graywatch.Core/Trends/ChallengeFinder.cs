using Graywatch.Bursts;

namespace Graywatch.Trends;

/// <summary>Finds challenges and their lifecycle: hashtags naming a challenge, or travelling with one sound or effect, grouped when they go together.</summary>
/// <remarks>
/// A hashtag is a challenge hashtag when it contains one of <see cref="TrendOptions.ChallengeWords"/> and has at least
/// <see cref="TrendOptions.ChallengeMinAuthors"/> authors, or when one sound or effect carries at least
/// <see cref="TrendOptions.CarrierShare"/> of its posts and it has at least <see cref="TrendOptions.CarrierMinAuthors"/>
/// authors. Challenge hashtags join one challenge when they share that dominant sound or effect, or when one appears on
/// at least 30% of the other's posts. Counting is done in SQL; only the challenge hashtags come into memory.
/// </remarks>
public sealed class ChallengeFinder(TrendAnalyzer analyzer)
{
    private const double CoOccurrenceShare = 0.3;

    public IReadOnlyList<Challenge> Find(TrendScope scope)
    {
        var store = analyzer.Store;
        var options = analyzer.Options;
        var window = analyzer.Window(scope);
        if (window is null)
        {
            return [];
        }
        var words = Sql.TextList(options.ChallengeWords);
        var candidates = store.Query(
            $"""
            WITH {scope.Cte()},
            t AS (
                SELECT platform, id, author_id, unnest(tags) AS tag,
                       list_concat(CASE WHEN sound IS NULL THEN []::VARCHAR[] ELSE ['sound:' || sound] END,
                                   list_transform(list_distinct(effects), x -> 'effect:' || x)) AS carriers,
                       sound_title
                FROM scoped
            ),
            tot AS (
                SELECT tag, count(*) AS n, count(DISTINCT author_id) AS a,
                       len(list_filter({words}, w -> contains(tag, w))) > 0 AS named
                FROM t GROUP BY tag
                HAVING (named AND a >= {options.ChallengeMinAuthors}) OR a >= {options.CarrierMinAuthors}
            ),
            tc AS (
                SELECT tag, carrier, count(*) AS n, max(sound_title) AS title
                FROM (SELECT tag, unnest(carriers) AS carrier, sound_title FROM t WHERE tag IN (SELECT tag FROM tot))
                GROUP BY tag, carrier
            ),
            best AS (SELECT tag, arg_max(carrier, n) AS carrier, arg_max(title, n) AS title, max(n) AS n FROM tc GROUP BY tag)
            SELECT tot.tag, tot.n, tot.named, best.carrier, best.title, coalesce(best.n, 0)
            FROM tot LEFT JOIN best USING (tag)
            ORDER BY tot.n DESC, tot.tag
            """,
            r => new Candidate(r.GetString(0), r.GetInt64(1), r.GetBoolean(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.GetInt64(5)));
        var chosen = candidates
            .Select(c => c with { Carrier = c.CarrierPosts >= options.CarrierShare * c.Posts ? c.Carrier : null })
            .Where(c => c.Named || c.Carrier is not null)
            .ToList();
        if (chosen.Count == 0)
        {
            return [];
        }
        var groups = Group(scope, chosen);
        return [.. groups.Select(g => Lifecycle(scope, window, g)).OrderByDescending(c => c.Posts).ThenBy(c => c.Key, StringComparer.Ordinal)];
    }

    private List<List<Candidate>> Group(TrendScope scope, List<Candidate> chosen)
    {
        var index = chosen.Select((c, i) => (c.Tag, i)).ToDictionary(x => x.Tag, x => x.i, StringComparer.Ordinal);
        var parent = Enumerable.Range(0, chosen.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        void Union(int a, int b) => parent[Find(a)] = Find(b);

        foreach (var byCarrier in chosen.Select((c, i) => (c.Carrier, i)).Where(x => x.Carrier is not null).GroupBy(x => x.Carrier))
        {
            var first = byCarrier.First().i;
            foreach (var (_, i) in byCarrier)
            {
                Union(first, i);
            }
        }
        var list = Sql.TextList(chosen.Select(c => c.Tag));
        var pairs = analyzer.Store.Query(
            $"""
            WITH {scope.Cte()},
            t AS (SELECT platform, id, unnest(tags) AS tag FROM scoped WHERE list_has_any(tags, {list})),
            c AS (SELECT * FROM t WHERE list_contains({list}, tag))
            SELECT a.tag, b.tag, count(*) FROM c a JOIN c b ON a.platform = b.platform AND a.id = b.id AND a.tag < b.tag
            GROUP BY a.tag, b.tag
            """,
            r => (r.GetString(0), r.GetString(1), r.GetInt64(2)));
        foreach (var (a, b, n) in pairs)
        {
            var (ia, ib) = (index[a], index[b]);
            if (n >= CoOccurrenceShare * Math.Min(chosen[ia].Posts, chosen[ib].Posts))
            {
                Union(ia, ib);
            }
        }
        return [.. Enumerable.Range(0, chosen.Count).GroupBy(Find).Select(g => g.Select(i => chosen[i]).ToList())];
    }

    private Challenge Lifecycle(TrendScope scope, TrendWindow window, List<Candidate> group)
    {
        var store = analyzer.Store;
        var options = analyzer.Options;
        var tags = Sql.TextList(group.Select(c => c.Tag));
        var times = store.Query(
            $"WITH {scope.Cte()} SELECT epoch_us(created_at), author_id FROM scoped WHERE list_has_any(tags, {tags}) ORDER BY created_at",
            r => (Micros: r.GetInt64(0), Author: r.IsDBNull(1) ? null : r.GetString(1)));
        var authors = times.Select(t => t.Author).Where(a => a is not null).Distinct(StringComparer.Ordinal).Count();
        bool InRecent(DateTimeOffset t) => t > window.RecentStart && t <= window.End;
        bool InPrevious(DateTimeOffset t) => t > window.PreviousStart && t <= window.RecentStart;
        var stamps = times.Select(t => (Time: Sql.FromMicros(t.Micros), t.Author)).ToList();
        var recent = stamps.Where(s => InRecent(s.Time)).ToList();

        var binWindow = window with { Bin = options.ChallengeBin };
        var firstBin = Math.Floor((binWindow.Start - DateTimeOffset.UnixEpoch).Ticks / (double)options.ChallengeBin.Ticks);
        var lastBin = Math.Floor((binWindow.End - DateTimeOffset.UnixEpoch).Ticks / (double)options.ChallengeBin.Ticks);
        var counts = new long[(int)(lastBin - firstBin + 1)];
        foreach (var s in stamps)
        {
            var b = (int)(Math.Floor((s.Time - DateTimeOffset.UnixEpoch).Ticks / (double)options.ChallengeBin.Ticks) - firstBin);
            if (b >= 0 && b < counts.Length)
            {
                counts[b]++;
            }
        }
        var firstUsed = Array.FindIndex(counts, n => n > 0);
        var peak = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            peak = counts[i] > counts[peak] ? i : peak;
        }
        firstUsed = firstUsed < 0 ? 0 : firstUsed;
        var rise = peak - firstUsed;
        var growth = rise > 0 && counts[firstUsed] > 0 ? Math.Pow((double)counts[peak] / counts[firstUsed], 1.0 / rise) - 1 : 0;
        var latest = counts[^1];
        var decay = counts[peak] == 0 ? 0 : 1 - ((double)latest / counts[peak]);
        var phase = peak >= counts.Length - 2 ? ChallengePhase.Emerging : latest * 2 > counts[peak] ? ChallengePhase.Peaking : ChallengePhase.Decaying;

        var seconds = times.Select(t => t.Micros / 1e6).ToArray();
        var bursts = KleinbergEventBursts.Detect(seconds, options.Bursts)
            .Select(b => new TimedBurst(b.Level, Sql.FromMicros(times[b.First].Micros), Sql.FromMicros(times[b.Last].Micros), b.Weight))
            .ToList();
        var carrier = group.Select(c => c.Carrier).FirstOrDefault(c => c is not null);
        var carrierLabel = carrier is null ? null : group.First(c => c.Carrier == carrier).CarrierTitle ?? carrier;
        return new Challenge(
            [.. group.OrderByDescending(c => c.Posts).ThenBy(c => c.Tag, StringComparer.Ordinal).Select(c => c.Tag)],
            carrier, carrier is not null && carrier.StartsWith("effect:", StringComparison.Ordinal) ? carrier : carrierLabel,
            group.Any(c => c.Named), times.Count, authors,
            stamps.Count > 0 ? stamps[0].Time : window.Start, stamps.Count > 0 ? stamps[^1].Time : window.End,
            TrendAnalyzer.BinTime(binWindow, peak), counts.Length > 0 ? counts[peak] : 0, growth, decay, phase,
            recent.Count, stamps.Count(s => InPrevious(s.Time)), recent.Select(s => s.Author).Where(a => a is not null).Distinct(StringComparer.Ordinal).Count())
        {
            Series = TrendAnalyzer.Points(binWindow, counts),
            Bursts = bursts,
        };
    }

    private sealed record Candidate(string Tag, long Posts, bool Named, string? Carrier, string? CarrierTitle, long CarrierPosts);
}
