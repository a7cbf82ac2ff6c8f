namespace Graywatch.Simulation;

/// <summary>Writes Graywatch's generic JSON Lines (<c>docs/formats.md</c>): one flat object per post, coordinates when the post exposes them.</summary>
internal sealed class GenericJsonRoundWriter : IRoundWriter
{
    public string FileName(int round) => $"posts-r{round}.jsonl";

    public void Write(JsonLinesFile file, SimPost post, int roundIndex, long observedUnixMs)
    {
        var w = file.BeginLine();
        var e = post.Engagement;
        w.WriteStartObject();
        w.WriteString("id", ThreatPlanter.Id(post.Id));
        w.WriteString("author", post.Author.UniqueId);
        w.WriteString("created_at", PostFactory.Unix(post.CreateTime));
        w.WriteString("platform", "tiktok");
        w.WriteString("text", post.Text);
        ThreatPlanter.WriteStrings(w, "hashtags", post.Hashtags);
        w.WriteString("sound", ThreatPlanter.Id(post.Sound.Id));
        if (post.Place is { } place)
        {
            w.WriteString("place", place.Name);
            if (place.ExposeCoordinates)
            {
                w.WriteNumber("lat", place.Latitude);
                w.WriteNumber("lon", place.Longitude);
            }
        }
        w.WriteNumber("views", e.Views[roundIndex]);
        w.WriteNumber("likes", e.Likes[roundIndex]);
        w.WriteNumber("comments", e.Comments[roundIndex]);
        w.WriteNumber("shares", e.Shares[roundIndex]);
        w.WriteNumber("saves", e.Saves[roundIndex]);
        w.WriteNumber("followers", post.Author.Followers);
        w.WriteString("observed_at", PostFactory.Unix(observedUnixMs / 1000));
        w.WriteString("language", PostColumns.LanguageCode(post.Author.Language));
        w.WriteString("url", PostColumns.Url(post));
        w.WriteEndObject();
        file.EndLine();
    }
}
