namespace Graywatch.Model;

/// <summary>An account as observed at one time (followers change, so accounts are observations too).</summary>
public sealed record Account
{
    public required string Platform { get; init; }
    public required string Id { get; init; }
    /// <summary>The handle (unique name), such as a TikTok <c>uniqueId</c>.</summary>
    public string? Name { get; init; }
    public string? DisplayName { get; init; }
    public long? Followers { get; init; }
    public long? Following { get; init; }
    public long? Likes { get; init; }
    public long? Videos { get; init; }
    public bool? Verified { get; init; }
    public string? Bio { get; init; }
    public required DateTimeOffset ObservedAt { get; init; }
}
