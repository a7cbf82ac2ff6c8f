namespace Graywatch.Trends;

/// <summary>The co-hashtag graph's size, its Louvain communities (largest first) and their modularity.</summary>
/// <param name="Membership">The community number of every hashtag in the graph.</param>
public sealed record CommunityReport(int Nodes, int Edges, double Modularity, IReadOnlyList<HashtagCommunity> Communities, IReadOnlyDictionary<string, int> Membership)
{
    public static CommunityReport Empty { get; } = new(0, 0, 0, [], new Dictionary<string, int>());
}
