namespace Graywatch.Findings;

/// <summary>A node of a <see cref="Graph"/>: an id, a label, a group (colour) and a size value.</summary>
public sealed record GraphNode(string Id, string? Label = null, int Group = 0, double Value = 1)
{
    /// <summary>More named figures for exports such as GraphML (not drawn in the brief).</summary>
    public IReadOnlyDictionary<string, double> Attributes { get; init; } = new Dictionary<string, double>();
}
