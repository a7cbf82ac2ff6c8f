using Graywatch.Findings;

namespace Graywatch.Coordination;

/// <summary>Turns a coordination network (or one group of it) into a <see cref="Graph"/> for findings and GraphML.</summary>
public static class NetworkGraph
{
    /// <summary>The network's accounts and edges; with <paramref name="members"/>, only the edges among them.</summary>
    public static Graph From(CoordinationResult result, string name, IReadOnlySet<int>? members = null)
    {
        var net = result.Network;
        var names = net.Names;
        var stats = NetworkStats.Of(result);
        var nodes = net.Vertices
            .Where(a => members is null || members.Contains(a))
            .Select(a => new GraphNode(names[a], null, net.Group[a], stats.Accounts[a].WeightedDegree)
            {
                Attributes = new Dictionary<string, double>
                {
                    ["flagged_group"] = net.FlaggedGroup.GetValueOrDefault(a),
                    ["degree"] = stats.Accounts[a].Degree,
                    ["flagged_degree"] = stats.Accounts[a].FlaggedDegree,
                    ["shares"] = stats.Accounts[a].Shares,
                    ["coordinated_posts"] = stats.Accounts[a].CoordinatedPosts,
                },
            })
            .ToList();
        var edges = net.Edges
            .Where(e => members is null || (members.Contains(e.From) && members.Contains(e.To)))
            .Select(e => new GraphEdge(names[e.From], names[e.To], e.Weight, e.AboveThreshold)
            {
                Attributes = new Dictionary<string, double>
                {
                    ["avg_time_delta"] = e.AvgTimeDelta,
                    ["n_content_id"] = e.ContentCount,
                    ["n_content_id_y"] = e.ContentCountY,
                    ["edge_symmetry_score"] = e.Symmetry,
                },
            })
            .ToList();
        return new Graph(name, nodes, edges);
    }
}
