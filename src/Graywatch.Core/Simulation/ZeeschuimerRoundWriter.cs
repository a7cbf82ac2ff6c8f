using System.Globalization;

namespace Graywatch.Simulation;

/// <summary>Writes Zeeschuimer/4CAT NDJSON (<c>items-rN.ndjson</c>): a capture envelope around a TikTok web item.</summary>
/// <remarks>The item is written by <see cref="TikTokItemWriter"/>.</remarks>
internal sealed class ZeeschuimerRoundWriter : IRoundWriter
{
    private const string SourceUrl = "https://www.tiktok.com/api/recommend/item_list/?aid=1988&app_language=en&count=30&device_platform=web_pc";
    private const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    private readonly TikTokItemWriter _item = new();

    public string FileName(int round) => $"items-r{round}.ndjson";

    public void Write(JsonLinesFile file, SimPost post, int roundIndex, long observedUnixMs)
    {
        Span<char> id = stackalloc char[20];
        post.Id.TryFormat(id, out var idLength, provider: CultureInfo.InvariantCulture);
        id = id[..idLength];
        var w = file.BeginLine();
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("item_id", id);
        w.WriteNumber("timestamp_collected", observedUnixMs);
        w.WriteString("source_platform", "tiktok.com");
        w.WriteString("source_platform_url", "https://www.tiktok.com/foryou");
        w.WriteString("source_url", SourceUrl);
        w.WriteString("user_agent", UserAgent);
        // Says the record is synthetic, so a store records the source's sampling kind as simulated.
        w.WriteBoolean("graywatch_simulated", true);
        w.WritePropertyName("data");
        _item.Write(w, post, roundIndex);
        w.WriteEndObject();
        file.EndLine();
    }
}
