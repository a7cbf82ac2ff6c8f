namespace Graywatch.Findings;

/// <summary>A stretch of a series to mark in charts, such as a burst: its span, a short label and a level (1 = weakest).</summary>
public sealed record MarkedInterval(DateTimeOffset Start, DateTimeOffset End, string Label, int Level = 1);
