using Graywatch.Model;

namespace Graywatch.Readers.Parsing;

/// <summary>Builders for canonical records that every reader makes the same way.</summary>
internal static class Canonical
{
    /// <summary>An engagement snapshot, or null when no count is known (missing counts stay null, never zero).</summary>
    public static EngagementSnapshot? Snapshot(
        string platform, string postId, DateTimeOffset observedAt, long? views, long? likes, long? comments, long? shares, long? saves) =>
        views is null && likes is null && comments is null && shares is null && saves is null
            ? null
            : new EngagementSnapshot
            {
                Platform = platform,
                PostId = postId,
                ObservedAt = observedAt,
                Views = views,
                Likes = likes,
                Comments = comments,
                Shares = shares,
                Saves = saves,
            };

    /// <summary>A list as stored: empty rather than null.</summary>
    public static IReadOnlyList<string> List(List<string>? items) => items is null ? [] : items;
}
