namespace Graywatch.Detectors.Overview;

/// <summary>How many posts there are, how many carry a creation time, and the span those times cover.</summary>
internal sealed record PostSpan(long Posts, long WithCreatedAt, DateTimeOffset? First, DateTimeOffset? Last, long Authors)
{
    public long WithoutCreatedAt => Posts - WithCreatedAt;
}
