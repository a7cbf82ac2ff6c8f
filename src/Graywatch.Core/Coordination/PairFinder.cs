namespace Graywatch.Coordination;

/// <summary>Stage one of CooRTweet's method: pairs of accounts that share the same object within the time window.</summary>
/// <remarks>
/// Follows <c>detect_groups</c> of CooRTweet 2.1.3 step for step, so the output equals it row for row and in order:
/// (1) drop accounts with fewer than <c>min_participation</c> shares; (2) per object, every pair of shares at most
/// <c>window</c> seconds apart; (3) drop loops (same account, same content, or a content that is the object itself);
/// (4) keep the pairs where at least one side belongs to an account with <c>min_participation</c> or more shares
/// among the paired contents; (5) put the older share first. Within an object the pairs come in CooRTweet's order,
/// but they are found with a sliding window over time-sorted shares, so a busy object costs pairs found rather
/// than all pairs. O(n + pairs·log). Stateless and thread-safe.
/// </remarks>
public static class PairFinder
{
    public static CoordinatedPairs Find(ShareTable shares, CoordinationOptions options, CancellationToken cancellationToken = default)
    {
        var n = shares.Count;
        var accounts = shares.Accounts;
        var objects = shares.Objects;
        var contents = shares.Contents;
        var times = shares.Times;
        var idCount = shares.Names.Count;

        var perAccount = new int[idCount];
        foreach (var a in accounts)
        {
            perAccount[a]++;
        }

        // CooRTweet's pre-filter groups rows by account in order of the account's first share; that order
        // breaks ties in time later, so it is reproduced here.
        var active = new bool[n];
        for (var i = 0; i < n; i++)
        {
            active[i] = perAccount[accounts[i]] >= options.MinParticipation;
        }
        var x = GroupStable(accounts, idCount, active, out _);
        var objectOfX = new int[x.Length];
        for (var k = 0; k < x.Length; k++)
        {
            objectOfX[k] = objects[x[k]];
        }
        var byObject = GroupStable(objectOfX, idCount, null, out var groupStarts);
        cancellationToken.ThrowIfCancellationRequested();

        var pairs = new List<(int I, int J)>();
        var scratch = new List<(long Time, int Pos)>();
        var groupPairs = new List<(int I, int J)>();
        for (var g = 0; g + 1 < groupStarts.Count; g++)
        {
            var start = groupStarts[g];
            var end = groupStarts[g + 1];
            if (end - start < 2)
            {
                continue;
            }
            scratch.Clear();
            for (var k = start; k < end; k++)
            {
                scratch.Add((times[x[byObject[k]]], byObject[k]));
            }
            scratch.Sort();
            groupPairs.Clear();
            var lo = 0;
            for (var k = 1; k < scratch.Count; k++)
            {
                while (scratch[k].Time - scratch[lo].Time > options.WindowSeconds)
                {
                    lo++;
                }
                for (var m = lo; m < k; m++)
                {
                    var p = scratch[m].Pos;
                    var q = scratch[k].Pos;
                    if (!IsLoop(x[p], x[q], accounts, objects, contents))
                    {
                        groupPairs.Add(p < q ? (p, q) : (q, p));
                    }
                }
            }
            groupPairs.Sort(static (a, b) => a.J != b.J ? a.J.CompareTo(b.J) : a.I.CompareTo(b.I));
            pairs.AddRange(groupPairs);
            if ((g & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        var kept = FilterMinParticipation(pairs, x, accounts, contents, idCount, options.MinParticipation);
        return Orient(shares, x, kept);
    }

    private static bool IsLoop(int a, int b, ReadOnlySpan<int> accounts, ReadOnlySpan<int> objects, ReadOnlySpan<int> contents) =>
        accounts[a] == accounts[b] || contents[a] == contents[b] || objects[a] == contents[a] || objects[a] == contents[b];

    private static List<(int I, int J)> FilterMinParticipation(
        List<(int I, int J)> pairs, int[] x, ReadOnlySpan<int> accounts, ReadOnlySpan<int> contents, int idCount, int minParticipation)
    {
        if (minParticipation < 1)
        {
            return pairs;
        }
        var paired = new bool[idCount];
        foreach (var (i, j) in pairs)
        {
            paired[contents[x[i]]] = true;
            paired[contents[x[j]]] = true;
        }
        var count = new int[idCount];
        foreach (var row in x)
        {
            if (paired[contents[row]])
            {
                count[accounts[row]]++;
            }
        }
        var qualifies = new bool[idCount];
        foreach (var row in x)
        {
            if (paired[contents[row]] && count[accounts[row]] >= minParticipation)
            {
                qualifies[contents[row]] = true;
            }
        }
        var kept = new List<(int I, int J)>(pairs.Count);
        foreach (var p in pairs)
        {
            if (qualifies[contents[x[p.I]]] || qualifies[contents[x[p.J]]])
            {
                kept.Add(p);
            }
        }
        return kept;
    }

    private static CoordinatedPairs Orient(ShareTable shares, int[] x, List<(int I, int J)> pairs)
    {
        var accounts = shares.Accounts;
        var objects = shares.Objects;
        var contents = shares.Contents;
        var times = shares.Times;
        var m = pairs.Count;
        var obj = new int[m];
        var content = new int[m];
        var contentY = new int[m];
        var delta = new long[m];
        var account = new int[m];
        var accountY = new int[m];
        for (var k = 0; k < m; k++)
        {
            var (older, newer) = (x[pairs[k].I], x[pairs[k].J]);
            if (times[older] > times[newer])
            {
                (older, newer) = (newer, older);
            }
            obj[k] = objects[older];
            content[k] = contents[older];
            contentY[k] = contents[newer];
            delta[k] = times[newer] - times[older];
            account[k] = accounts[older];
            accountY[k] = accounts[newer];
        }
        return new CoordinatedPairs(shares.Names, obj, content, contentY, delta, account, accountY);
    }

    /// <summary>
    /// Positions 0..n-1 that pass <paramref name="include"/> (all when null), grouped by key with groups in order of first sight and
    /// positions ascending within a group (what data.table's <c>by</c> does). A counting sort: O(n).
    /// </summary>
    private static int[] GroupStable(ReadOnlySpan<int> keys, int keyCount, bool[]? include, out List<int> groupStarts)
    {
        var n = keys.Length;
        var rank = new int[keyCount];
        Array.Fill(rank, -1);
        var sizes = new List<int>();
        var included = 0;
        for (var i = 0; i < n; i++)
        {
            if (include is not null && !include[i])
            {
                continue;
            }
            var k = keys[i];
            if (rank[k] < 0)
            {
                rank[k] = sizes.Count;
                sizes.Add(0);
            }
            sizes[rank[k]]++;
            included++;
        }
        groupStarts = new List<int>(sizes.Count + 1);
        var offsets = new int[sizes.Count];
        var sum = 0;
        for (var g = 0; g < sizes.Count; g++)
        {
            groupStarts.Add(sum);
            offsets[g] = sum;
            sum += sizes[g];
        }
        groupStarts.Add(sum);
        var result = new int[included];
        for (var i = 0; i < n; i++)
        {
            if (include is null || include[i])
            {
                result[offsets[rank[keys[i]]]++] = i;
            }
        }
        return result;
    }
}
