namespace Graywatch.Ingest;

/// <summary>How a source's records were collected, which decides what may be said from them.</summary>
/// <remarks>
/// <c>feed</c>: a For-You or trending scrape (what the algorithm showed one viewer); <c>search</c>: a hashtag, keyword or
/// sound query; <c>account</c>: timelines of chosen accounts; <c>census</c>: a query over a region and period such as the
/// Research API returns; <c>simulated</c>: made by <c>graywatch simulate</c>; <c>unknown</c>: nothing said it.
/// </remarks>
public static class SamplingKinds
{
    public const string Feed = "feed";
    public const string Search = "search";
    public const string Account = "account";
    public const string Census = "census";
    public const string Simulated = "simulated";
    public const string Unknown = "unknown";

    /// <summary>The kinds a user may name with <c>--sampling</c>.</summary>
    public static IReadOnlyList<string> Known { get; } = [Feed, Search, Account, Census, Simulated];

    /// <summary>The kind named by <paramref name="text"/>, in lower case.</summary>
    /// <exception cref="ArgumentException">Not one of <see cref="Known"/>.</exception>
    public static string Parse(string text)
    {
        var kind = text.Trim().ToLowerInvariant();
        return Known.Contains(kind)
            ? kind
            : throw new ArgumentException($"unknown sampling kind '{text}' (expected one of {string.Join(", ", Known)})");
    }
}
