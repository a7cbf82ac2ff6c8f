namespace Graywatch.Model;

/// <summary>A comment on a post, or a reply to another comment.</summary>
public sealed record Comment
{
    public required string Platform { get; init; }
    public required string Id { get; init; }
    public string? PostId { get; init; }
    public string? ParentId { get; init; }
    public string? AuthorId { get; init; }
    public string? Text { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public long? Likes { get; init; }
    public long? Replies { get; init; }
}
