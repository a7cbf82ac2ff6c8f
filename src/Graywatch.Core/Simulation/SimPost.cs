namespace Graywatch.Simulation;

/// <summary>One synthetic post with its engagement at every round; written once per round by a <see cref="IRoundWriter"/>.</summary>
internal sealed class SimPost
{
    public required ulong Id { get; init; }
    public required long CreateTime { get; init; }
    public required SimAccount Author { get; init; }
    public required string Text { get; init; }
    public required IReadOnlyList<string> Hashtags { get; init; }
    public required IReadOnlyList<string> Mentions { get; init; }
    public required SimSound Sound { get; init; }
    public required int DurationSeconds { get; init; }
    /// <summary>Index into <see cref="Phrases.Effects"/>, or -1.</summary>
    public int Effect { get; init; } = -1;
    public string? StickerText { get; init; }
    public ulong DuetFromId { get; init; }
    public string? RegionCode { get; init; }
    public SimPlace? Place { get; init; }
    public string? VoiceToText { get; init; }
    public long PlaylistId { get; init; }
    public required Engagement Engagement { get; init; }
}
