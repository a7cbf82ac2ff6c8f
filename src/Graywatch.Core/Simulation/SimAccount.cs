namespace Graywatch.Simulation;

/// <summary>One synthetic account; its profile does not change between rounds.</summary>
internal sealed class SimAccount
{
    public required string Id { get; init; }
    public required string UniqueId { get; init; }
    public required string Nickname { get; init; }
    public required string Signature { get; init; }
    public required CaptionLanguage Language { get; init; }
    public required long Followers { get; init; }
    public required long Following { get; init; }
    public required long Hearts { get; init; }
    public required long Videos { get; init; }
    public bool Verified { get; init; }
    /// <summary>The region code the account's located posts usually carry.</summary>
    public required string Region { get; init; }
}
