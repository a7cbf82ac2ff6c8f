namespace Graywatch.Findings;

/// <summary>A named, ordered list in a finding's evidence (top hashtags, top accounts, ...).</summary>
public sealed record Ranking(string Name, string Unit, IReadOnlyList<RankedItem> Items);
