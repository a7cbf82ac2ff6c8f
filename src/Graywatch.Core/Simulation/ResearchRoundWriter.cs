namespace Graywatch.Simulation;

/// <summary>Writes TikTok Research API video objects (<c>videos-rN.jsonl</c>); ids are raw 19-digit number tokens as the API returns them.</summary>
internal sealed class ResearchRoundWriter : IRoundWriter
{
    public string FileName(int round) => $"videos-r{round}.jsonl";

    public void Write(JsonLinesFile file, SimPost post, int roundIndex, long observedUnixMs)
    {
        var w = file.BeginLine();
        var e = post.Engagement;
        w.WriteStartObject();
        w.WriteNumber("id", post.Id);
        w.WriteNumber("create_time", post.CreateTime);
        w.WriteString("username", post.Author.UniqueId);
        if (post.RegionCode is not null)
        {
            w.WriteString("region_code", post.RegionCode);
        }
        w.WriteString("video_description", post.Text);
        w.WriteStartArray("hashtag_names");
        foreach (var tag in post.Hashtags)
        {
            w.WriteStringValue(tag);
        }
        w.WriteEndArray();
        w.WriteNumber("music_id", post.Sound.Id);
        w.WriteStartArray("effect_ids");
        if (post.Effect >= 0)
        {
            w.WriteStringValue(Phrases.Effects[post.Effect].Id);
        }
        w.WriteEndArray();
        w.WriteNumber("view_count", e.Views[roundIndex]);
        w.WriteNumber("like_count", e.Likes[roundIndex]);
        w.WriteNumber("comment_count", e.Comments[roundIndex]);
        w.WriteNumber("share_count", e.Shares[roundIndex]);
        w.WriteNumber("favorites_count", e.Saves[roundIndex]);
        if (post.VoiceToText is not null)
        {
            w.WriteString("voice_to_text", post.VoiceToText);
        }
        w.WriteNumber("video_duration", post.DurationSeconds);
        if (post.PlaylistId != 0)
        {
            w.WriteNumber("playlist_id", post.PlaylistId);
        }
        w.WriteStartArray("video_mention_list");
        foreach (var m in post.Mentions)
        {
            w.WriteStringValue(m);
        }
        w.WriteEndArray();
        w.WriteEndObject();
        file.EndLine();
    }
}
