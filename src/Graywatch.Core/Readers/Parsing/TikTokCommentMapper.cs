using System.Text.Json;
using Graywatch.Model;

namespace Graywatch.Readers.Parsing;

/// <summary>Maps one comment of TikTok's (or Douyin's) web comment API (<c>cid, aweme_id, text, create_time, user{…}</c>) to a comment.</summary>
/// <remarks>A reply carries the comment it answers in <c>reply_id</c> (<c>"0"</c> for a top-level comment).</remarks>
internal static class TikTokCommentMapper
{
    /// <summary>True when <paramref name="item"/> has the keys of a web comment.</summary>
    public static bool IsComment(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("cid", out _) && item.TryGetProperty("aweme_id", out _);

    public static MappedRecord Map(JsonElement item, long index, string? raw, string platform)
    {
        var id = JsonValues.Text(item, "cid") ?? throw RecordException.Missing("cid");
        var postId = JsonValues.Text(item, "aweme_id") ?? throw RecordException.Missing("aweme_id");
        var author = JsonValues.Text(item, "user.unique_id", "user.uniqueId", "user.uid") ?? throw RecordException.Missing("user.unique_id");
        var created = JsonValues.Time(item, "create_time") ?? throw RecordException.Missing("create_time");
        var reply = JsonValues.Text(item, "reply_id");
        var comment = new Comment
        {
            Platform = platform,
            Id = id,
            PostId = postId,
            ParentId = reply is null or "0" ? null : reply,
            AuthorId = author,
            Text = JsonValues.Text(item, "text"),
            CreatedAt = created,
            Likes = JsonValues.Count(item, "digg_count"),
            Replies = JsonValues.Count(item, "reply_comment_total"),
        };
        return new MappedRecord { Item = index, Raw = raw, Comment = comment };
    }
}
