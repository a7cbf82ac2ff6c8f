namespace Graywatch.Model;

/// <summary>A piece of content published on a platform: one short video, tweet or repost.</summary>
/// <remarks>Ids are strings because platform ids exceed 2^53. Times are UTC.</remarks>
public sealed record Post
{
    public required string Platform { get; init; }
    public required string Id { get; init; }
    public string? AuthorId { get; init; }
    public string? AuthorName { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public string? Text { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<string> Hashtags { get; init; } = [];
    public IReadOnlyList<string> Mentions { get; init; } = [];
    public string? SoundId { get; init; }
    public string? SoundTitle { get; init; }
    public string? SoundAuthor { get; init; }
    public IReadOnlyList<string> EffectIds { get; init; } = [];
    /// <summary>The post this one duets, stitches, reposts or replies to.</summary>
    public string? ParentId { get; init; }
    /// <summary>How this post relates to <see cref="ParentId"/>: see <see cref="ParentKinds"/>.</summary>
    public string? ParentKind { get; init; }
    public IReadOnlyList<string> Urls { get; init; } = [];
    public double? DurationSeconds { get; init; }
    public string? RegionCode { get; init; }
    public string? PlaceName { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public IReadOnlyList<string> StickerTexts { get; init; } = [];
    public string? Transcript { get; init; }
}
