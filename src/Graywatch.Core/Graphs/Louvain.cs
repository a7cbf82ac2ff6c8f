namespace Graywatch.Graphs;

/// <summary>Louvain community detection (Blondel, Guillaume, Lambiotte, Lefebvre 2008) on a weighted undirected graph.</summary>
/// <remarks>
/// <para>
/// Phase 1 moves each node, in an order shuffled by the given <see cref="Random"/>, to the neighbouring community with the
/// largest modularity gain <c>k_i,C - γ·Σ_C·k_i / 2m</c>, until a full pass moves nothing; phase 2 folds each community
/// into one node (internal weight becomes a self-loop) and repeats, until no node moves.
/// </para>
/// <para>
/// No .NET graph library on the package feed implements Louvain or Leiden (QuikGraph has neither), so this follows the
/// paper. Deterministic for a given seed. O(m) per pass; typically a handful of passes. Stateless and thread-safe.
/// </para>
/// </remarks>
public static class Louvain
{
    private const double MinGain = 1e-12;

    /// <param name="resolution">γ: above 1 favours smaller communities, below 1 larger ones (default 1).</param>
    /// <exception cref="ArgumentException">An edge names a node outside <c>0…nodeCount-1</c> or has a weight that is not positive.</exception>
    public static Communities Detect(int nodeCount, IEnumerable<WeightedEdge> edges, Random random, double resolution = 1.0)
    {
        var graph = Level.From(nodeCount, edges);
        var membership = Enumerable.Range(0, nodeCount).ToArray();
        var current = graph;
        while (true)
        {
            var (local, moved) = MoveNodes(current, random, resolution);
            if (!moved)
            {
                break;
            }
            for (var i = 0; i < membership.Length; i++)
            {
                membership[i] = local[membership[i]];
            }
            current = current.Fold(local, local.Max() + 1);
        }
        var renumbered = Renumber(graph, membership, out var count);
        return new Communities(renumbered, count, Modularity(graph, renumbered, resolution));
    }

    /// <summary>Modularity of <paramref name="membership"/> on the graph: Σ_C [in_C / 2m - γ (Σ_C / 2m)²].</summary>
    public static double Modularity(int nodeCount, IEnumerable<WeightedEdge> edges, IReadOnlyList<int> membership, double resolution = 1.0) =>
        Modularity(Level.From(nodeCount, edges), membership, resolution);

    private static double Modularity(Level g, IReadOnlyList<int> membership, double resolution)
    {
        var m2 = g.TotalDegree;
        if (m2 <= 0)
        {
            return 0;
        }
        var inside = new Dictionary<int, double>();
        var total = new Dictionary<int, double>();
        for (var i = 0; i < g.Count; i++)
        {
            var c = membership[i];
            total[c] = total.GetValueOrDefault(c) + g.Degree[i];
            var within = 2 * g.SelfLoop[i];
            foreach (var (j, w) in g.Neighbours[i])
            {
                if (membership[j] == c)
                {
                    within += w;
                }
            }
            inside[c] = inside.GetValueOrDefault(c) + within;
        }
        return total.Keys.Sum(c => (inside.GetValueOrDefault(c) / m2) - (resolution * Math.Pow(total[c] / m2, 2)));
    }

