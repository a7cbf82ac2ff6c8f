using Graywatch.Findings;
using Graywatch.Model;
using Graywatch.Pipeline;
using Graywatch.Store;
using Microsoft.Extensions.Time.Testing;

namespace Graywatch.Testing;

/// <summary>Test values with sensible defaults; override what a test is about with <c>with { … }</c>.</summary>
public static class Some
{
    /// <summary>The fixed "now" of tests: 2025-03-01 00:00 UTC.</summary>
    public static DateTimeOffset Time { get; } = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A clock stopped at <see cref="Time"/>.</summary>
    public static FakeTimeProvider Clock() => new(Time);

    /// <summary>An empty store in memory, with the current schema.</summary>
    public static GraywatchStore Store() => GraywatchStore.Open(":memory:");

    /// <summary>A TikTok post by <paramref name="author"/>, created at <paramref name="createdAt"/> (default: <see cref="Time"/>).</summary>
    public static Post Post(string id, DateTimeOffset? createdAt = null, string author = "alice", params string[] hashtags) => new()
    {
        Platform = Platforms.TikTok,
        Id = id,
        AuthorId = author,
        AuthorName = author,
        CreatedAt = createdAt ?? Time,
        Text = $"post {id}",
        Hashtags = hashtags,
    };

    /// <summary>The counts of a TikTok post observed at <paramref name="observedAt"/> (default: an hour after <see cref="Time"/>).</summary>
    public static EngagementSnapshot Snapshot(string postId, long views, DateTimeOffset? observedAt = null) => new()
    {
        Platform = Platforms.TikTok,
        PostId = postId,
        ObservedAt = observedAt ?? Time.AddHours(1),
        Views = views,
        Likes = views / 10,
    };

    public static Account Account(string id, long followers = 100) => new()
    {
        Platform = Platforms.TikTok,
        Id = id,
        Name = id,
        Followers = followers,
        ObservedAt = Time,
    };

    public static Finding Finding(string id = "test-0000000000000001", Severity severity = Severity.Medium, string title = "A finding") => new()
    {
        Id = id,
        Module = "test",
        Detector = "test",
        Title = title,
        Summary = $"Summary of {title}.",
        Severity = severity,
        Confidence = 0.8,
        ObservedReach = 12_345,
        Start = Time.AddHours(-6),
        End = Time,
        Entities = [new EntityRef(EntityKinds.Hashtag, "drill")],
        Evidence = new Evidence
        {
            Metrics = new Dictionary<string, double> { ["posts"] = 42 },
            Series = [new Series("Posts per hour", "posts per hour", [new SeriesPoint(Time.AddHours(-1), 3), new SeriesPoint(Time, 5)])],
            Rankings = [new Ranking("Top hashtags", "posts", [new RankedItem("#drill", 30), new RankedItem("#storm", 12)])],
        },
        Caveats = ["Sampled feed data."],
        SuggestedResponse = "Watch it.",
    };

    /// <summary>An analysis of <paramref name="findings"/> generated at <see cref="Time"/>, in <paramref name="language"/>.</summary>
    public static AnalysisResult Result(string language, params Finding[] findings) =>
        new(findings, new StoreStats(10, 20, 3, 4, 1, 2), Time, language, []);
}
