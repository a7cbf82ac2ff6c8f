using System.Text.Json;

namespace Graywatch.Simulation;

/// <summary>Writes one post as a scraper-style JSON item (TikAPI / Apify / tiktok-scraper keys): <c>authorMeta</c>, <c>musicMeta</c>, <c>videoMeta</c>, <c>hashtags:[{name}]</c> and the counts.</summary>
/// <remarks>The shape has no coordinates and no collection time. Thread-safe.</remarks>
internal static class ScraperItemWriter
{
    public static void Write(Utf8JsonWriter w, SimPost post, int roundIndex, ScraperDialect dialect)
    {
        var e = post.Engagement;
        var a = post.Author;
        w.WriteStartObject();
        w.WriteString("id", ThreatPlanter.Id(post.Id));
        if (dialect == ScraperDialect.TikTokScraper)
        {
            w.WriteString("secretID", ThreatPlanter.Id(post.Id));
        }
        w.WriteString("text", post.Text);
        if (dialect == ScraperDialect.Apify)
        {
            w.WriteString("textLanguage", PostColumns.LanguageCode(a.Language));
        }
        w.WriteNumber("createTime", post.CreateTime);
        if (dialect == ScraperDialect.Apify)
        {
            w.WriteString("createTimeISO", DateTimeOffset.FromUnixTimeSeconds(post.CreateTime).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
            if (post.RegionCode is not null)
            {
                w.WriteString("locationCreated", post.RegionCode);
            }
        }
        w.WriteStartObject("authorMeta");
        w.WriteString("id", a.Id);
        if (dialect == ScraperDialect.TikTokScraper)
        {
            w.WriteString("secUid", "MS4wLjABAAAA" + a.Id);
        }
        w.WriteString("name", a.UniqueId);
        w.WriteString("nickName", a.Nickname);
        w.WriteBoolean("verified", a.Verified);
        w.WriteNumber("fans", a.Followers);
        w.WriteNumber("following", a.Following);
        w.WriteNumber("heart", a.Hearts);
        w.WriteNumber("video", a.Videos);
        w.WriteEndObject();
        w.WriteStartObject("musicMeta");
        w.WriteString("musicId", ThreatPlanter.Id(post.Sound.Id));
        w.WriteString("musicName", post.Sound.Title);
        w.WriteString("musicAuthor", post.Sound.AuthorName);
        w.WriteBoolean("musicOriginal", post.Sound.Original);
        w.WriteEndObject();
        w.WriteString("webVideoUrl", PostColumns.Url(post));
        w.WriteStartObject("videoMeta");
        w.WriteNumber("duration", post.DurationSeconds);
        w.WriteEndObject();
        w.WriteStartArray("hashtags");
        foreach (var tag in post.Hashtags)
        {
            w.WriteStartObject();
            w.WriteString("name", tag);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (dialect != ScraperDialect.Scraper)
        {
            w.WriteStartArray("mentions");
            foreach (var mention in post.Mentions)
            {
                w.WriteStringValue("@" + mention);
            }
            w.WriteEndArray();
        }
        w.WriteNumber("playCount", e.Views[roundIndex]);
        w.WriteNumber("diggCount", e.Likes[roundIndex]);
        w.WriteNumber("commentCount", e.Comments[roundIndex]);
        w.WriteNumber("shareCount", e.Shares[roundIndex]);
        if (dialect == ScraperDialect.Apify)
        {
            w.WriteNumber("collectCount", e.Saves[roundIndex]);
        }
        if (post.DuetFromId != 0)
        {
            w.WriteString("duetFromId", ThreatPlanter.Id(post.DuetFromId));
        }
        w.WriteEndObject();
    }
}
