using System.Globalization;
using System.Text.Json;

namespace Graywatch.Simulation;

/// <summary>Writes a TikTok web item (the <c>itemStruct</c> of the web app), as Zeeschuimer captures it and TikTokApi dumps it.</summary>
/// <remarks>Real items carry no coordinates; only the site-exposure accounts' places get extra <c>lat</c>/<c>lng</c> fields in <c>poi</c>. Not thread-safe (it caches challenge ids).</remarks>
internal sealed class TikTokItemWriter
{
    private readonly Dictionary<string, string> _challengeIds = new(StringComparer.Ordinal);

    /// <summary>Writes the item of <paramref name="post"/> as observed in round <paramref name="roundIndex"/>, as one JSON object.</summary>
    public void Write(Utf8JsonWriter w, SimPost post, int roundIndex)
    {
        Span<char> id = stackalloc char[20];
        post.Id.TryFormat(id, out var idLength, provider: CultureInfo.InvariantCulture);
        id = id[..idLength];
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("desc", post.Text);
        w.WriteNumber("createTime", post.CreateTime);
        WriteAuthor(w, post.Author);
        WriteMusic(w, post.Sound);
        WriteStats(w, post.Engagement, roundIndex);
        WriteTags(w, post);
        if (post.StickerText is not null)
        {
            w.WriteStartArray("stickersOnItem");
            w.WriteStartObject();
            w.WriteNumber("stickerType", 4);
            w.WriteStartArray("stickerText");
            w.WriteStringValue(post.StickerText);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
        }
        if (post.Place is { } place)
        {
            WritePlace(w, place);
        }
        if (post.RegionCode is not null)
        {
            w.WriteString("locationCreated", post.RegionCode);
        }
        if (post.Effect >= 0)
        {
            var (effectId, effectName) = Phrases.Effects[post.Effect];
            w.WriteStartArray("effectStickers");
            w.WriteStartObject();
            w.WriteString("ID", effectId);
            w.WriteString("name", effectName);
            w.WriteEndObject();
            w.WriteEndArray();
        }
        if (post.DuetFromId != 0)
        {
            w.WriteStartObject("duetInfo");
            w.WriteString("duetFromId", post.DuetFromId.ToString(CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }
        w.WriteStartObject("video");
        w.WriteNumber("duration", post.DurationSeconds);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteAuthor(Utf8JsonWriter w, SimAccount a)
    {
        w.WriteStartObject("author");
        w.WriteString("id", a.Id);
        w.WriteString("uniqueId", a.UniqueId);
        w.WriteString("nickname", a.Nickname);
        w.WriteString("signature", a.Signature);
        w.WriteBoolean("verified", a.Verified);
        w.WriteEndObject();
        w.WriteStartObject("authorStats");
        w.WriteNumber("followerCount", a.Followers);
        w.WriteNumber("followingCount", a.Following);
        w.WriteNumber("heartCount", a.Hearts);
        w.WriteNumber("videoCount", a.Videos);
        w.WriteEndObject();
    }

    private static void WriteMusic(Utf8JsonWriter w, SimSound s)
    {
        w.WriteStartObject("music");
        w.WriteString("id", s.Id.ToString(CultureInfo.InvariantCulture));
        w.WriteString("title", s.Title);
        w.WriteString("authorName", s.AuthorName);
        w.WriteBoolean("original", s.Original);
        w.WriteEndObject();
    }

    private static void WriteStats(Utf8JsonWriter w, Engagement e, int r)
    {
        w.WriteStartObject("stats");
        w.WriteNumber("playCount", e.Views[r]);
        w.WriteNumber("diggCount", e.Likes[r]);
        w.WriteNumber("commentCount", e.Comments[r]);
        w.WriteNumber("shareCount", e.Shares[r]);
        w.WriteNumber("collectCount", e.Saves[r]);
        w.WriteEndObject();
    }

    private void WriteTags(Utf8JsonWriter w, SimPost post)
    {
        w.WriteStartArray("challenges");
        foreach (var tag in post.Hashtags)
        {
            w.WriteStartObject();
            if (!_challengeIds.TryGetValue(tag, out var challengeId))
            {
                challengeId = TikTokIds.ForName(tag);
                _challengeIds[tag] = challengeId;
            }
            w.WriteString("id", challengeId);
            w.WriteString("title", tag);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("textExtra");
        foreach (var tag in post.Hashtags)
        {
            w.WriteStartObject();
            w.WriteString("hashtagName", tag);
            w.WriteString("userUniqueId", "");
            w.WriteNumber("type", 1);
            w.WriteEndObject();
        }
        foreach (var mention in post.Mentions)
        {
            w.WriteStartObject();
            w.WriteString("hashtagName", "");
            w.WriteString("userUniqueId", mention);
            w.WriteNumber("type", 0);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WritePlace(Utf8JsonWriter w, SimPlace p)
    {
        w.WriteStartObject("poi");
        w.WriteString("id", p.Id);
        w.WriteString("name", p.Name);
        w.WriteString("address", p.Address);
        w.WriteString("city", p.City);
        if (p.ExposeCoordinates)
        {
            w.WriteNumber("lat", p.Latitude);
            w.WriteNumber("lng", p.Longitude);
        }
        w.WriteEndObject();
    }
}