    private static (int[] Membership, bool Moved) MoveNodes(Level g, Random random, double resolution)
    {
        var n = g.Count;
        var community = Enumerable.Range(0, n).ToArray();
        var total = (double[])g.Degree.Clone();
        var m2 = g.TotalDegree;
        if (m2 <= 0)
        {
            return (community, false);
        }
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        var linkTo = new double[n];
        var touched = new List<int>();
        var movedAny = false;
        bool movedInPass;
        do
        {
            movedInPass = false;
            foreach (var i in order)
            {
                var own = community[i];
                var k = g.Degree[i];
                foreach (var (j, w) in g.Neighbours[i])
                {
                    var c = community[j];
                    if (linkTo[c] == 0)
                    {
                        touched.Add(c);
                    }
                    linkTo[c] += w;
                }
                total[own] -= k;
                var best = own;
                var bestGain = linkTo[own] - (resolution * total[own] * k / m2);
                foreach (var c in touched)
                {
                    var gain = linkTo[c] - (resolution * total[c] * k / m2);
                    if (gain > bestGain + MinGain || (Math.Abs(gain - bestGain) <= MinGain && c < best && best != own))
                    {
                        best = c;
                        bestGain = gain;
                    }
                }
                total[best] += k;
                if (best != own)
                {
                    community[i] = best;
                    movedInPass = true;
                    movedAny = true;
                }
                foreach (var c in touched)
                {
                    linkTo[c] = 0;
                }
                linkTo[own] = 0;
                touched.Clear();
            }
        }
        while (movedInPass);
        var ids = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            if (!ids.TryGetValue(community[i], out var id))
            {
                id = ids.Count;
                ids[community[i]] = id;
            }
            community[i] = id;
        }
        return (community, movedAny);
    }

    private static int[] Renumber(Level g, int[] membership, out int count)
    {
        var degree = new Dictionary<int, (double Degree, int FirstNode)>();
        for (var i = 0; i < membership.Length; i++)
        {
            var c = membership[i];
            degree[c] = degree.TryGetValue(c, out var d) ? (d.Degree + g.Degree[i], d.FirstNode) : (g.Degree[i], i);
        }
        var order = degree.OrderByDescending(x => x.Value.Degree).ThenBy(x => x.Value.FirstNode).Select((x, rank) => (x.Key, rank))
            .ToDictionary(x => x.Key, x => x.rank);
        count = order.Count;
        return [.. membership.Select(c => order[c])];
    }

    /// <summary>One level of the hierarchy: adjacency without self-loops, self-loop weights, and weighted degrees (self-loops twice).</summary>
    private sealed class Level(List<(int Node, double Weight)>[] neighbours, double[] selfLoop)
    {
        public int Count => neighbours.Length;
        public List<(int Node, double Weight)>[] Neighbours => neighbours;
        public double[] SelfLoop => selfLoop;
        public double[] Degree { get; } = [.. neighbours.Select((list, i) => list.Sum(x => x.Weight) + (2 * selfLoop[i]))];
        public double TotalDegree => Degree.Sum();

        public static Level From(int nodeCount, IEnumerable<WeightedEdge> edges)
        {
            var merged = new Dictionary<(int, int), double>();
            var loops = new double[nodeCount];
            foreach (var e in edges)
            {
                if ((uint)e.From >= (uint)nodeCount || (uint)e.To >= (uint)nodeCount)
                {
                    throw new ArgumentException($"edge {e.From}-{e.To} names a node outside 0…{nodeCount - 1}", nameof(edges));
                }
                if (!(e.Weight > 0) || !double.IsFinite(e.Weight))
                {
                    throw new ArgumentException($"edge {e.From}-{e.To} has weight {e.Weight}; weights must be positive", nameof(edges));
                }
                if (e.From == e.To)
                {
                    loops[e.From] += e.Weight;
                    continue;
                }
                var key = e.From < e.To ? (e.From, e.To) : (e.To, e.From);
                merged[key] = merged.GetValueOrDefault(key) + e.Weight;
            }
            return Build(nodeCount, merged, loops);
        }

        public Level Fold(int[] community, int count)
        {
            var merged = new Dictionary<(int, int), double>();
            var loops = new double[count];
            for (var i = 0; i < Count; i++)
            {
                var ci = community[i];
                loops[ci] += selfLoop[i];
                foreach (var (j, w) in neighbours[i])
                {
                    if (j < i)
                    {
                        continue;
                    }
                    var cj = community[j];
                    if (ci == cj)
                    {
                        loops[ci] += w;
                    }
                    else
                    {
                        var key = ci < cj ? (ci, cj) : (cj, ci);
                        merged[key] = merged.GetValueOrDefault(key) + w;
                    }
                }
            }
            return Build(count, merged, loops);
        }

        private static Level Build(int count, Dictionary<(int, int), double> merged, double[] loops)
        {
            var lists = new List<(int, double)>[count];
            for (var i = 0; i < count; i++)
            {
                lists[i] = [];
            }
            foreach (var ((a, b), w) in merged.OrderBy(x => x.Key.Item1).ThenBy(x => x.Key.Item2))
            {
                lists[a].Add((b, w));
                lists[b].Add((a, w));
            }
            return new Level(lists, loops);
        }
    }
}
