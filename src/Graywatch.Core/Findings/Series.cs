namespace Graywatch.Findings;

/// <summary>A named time series in a finding's evidence (drawn as a line or bar chart in the brief).</summary>
/// <param name="Unit">What a value counts, such as <c>posts per hour</c>.</param>
public sealed record Series(string Name, string Unit, IReadOnlyList<SeriesPoint> Points)
{
    /// <summary>Stretches to mark on the chart, such as burst intervals; empty for most series.</summary>
    public IReadOnlyList<MarkedInterval> Intervals { get; init; } = [];

    /// <summary>Series of one finding with the same chart name are drawn together in one chart under that name; null draws alone.</summary>
    public string? Chart { get; init; }

    /// <summary><c>low</c> or <c>high</c>: the lower or upper edge of a shaded band (such as a forecast interval) in its chart.</summary>
    public string? Band { get; init; }
}
