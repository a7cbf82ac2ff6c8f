namespace Graywatch.Simulation;

/// <summary>Cumulative engagement counts of one post, one entry per round; every series is non-decreasing.</summary>
internal sealed class Engagement(int rounds)
{
    public long[] Views { get; } = new long[rounds];
    public long[] Likes { get; } = new long[rounds];
    public long[] Comments { get; } = new long[rounds];
    public long[] Shares { get; } = new long[rounds];
    public long[] Saves { get; } = new long[rounds];
}
