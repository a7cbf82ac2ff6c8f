namespace Graywatch.Detectors.Overview;

/// <summary>How many posts have engagement snapshots, how many only one, and their views from the latest snapshot.</summary>
internal sealed record EngagementCoverage(long PostsWithSnapshots, long SingleSnapshotPosts, long Views);
