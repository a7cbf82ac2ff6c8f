namespace Graywatch.Findings;

/// <summary>A network in a finding's evidence (drawn as a force-directed graph in the brief, exported as GraphML).</summary>
/// <param name="Name">What the network shows, such as <c>Coordination network</c>.</param>
public sealed record Graph(string Name, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);
