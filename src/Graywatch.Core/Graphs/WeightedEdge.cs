namespace Graywatch.Graphs;

/// <summary>An undirected edge between two nodes (by index) with a positive weight.</summary>
public readonly record struct WeightedEdge(int From, int To, double Weight);
