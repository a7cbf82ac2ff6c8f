using System.Text.Json;
using Graywatch.Model;
using Graywatch.Readers.Parsing;

namespace Graywatch.Readers;

/// <summary>Reads TikTok Research API video comment responses and JSON Lines of comment objects.</summary>
/// <remarks>
/// A top-level comment's <c>parent_comment_id</c> is its video's id; such a comment gets no <see cref="Comment.ParentId"/>.
/// Stateless and thread-safe.
/// </remarks>
public sealed class TikTokResearchCommentsReader : IRecordReader
{
    public string Format => "tiktok-research-comments";

    public int MapperVersion => 1;

    /// <summary>A Research API comment query returns every public comment of the video: a census.</summary>
    public string? Sampling => "census";

    public int Sniff(FileSample sample)
    {
        if (!Sniffing.LooksLikeJson(sample))
        {
            return 0;
        }
        var score = Sniffing.HasKey(sample, "comments") && Sniffing.HasKey(sample, "data") ? 90
            : Sniffing.HasKey(sample, "parent_comment_id") || (Sniffing.HasKey(sample, "video_id") && Sniffing.HasKey(sample, "reply_count")) ? 85
            : 0;
        return Sniffing.WithExtension(score, sample, Sniffing.JsonExtensions);
    }

    public IEnumerable<MappedRecord> Read(Stream stream, ReaderContext context, CancellationToken cancellationToken) =>
        JsonRecords.Read(stream, context, CommentsOf, Map, cancellationToken);

    private static JsonElement? CommentsOf(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data))
        {
            return null;
        }
        return data.ValueKind == JsonValueKind.Object && data.TryGetProperty("comments", out var comments) ? comments : default(JsonElement);
    }

    private static MappedRecord Map(JsonElement item, long index, string? raw, ReaderContext context)
    {
        var id = JsonValues.Text(item, "id") ?? throw RecordException.Missing("id");
        var videoId = JsonValues.Text(item, "video_id");
        var parent = JsonValues.Text(item, "parent_comment_id");
        var comment = new Comment
        {
            Platform = Platforms.TikTok,
            Id = id,
            PostId = videoId,
            ParentId = parent == videoId || parent == "0" ? null : parent,
            AuthorId = JsonValues.Text(item, "username"),
            Text = JsonValues.Text(item, "text"),
            CreatedAt = JsonValues.Time(item, "create_time"),
            Likes = JsonValues.Count(item, "like_count"),
            Replies = JsonValues.Count(item, "reply_count"),
        };
        return new MappedRecord { Item = index, Raw = raw, Comment = comment };
    }
}
