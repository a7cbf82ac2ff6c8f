namespace Graywatch.Simulation;

/// <summary>Writes scraper JSON (TikAPI / Apify style keys) as JSON Lines: <c>authorMeta</c>, <c>musicMeta</c>, <c>videoMeta</c>, <c>hashtags:[{name}]</c> and the counts.</summary>
/// <remarks>
/// The format has no coordinates and no collection time: the file's last-write time stands for it. Apify's own keys
/// (<c>createTimeISO</c>, <c>collectCount</c>) are left out, so the file reads as scraper JSON, not as an Apify dataset.
/// </remarks>
internal sealed class ScraperJsonRoundWriter : IRoundWriter
{
    public string FileName(int round) => $"videos-r{round}.json";

    public void Write(JsonLinesFile file, SimPost post, int roundIndex, long observedUnixMs)
    {
        var w = file.BeginLine();
        var e = post.Engagement;
        var a = post.Author;
        w.WriteStartObject();
        w.WriteString("id", ThreatPlanter.Id(post.Id));
        w.WriteString("text", post.Text);
        w.WriteNumber("createTime", post.CreateTime);
        w.WriteStartObject("authorMeta");
        w.WriteString("id", a.Id);
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
        w.WriteNumber("playCount", e.Views[roundIndex]);
        w.WriteNumber("diggCount", e.Likes[roundIndex]);
        w.WriteNumber("commentCount", e.Comments[roundIndex]);
        w.WriteNumber("shareCount", e.Shares[roundIndex]);
        if (post.DuetFromId != 0)
        {
            w.WriteString("duetFromId", ThreatPlanter.Id(post.DuetFromId));
        }
        w.WriteEndObject();
        file.EndLine();
    }
}
