namespace Graywatch.Trends;

/// <summary>A burst placed in time: its level (1 = first above the base rate), first and last moment, and Kleinberg weight.</summary>
public sealed record TimedBurst(int Level, DateTimeOffset Start, DateTimeOffset End, double Weight);
