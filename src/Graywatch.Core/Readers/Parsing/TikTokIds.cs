namespace Graywatch.Readers.Parsing;

/// <summary>What a TikTok (or Douyin) id says by itself: its top 32 bits are the Unix second the post was made.</summary>
internal static class TikTokIds
{
    // TikTok ids carry their time since 2016; anything before is not such an id.
    private static readonly DateTimeOffset s_earliest = new(2016, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The creation time encoded in <paramref name="id"/>, or null when it is not a TikTok video id.</summary>
    public static DateTimeOffset? CreatedAt(string id)
    {
        if (id.Length is < 18 or > 20 || !ulong.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        var time = DateTimeOffset.FromUnixTimeSeconds((long)(value >> 32));
        return time >= s_earliest && time.Year < 2100 ? time : null;
    }
}
