using System.Text.Json;
using Graywatch.Model;
using Graywatch.Readers.Parsing;

namespace Graywatch.Readers;

/// <summary>Reads TikTok Research API user info responses (and JSON Lines of user objects) as account observations.</summary>
/// <remarks>
/// The account id is the <c>username</c>, which the API returns only when asked for; a record without it is
/// quarantined. Observed at <see cref="ReaderContext.DefaultObservedAt"/>. Stateless and thread-safe.
/// </remarks>
public sealed class TikTokResearchUserReader : IRecordReader
{
    public string Format => "tiktok-research-user";

    public int MapperVersion => 1;

    public int Sniff(FileSample sample)
    {
        if (!Sniffing.LooksLikeJson(sample))
        {
            return 0;
        }
        var score = Sniffing.HasKey(sample, "follower_count")
            && (Sniffing.HasKey(sample, "bio_description") || Sniffing.HasKey(sample, "display_name") || Sniffing.HasKey(sample, "following_count"))
            && !Sniffing.HasKey(sample, "videos") ? 85 : 0;
        return Sniffing.WithExtension(score, sample, Sniffing.JsonExtensions);
    }

    public IEnumerable<MappedRecord> Read(Stream stream, ReaderContext context, CancellationToken cancellationToken) =>
        JsonRecords.Read(stream, context, UserOf, Map, cancellationToken);

    private static JsonElement? UserOf(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) ? data : null;

    private static MappedRecord Map(JsonElement item, long index, string? raw, ReaderContext context)
    {
        var username = JsonValues.Text(item, "username") ?? throw RecordException.Missing("username");
        var account = new Account
        {
            Platform = Platforms.TikTok,
            Id = username,
            Name = username,
            DisplayName = JsonValues.Text(item, "display_name"),
            Bio = JsonValues.Text(item, "bio_description"),
            Verified = JsonValues.Bool(item, "is_verified"),
            Followers = JsonValues.Count(item, "follower_count"),
            Following = JsonValues.Count(item, "following_count"),
            Likes = JsonValues.Count(item, "likes_count"),
            Videos = JsonValues.Count(item, "video_count"),
            ObservedAt = context.DefaultObservedAt,
        };
        return new MappedRecord { Item = index, Raw = raw, Account = account };
    }
}
