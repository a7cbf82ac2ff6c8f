using System.Globalization;
using Graywatch.Bursts;
using Graywatch.Detectors;

namespace Graywatch.Trends;

/// <summary>The parameters of trend, challenge and community analysis, with their documented defaults (see docs/trends.md).</summary>
/// <remarks>
/// Settings keys: <c>trends.bin</c> (1h), <c>trends.window</c> (24h), <c>trends.top</c> (10), <c>trends.min_posts</c> (3),
/// <c>trends.burst_s</c> (2), <c>trends.burst_gamma</c> (1), <c>trends.challenge_words</c>, <c>trends.challenge_bin</c> (1d),
/// <c>trends.challenge_min_authors</c> (3), <c>trends.carrier_share</c> (0.5), <c>trends.carrier_min_authors</c> (10),
/// <c>trends.graph_nodes</c> (500), <c>trends.graph_min_posts</c> (3), <c>trends.graph_exclude</c>, <c>trends.seed</c> (1).
/// Immutable.
/// </remarks>
public sealed record TrendOptions
{
    /// <summary>Hashtags that name a challenge contain one of these (lower case).</summary>
    public static readonly IReadOnlyList<string> DefaultChallengeWords = ["challenge", "挑戰", "挑战", "thuthach", "thửthách", "チャレンジ", "챌린지"];

    /// <summary>Discovery hashtags that ride on every topic; left out of the co-hashtag graph so they do not glue communities together.</summary>
    public static readonly IReadOnlyList<string> DefaultGraphExclude =
    [
        "fyp", "fy", "foryou", "foryoupage", "fypシ", "fypシ゚", "viral", "viralvideo", "trending", "trend", "tiktok", "xuhuong",
        "xuhuongtiktok", "xh", "推薦", "推荐", "熱門", "热门", "抖音", "douyin",
    ];

    public TimeSpan Bin { get; init; } = TimeSpan.FromHours(1);
    /// <summary>Length of the recent window (ending at the scope's end) and of the window before it that growth compares with.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(24);
    public int Top { get; init; } = 10;
    /// <summary>Fewest posts in the recent window for an entity to be ranked.</summary>
    public int MinPosts { get; init; } = 3;
    public BurstParameters Bursts { get; init; } = BurstParameters.Default;
    public IReadOnlyList<string> ChallengeWords { get; init; } = DefaultChallengeWords;
    public TimeSpan ChallengeBin { get; init; } = TimeSpan.FromDays(1);
    public int ChallengeMinAuthors { get; init; } = 3;
    /// <summary>Share of a hashtag's posts that must use one sound or effect for the hashtag to count as travelling with it.</summary>
    public double CarrierShare { get; init; } = 0.5;
    public int CarrierMinAuthors { get; init; } = 10;
    public int GraphNodes { get; init; } = 500;
    public int GraphMinPosts { get; init; } = 3;
    public IReadOnlyList<string> GraphExclude { get; init; } = DefaultGraphExclude;
    /// <summary>Discovery hashtags that are never ranked as emerging (<see cref="GenericHashtags"/>; the list unless a run learned more).</summary>
    public IReadOnlyCollection<string> GenericHashtags { get; init; } = Trends.GenericHashtags.Listed;

    /// <summary>Seed of the Louvain node order, so the same store gives the same communities.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Options from <c>trends.*</c> settings; missing keys keep their defaults.</summary>
    /// <exception cref="FormatException">A duration setting cannot be read.</exception>
    public static TrendOptions From(DetectorSettings settings)
    {
        var d = new TrendOptions();
        return new TrendOptions
        {
            Bin = Duration(settings.Get("trends.bin"), d.Bin),
            Window = Duration(settings.Get("trends.window"), d.Window),
            Top = Math.Max(1, settings.Get("trends.top", d.Top)),
            MinPosts = Math.Max(1, settings.Get("trends.min_posts", d.MinPosts)),
            Bursts = new BurstParameters(settings.Get("trends.burst_s", d.Bursts.S), settings.Get("trends.burst_gamma", d.Bursts.Gamma)),
            ChallengeWords = List(settings.Get("trends.challenge_words")) ?? d.ChallengeWords,
            ChallengeBin = Duration(settings.Get("trends.challenge_bin"), d.ChallengeBin),
            ChallengeMinAuthors = Math.Max(1, settings.Get("trends.challenge_min_authors", d.ChallengeMinAuthors)),
            CarrierShare = settings.Get("trends.carrier_share", d.CarrierShare),
            CarrierMinAuthors = Math.Max(2, settings.Get("trends.carrier_min_authors", d.CarrierMinAuthors)),
            GraphNodes = Math.Max(2, settings.Get("trends.graph_nodes", d.GraphNodes)),
            GraphMinPosts = Math.Max(1, settings.Get("trends.graph_min_posts", d.GraphMinPosts)),
            GraphExclude = List(settings.Get("trends.graph_exclude")) ?? d.GraphExclude,
            Seed = settings.Get("trends.seed", d.Seed),
        };
    }

    /// <summary>Reads <c>90s</c>, <c>15m</c>, <c>1h</c>, <c>7d</c>, <c>2w</c>, or a .NET time span such as <c>01:30:00</c>.</summary>
    /// <exception cref="FormatException">The text is not a positive duration.</exception>
    public static TimeSpan ParseDuration(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.Length > 1 && double.TryParse(t[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            TimeSpan? span = t[^1] switch
            {
                's' => TimeSpan.FromSeconds(n),
                'm' => TimeSpan.FromMinutes(n),
                'h' => TimeSpan.FromHours(n),
                'd' => TimeSpan.FromDays(n),
                'w' => TimeSpan.FromDays(7 * n),
                _ => null,
            };
            if (span is { } s)
            {
                return s;
            }
        }
        if (TimeSpan.TryParse(t, CultureInfo.InvariantCulture, out var ts) && ts > TimeSpan.Zero)
        {
            return ts;
        }
        throw new FormatException($"'{text}' is not a duration (use e.g. 30m, 1h, 1d, 1w)");
    }

    private static TimeSpan Duration(string? text, TimeSpan fallback) => text is null ? fallback : ParseDuration(text);

    private static IReadOnlyList<string>? List(string? text) => text is null
        ? null
        : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant())];
}
