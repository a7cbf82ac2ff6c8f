namespace Graywatch.Findings;

/// <summary>One row of a ranking: a label, its value, and optionally the entity it stands for.</summary>
public sealed record RankedItem(string Label, double Value, EntityRef? Entity = null);
