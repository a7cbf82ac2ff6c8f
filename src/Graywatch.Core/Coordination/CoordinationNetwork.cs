namespace Graywatch.Coordination;

/// <summary>Stage two of CooRTweet's method: the weighted account network, its percentile threshold and its connected groups.</summary>
/// <remarks>
/// Follows <c>generate_coordinated_network</c> of CooRTweet 2.1.3: pairs are aggregated per unordered account pair
/// (weight = pairs, mean time delta, distinct older and newer contents, their symmetry); the threshold is the
/// <c>edge_weight</c> quantile of all weights (R's default type 7) and an edge is flagged when its weight exceeds it.
/// Edges keep the order of their first pair and vertices the order in which igraph numbers them, so the edge list reads
/// as CooRTweet's does. Groups are connected components, numbered from 1 in vertex order, of the whole network
/// (<see cref="Group"/>) and of the flagged edges only (<see cref="FlaggedGroup"/>, 0 for accounts without one).
/// Immutable.
/// </remarks>
public sealed class CoordinationNetwork
{
    private CoordinationNetwork(
        StringPool names, IReadOnlyList<NetworkEdge> edges, double threshold, IReadOnlyList<int> vertices,
        IReadOnlyDictionary<int, int> group, IReadOnlyDictionary<int, int> flaggedGroup)
    {
        Names = names;
        Edges = edges;
        Threshold = threshold;
        Vertices = vertices;
        Group = group;
        FlaggedGroup = flaggedGroup;
    }

    public StringPool Names { get; }

    public IReadOnlyList<NetworkEdge> Edges { get; }

    /// <summary>The edge-weight percentile value; edges above it are flagged.</summary>
    public double Threshold { get; }

    /// <summary>Accounts in igraph's vertex order.</summary>
    public IReadOnlyList<int> Vertices { get; }

    /// <summary>Connected component (from 1) of each account in the whole network.</summary>
    public IReadOnlyDictionary<int, int> Group { get; }

    /// <summary>Connected component (from 1) of each account among the flagged edges; accounts without a flagged edge are absent.</summary>
    public IReadOnlyDictionary<int, int> FlaggedGroup { get; }

    public static CoordinationNetwork Build(CoordinatedPairs pairs, double edgeWeightPercentile)
    {
        var names = pairs.Names;
        var index = new Dictionary<long, int>();
        var ends = new List<(int Low, int High)>();
        var weight = new List<int>();
        var deltaSum = new List<long>();
        var olderSeen = new HashSet<long>();
        var newerSeen = new HashSet<long>();
        var older = new List<int>();
        var newer = new List<int>();
        for (var k = 0; k < pairs.Count; k++)
        {
            var a = pairs.Account[k];
            var b = pairs.AccountY[k];
            var (low, high) = string.CompareOrdinal(names[a], names[b]) <= 0 ? (a, b) : (b, a);
            var key = ((long)low << 32) | (uint)high;
            if (!index.TryGetValue(key, out var e))
            {
                e = ends.Count;
                index.Add(key, e);
                ends.Add((low, high));
                weight.Add(0);
                deltaSum.Add(0);
                older.Add(0);
                newer.Add(0);
            }
            weight[e]++;
            deltaSum[e] += pairs.Delta[k];
            if (olderSeen.Add(((long)e << 32) | (uint)pairs.Content[k]))
            {
                older[e]++;
            }
            if (newerSeen.Add(((long)e << 32) | (uint)pairs.ContentY[k]))
            {
                newer[e]++;
            }
        }

        var threshold = Quantile7(weight, edgeWeightPercentile);
        var vertexIndex = new Dictionary<int, int>();
        var vertices = new List<int>();
        foreach (var (low, _) in ends)
        {
            AddVertex(low);
        }
        foreach (var (_, high) in ends)
        {
            AddVertex(high);
        }

        var edges = new NetworkEdge[ends.Count];
        for (var e = 0; e < ends.Count; e++)
        {
            var (low, high) = ends[e];
            var (from, to) = vertexIndex[low] <= vertexIndex[high] ? (low, high) : (high, low);
            edges[e] = new NetworkEdge(
                from, to, weight[e], (double)deltaSum[e] / weight[e], older[e], newer[e],
                (double)Math.Min(older[e], newer[e]) / Math.Max(older[e], newer[e]), weight[e] > threshold);
        }
        var group = Components(vertices, vertexIndex, edges, flaggedOnly: false);
        var flagged = Components(vertices, vertexIndex, edges, flaggedOnly: true);
        return new CoordinationNetwork(names, edges, threshold, vertices, group, flagged);

        void AddVertex(int account)
        {
            if (vertexIndex.TryAdd(account, vertices.Count))
            {
                vertices.Add(account);
            }
        }
    }

    /// <summary>R's default quantile (type 7): linear interpolation between order statistics.</summary>
    public static double Quantile7(IReadOnlyList<int> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var h = (sorted.Length - 1) * Math.Clamp(p, 0, 1);
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    private static Dictionary<int, int> Components(List<int> vertices, Dictionary<int, int> vertexIndex, NetworkEdge[] edges, bool flaggedOnly)
    {
        var sets = new UnionFind(vertices.Count);
        var inGraph = new bool[vertices.Count];
        foreach (var e in edges)
        {
            if (flaggedOnly && !e.AboveThreshold)
            {
                continue;
            }
            var a = vertexIndex[e.From];
            var b = vertexIndex[e.To];
            inGraph[a] = inGraph[b] = true;
            sets.Union(a, b);
        }
        var number = new Dictionary<int, int>();
        var result = new Dictionary<int, int>();
        for (var v = 0; v < vertices.Count; v++)
        {
            if (!inGraph[v])
            {
                continue;
            }
            var r = sets.Find(v);
            if (!number.TryGetValue(r, out var g))
            {
                g = number.Count + 1;
                number.Add(r, g);
            }
            result[vertices[v]] = g;
        }
        return result;
    }
}
