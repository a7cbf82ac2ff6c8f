namespace Graywatch.Findings;

/// <summary>One point of a time series in a finding's evidence.</summary>
public sealed record SeriesPoint(DateTimeOffset Time, double Value);
