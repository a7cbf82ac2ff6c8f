namespace Graywatch.Trends;

/// <summary>Which posts a trend analysis looks at: a time range and hashtags every post must carry (all of them).</summary>
/// <param name="Since">Posts created at or after this time; null for no lower bound.</param>
/// <param name="Until">Posts created before this time; null for no upper bound. Also the end of the recent window when set.</param>
/// <param name="With">Hashtags (any case, with or without '#') that every post must carry.</param>
public sealed record TrendScope(DateTimeOffset? Since = null, DateTimeOffset? Until = null, IReadOnlyList<string>? With = null)
{
    public static TrendScope All { get; } = new();

    /// <summary>The <see cref="With"/> hashtags normalised: lower case, no '#', distinct.</summary>
    public IReadOnlyList<string> WithTags { get; } = [.. (With ?? []).Select(Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>A hashtag as the store's queries compare it: lower case without a leading '#'.</summary>
    public static string Normalize(string tag) => tag.Trim().TrimStart('#').ToLowerInvariant();

    /// <summary>A CTE named <c>scoped</c>: the posts in scope with a creation time, their normalised <c>tags</c> and an <c>sound</c> key.</summary>
    internal string Cte()
    {
        var where = new List<string> { "created_at IS NOT NULL" };
        if (Since is { } since)
        {
            where.Add($"created_at >= {Sql.Time(since)}");
        }
        if (Until is { } until)
        {
            where.Add($"created_at < {Sql.Time(until)}");
        }
        var filter = WithTags.Count == 0 ? "" : $" WHERE list_has_all(tags, {Sql.TextList(WithTags)})";
        return $"""
            scoped AS (
                SELECT * FROM (
                    SELECT platform, id, author_id, author_name, created_at, text, {Sql.Tags} AS tags,
                           coalesce(sound_id, sound_title) AS sound, sound_title, coalesce(effect_ids, []::VARCHAR[]) AS effects
                    FROM posts WHERE {string.Join(" AND ", where)}
                ){filter}
            )
            """;
    }
}
