namespace Graywatch.Trends;

/// <summary>The time frame of an analysis: where the scope starts and ends, the recent window and the window before it.</summary>
/// <param name="Bin">The bin actually used for series (widened when the requested one would give too many bins).</param>
public sealed record TrendWindow(DateTimeOffset Start, DateTimeOffset End, DateTimeOffset RecentStart, DateTimeOffset PreviousStart, TimeSpan Bin, long Posts);
