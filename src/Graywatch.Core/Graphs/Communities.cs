namespace Graywatch.Graphs;

/// <summary>A partition of a graph's nodes into communities, with its modularity.</summary>
/// <param name="Membership">The community of each node, numbered 0… by decreasing total degree (ties: lowest node first).</param>
/// <param name="Modularity">Newman–Girvan modularity of the partition on the input graph, at the resolution used.</param>
public sealed record Communities(IReadOnlyList<int> Membership, int Count, double Modularity);
