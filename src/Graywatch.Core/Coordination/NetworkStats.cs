namespace Graywatch.Coordination;

/// <summary>Per-account and per-group figures of a coordination network, for the CSV files and findings.</summary>
public sealed class NetworkStats
{
    private NetworkStats(IReadOnlyDictionary<int, AccountStats> accounts, IReadOnlyList<GroupStats> groups)
    {
        Accounts = accounts;
        Groups = groups;
    }

    public IReadOnlyDictionary<int, AccountStats> Accounts { get; }

    /// <summary>Groups of the whole network, by group number.</summary>
    public IReadOnlyList<GroupStats> Groups { get; }

    public static NetworkStats Of(CoordinationResult result)
    {
        var net = result.Network;
        var pairs = result.Pairs;
        var shares = new Dictionary<int, int>();
        foreach (var a in result.Shares.Accounts)
        {
            shares[a] = shares.GetValueOrDefault(a) + 1;
        }
        var degree = new Dictionary<int, (int Degree, long Weighted, int Flagged)>();
        foreach (var e in net.Edges)
        {
            Bump(e.From, e);
            Bump(e.To, e);
        }
        var posts = new Dictionary<int, HashSet<int>>();
        var objects = new Dictionary<int, HashSet<int>>();
        for (var k = 0; k < pairs.Count; k++)
        {
            Post(pairs.Account[k], pairs.Content[k]);
            Post(pairs.AccountY[k], pairs.ContentY[k]);
            var g = net.Group[pairs.Account[k]];
            if (!objects.TryGetValue(g, out var set))
            {
                objects[g] = set = [];
            }
            set.Add(pairs.ObjectId[k]);
        }
        var accounts = new Dictionary<int, AccountStats>();
        foreach (var a in net.Vertices)
        {
            var (d, w, f) = degree[a];
            accounts[a] = new AccountStats(d, w, f, shares.GetValueOrDefault(a), posts[a].Count);
        }
        var perGroup = new Dictionary<int, (int Accounts, int Edges, long Weight, int Flagged)>();
        foreach (var g in net.Group.Values)
        {
            var c = perGroup.GetValueOrDefault(g);
            perGroup[g] = (c.Accounts + 1, c.Edges, c.Weight, c.Flagged);
        }
        foreach (var e in net.Edges)
        {
            var g = net.Group[e.From];
            var c = perGroup[g];
            perGroup[g] = (c.Accounts, c.Edges + 1, c.Weight + e.Weight, c.Flagged + (e.AboveThreshold ? 1 : 0));
        }
        var groups = perGroup.OrderBy(kv => kv.Key)
            .Select(kv => new GroupStats(kv.Key, kv.Value.Accounts, kv.Value.Edges, kv.Value.Weight, kv.Value.Flagged,
                objects.TryGetValue(kv.Key, out var o) ? o.Count : 0))
            .ToList();
        return new NetworkStats(accounts, groups);

        void Bump(int account, NetworkEdge e)
        {
            var (d, w, f) = degree.GetValueOrDefault(account);
            degree[account] = (d + 1, w + e.Weight, f + (e.AboveThreshold ? 1 : 0));
        }

        void Post(int account, int content)
        {
            if (!posts.TryGetValue(account, out var set))
            {
                posts[account] = set = [];
            }
            set.Add(content);
        }
    }
}
