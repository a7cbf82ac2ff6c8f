using System.Text.RegularExpressions;
using Graywatch.Readers;

namespace Graywatch.Ingest;

/// <summary>Tells a file's sampling kind from what its records say about where they were captured.</summary>
/// <remarks>
/// Zeeschuimer and 4CAT captures name the page and the web API each item came from (<c>source_platform_url</c>,
/// <c>source_url</c>): the For-You and trending pages and <c>api/recommend/item_list</c> are a feed, a tag, music or
/// search page (or <c>api/challenge</c>, <c>api/music</c>, <c>api/search</c>) is a search, and a profile page or
/// <c>api/post/item_list</c> is an account timeline. Files made by <c>graywatch simulate</c> carry
/// <c>"graywatch_simulated":true</c>. The first kind found in the sampled head wins. Stateless.
/// </remarks>
public static partial class SamplingInference
{
    /// <summary>The kind the sample's records say, or null when they say nothing.</summary>
    public static string? From(FileSample sample)
    {
        if (Simulated().IsMatch(sample.Head))
        {
            return SamplingKinds.Simulated;
        }
        foreach (Match m in Address().Matches(sample.Head))
        {
            if (KindOf(m.Groups["url"].Value) is { } kind)
            {
                return kind;
            }
        }
        return null;
    }

    /// <summary>The kind a capture address implies, or null.</summary>
    public static string? KindOf(string url)
    {
        var u = url.Replace("\\/", "/", StringComparison.Ordinal).ToLowerInvariant();
        if (u.Contains("/api/recommend/", StringComparison.Ordinal) || u.Contains("/foryou", StringComparison.Ordinal)
            || u.Contains("/explore", StringComparison.Ordinal) || u.Contains("/api/explore/", StringComparison.Ordinal))
        {
            return SamplingKinds.Feed;
        }
        if (u.Contains("/api/search/", StringComparison.Ordinal) || u.Contains("/search", StringComparison.Ordinal)
            || u.Contains("/tag/", StringComparison.Ordinal) || u.Contains("/api/challenge/", StringComparison.Ordinal)
            || u.Contains("/music/", StringComparison.Ordinal) || u.Contains("/api/music/", StringComparison.Ordinal))
        {
            return SamplingKinds.Search;
        }
        if (u.Contains("/api/post/item_list", StringComparison.Ordinal) || u.Contains("/api/creator/", StringComparison.Ordinal)
            || ProfilePage().IsMatch(u))
        {
            return SamplingKinds.Account;
        }
        return null;
    }

    [GeneratedRegex("\"graywatch_simulated\"\\s*:\\s*true")]
    private static partial Regex Simulated();

    [GeneratedRegex("\"(?:source_url|source_platform_url)\"\\s*:\\s*\"(?<url>[^\"]{1,2000})\"")]
    private static partial Regex Address();

    // A profile page such as https://www.tiktok.com/@name (not a video page under it).
    [GeneratedRegex("tiktok\\.com/@[^/?\"]+/?(?:\\?|$)")]
    private static partial Regex ProfilePage();
}
