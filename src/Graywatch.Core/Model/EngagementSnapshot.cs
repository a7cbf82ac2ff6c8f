namespace Graywatch.Model;

/// <summary>The engagement counts of one post as observed at one time.</summary>
/// <remarks>Two snapshots of the same post make a growth curve. Missing counts are null, never zero.</remarks>
public sealed record EngagementSnapshot
{
    public required string Platform { get; init; }
    public required string PostId { get; init; }
    public required DateTimeOffset ObservedAt { get; init; }
    public long? Views { get; init; }
    public long? Likes { get; init; }
    public long? Comments { get; init; }
    public long? Shares { get; init; }
    public long? Saves { get; init; }

    /// <summary>True when at least one count is known.</summary>
    public bool HasAnyCount => Views is not null || Likes is not null || Comments is not null || Shares is not null || Saves is not null;
}
