namespace Graywatch.Findings;

/// <summary>An undirected edge of a <see cref="Graph"/> between two node ids, with a weight; <paramref name="Strong"/> marks edges above a threshold.</summary>
public sealed record GraphEdge(string Source, string Target, double Weight = 1, bool Strong = false)
{
    /// <summary>More named figures for exports such as GraphML (not drawn in the brief).</summary>
    public IReadOnlyDictionary<string, double> Attributes { get; init; } = new Dictionary<string, double>();
}
