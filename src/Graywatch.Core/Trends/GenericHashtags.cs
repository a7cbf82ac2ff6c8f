using System.Globalization;
using Graywatch.Detectors;
using Graywatch.Store;

namespace Graywatch.Trends;

/// <summary>
/// Discovery and trending hashtags (<c>#fyp</c>, <c>#xuhuong</c>, <c>#capcut</c>…) that ride on posts of every topic: never
/// emerging, never going viral, never coordination evidence by themselves.
/// </summary>
/// <remarks>
/// Two sources: a list in many languages (<see cref="Listed"/>, plus <c>trends.generic_hashtags</c>), and the data: a tag on
/// at least <c>trends.generic_min_share</c> (2%) of the posts and <c>trends.generic_min_posts</c> (20) posts, used by
/// distinct authors on at least half of them, that travels with at least <c>trends.generic_min_cotags</c> (15) other
/// non-generic tags of which none is on more than <c>trends.generic_max_cotag_share</c> (25%) of its posts. A campaign or
/// challenge tag fails the last two tests: it keeps to its own few companion tags (its script, its other languages), or
/// to none. Tags are compared lower-case without <c>#</c>. Immutable once learned; thread-safe.
/// </remarks>
public sealed class GenericHashtags
{
    /// <summary>Discovery tags known in advance, in the languages of the data Graywatch meets.</summary>
    public static readonly IReadOnlyList<string> Listed =
    [
        "fyp", "fy", "fypシ", "fypシ゚", "fypage", "fypp", "foryou", "foryoupage", "foryourpage", "viral", "viralvideo",
        "viraltiktok", "trending", "trend", "tiktok", "tiktoker", "capcut", "xuhuong", "xuhuongtiktok", "xh", "xhtiktok",
        "tiktokgiaitri", "trendingtiktok", "parati", "paratii", "pourtoi", "explore", "explorepage", "推薦", "推荐", "熱門",
        "热门", "抖音", "douyin", "上熱門", "上热门", "おすすめ", "おすすめにのりたい",
    ];

    /// <summary>One row per post and normalized hashtag: <c>platform, id, author_id, tag</c> (lower case, no <c>#</c>).</summary>
    internal const string TagRows = "SELECT DISTINCT platform, id, author_id, lower(ltrim(unnest(hashtags), '#')) AS tag FROM posts";

    private readonly HashSet<string> _tags;

    private GenericHashtags(IEnumerable<string> listed, IReadOnlyList<LearnedTag> learned)
    {
        Learned = learned;
        _tags = new HashSet<string>(listed.Select(Normalize), StringComparer.Ordinal);
        _tags.UnionWith(learned.Select(l => l.Tag));
    }

    /// <summary>Only the list: for callers without a store.</summary>
    public static GenericHashtags ListOnly { get; } = new(Listed, []);

    /// <summary>The tags learned from the data, with what made each generic.</summary>
    public IReadOnlyList<LearnedTag> Learned { get; }

    /// <summary>Every generic tag, listed or learned, normalized.</summary>
    public IReadOnlyCollection<string> Tags => _tags;

    public bool Contains(string? tag) => tag is not null && _tags.Contains(Normalize(tag));

    /// <summary>Lower case, without a leading <c>#</c>.</summary>
    public static string Normalize(string tag) => tag.Trim().TrimStart('#').ToLowerInvariant();

    /// <summary>The list and the generic tags of the store's posts.</summary>
    /// <exception cref="FormatException">A <c>trends.generic_*</c> setting that cannot be read.</exception>
    public static GenericHashtags Learn(GraywatchStore store, DetectorSettings settings)
    {
        var listed = Listed.Concat(Split(settings.Get("trends.generic_hashtags"))).Select(Normalize).Distinct().ToList();
        var minShare = Number(settings, "trends.generic_min_share", 0.02);
        var minPosts = (long)Number(settings, "trends.generic_min_posts", 20);
        var minCoTags = (long)Number(settings, "trends.generic_min_cotags", 15);
        var maxCoShare = Number(settings, "trends.generic_max_cotag_share", 0.25);
        var learned = store.Query(
            $"""
            WITH t AS ({TagRows}),
            c AS (
                SELECT tag, count(*) AS posts, count(DISTINCT author_id) AS authors FROM t
                GROUP BY tag
                HAVING count(*) >= greatest(?, ? * (SELECT count(*) FROM posts)) AND NOT list_contains({Sql.TextList(listed)}, tag)),
            co AS (
                SELECT a.tag, b.tag AS other, count(*) AS n
                FROM t a JOIN t b ON a.platform = b.platform AND a.id = b.id AND a.tag <> b.tag
                WHERE a.tag IN (SELECT tag FROM c) AND NOT list_contains({Sql.TextList(listed)}, b.tag)
                GROUP BY a.tag, b.tag)
            SELECT c.tag, c.posts, c.authors, count(co.other) AS cotags, coalesce(max(co.n), 0) AS top
            FROM c LEFT JOIN co ON co.tag = c.tag
            GROUP BY c.tag, c.posts, c.authors
            HAVING c.authors * 2 >= c.posts AND count(co.other) >= ? AND coalesce(max(co.n), 0) <= ? * c.posts
            ORDER BY c.posts DESC, c.tag
            """,
            r => new LearnedTag(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(1) == 0 ? 0 : (double)r.GetInt64(4) / r.GetInt64(1)),
            minPosts, minShare, minCoTags, maxCoShare);
        return new GenericHashtags(listed, learned);
    }

    private static IEnumerable<string> Split(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static double Number(DetectorSettings settings, string key, double fallback) => settings.Get(key) is not { } text
        ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0
            ? v
            : throw new FormatException($"{key}: '{text}' is not a non-negative number");
}
