namespace Graywatch.Model;

/// <summary>Platform names as stored.</summary>
public static class Platforms
{
    public const string TikTok = "tiktok";
    public const string Twitter = "twitter";
    public const string Unknown = "unknown";
}
