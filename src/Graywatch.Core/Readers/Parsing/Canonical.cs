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

    /// <summary>The record itself when its post (if any) has an author and a time: every format needs both.</summary>
    /// <exception cref="RecordException">The post lacks its author or its creation time.</exception>
    public static MappedRecord Complete(MappedRecord record)
    {
        if (record.Post is { } post)
        {
            if (post.AuthorId is null)
            {
                throw new RecordException(QuarantineKinds.MissingField, "missing the post's author (no author field of this format is set)");
            }
            if (post.CreatedAt is null)
            {
                throw new RecordException(QuarantineKinds.MissingField, "missing the post's creation time (no time field of this format is set)");
            }
        }
        return record;
    }

    /// <summary>A list as stored: empty rather than null.</summary>
    public static IReadOnlyList<string> List(List<string>? items) => items is null ? [] : items;
}
