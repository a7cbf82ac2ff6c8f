using System.Globalization;
using Graywatch.Model;
using Graywatch.Store;

namespace Graywatch.Coordination;

/// <summary>Reads the shares of one <see cref="ObjectKind"/> from the store with one columnar query, in ingest order.</summary>
/// <remarks>
/// Only posts with an author and a creation time count. Ingest order (source, then item within the source, then the
/// position inside a post's list) is CooRTweet's row order, which breaks ties in time. Objects are prefixed by kind
/// (<c>hashtag:</c>, <c>sound:</c>, …) except reposted ids, so an object never equals a post id by accident while a
/// repost of a post that is itself in the data still counts as a loop, as in CooRTweet. Stateless.
/// </remarks>
public static class ShareLoader
{
    private const string Base = "author_id IS NOT NULL AND created_at IS NOT NULL";

    public static ShareTable Load(GraywatchStore store, ObjectKind kind, CoordinationOptions options, CancellationToken cancellationToken = default)
    {
        if (kind == ObjectKind.NearCaption)
        {
            return NearCaptionClusters.Load(store, options, cancellationToken);
        }
        var sql = Sql(kind, options);
        var rows = Convert.ToInt64(store.Scalar($"SELECT count(*) FROM ({sql})") ?? 0L, CultureInfo.InvariantCulture);
        var table = new ShareTable((int)Math.Min(rows, int.MaxValue / 2));
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var n = 0;
        while (reader.Read())
        {
            table.Add(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3));
            if ((++n & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        return table;
    }

    /// <summary>The query for a kind: columns object, account, content, unix seconds, ordered as ingested.</summary>
    internal static string Sql(ObjectKind kind, CoordinationOptions options)
    {
        const string Seconds = "CAST(floor(epoch(created_at)) AS BIGINT)";
        var reposts = $"'{ParentKinds.Repost}', '{ParentKinds.Quote}', '{ParentKinds.SharedObject}'";
        var duets = $"'{ParentKinds.Duet}', '{ParentKinds.Stitch}'";
        var derived = $"'{ParentKinds.Repost}', '{ParentKinds.Quote}', '{ParentKinds.SharedObject}', '{ParentKinds.Duet}', '{ParentKinds.Stitch}'";
        var excluded = Trends.Sql.TextList(options.ExcludedHashtags.Order(StringComparer.Ordinal));
        var tags = options.ExcludedHashtags.Count == 0
            ? "hashtags"
            : $"list_filter(hashtags, h -> NOT list_contains({excluded}, lower(ltrim(h, '#'))))";
        return kind switch
        {
            ObjectKind.Hashtag => Listed(tags, "hashtag:", Base),
            ObjectKind.CotemporalHashtag => Listed(tags, "hashtag:", $"{Base} AND (parent_kind IS NULL OR parent_kind NOT IN ({derived}))"),
            ObjectKind.Effect => Listed("effect_ids", "effect:", Base),
            ObjectKind.Url => Listed("urls", "url:", Base),
            ObjectKind.HashtagSet => $"""
                SELECT 'hashtags:' || array_to_string(list_sort(list_distinct(t)), ' '), author_id, id, {Seconds}
                FROM (SELECT {tags} AS t, author_id, id, created_at, source_id, source_item FROM posts WHERE {Base})
                WHERE len(list_distinct(t)) >= 2
                ORDER BY source_id, source_item
                """,
            ObjectKind.Sound => $"""
                SELECT 'sound:' || sound_id, author_id, id, {Seconds}
                FROM posts WHERE {Base} AND sound_id IS NOT NULL AND sound_id <> ''
                ORDER BY source_id, source_item
                """,
            ObjectKind.Caption => $"""
                SELECT 'caption:' || c, author_id, id, {Seconds} FROM (
                    SELECT {CaptionSql} AS c, author_id, id, created_at, source_id, source_item FROM posts WHERE {Base} AND text IS NOT NULL)
                WHERE length(c) >= {options.MinCaptionLength.ToString(CultureInfo.InvariantCulture)}
                ORDER BY source_id, source_item
                """,
            ObjectKind.Repost => Parent(reposts),
            ObjectKind.Duet => Parent(duets),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a store-backed kind"),
        };

        static string Listed(string column, string prefix, string where) => $"""
            SELECT '{prefix}' || v, author_id, id, {Seconds} FROM (
                SELECT unnest({column}) AS v, generate_subscripts({column}, 1) AS i, author_id, id, created_at, source_id, source_item
                FROM posts WHERE {where} AND len({column}) > 0)
            WHERE v IS NOT NULL AND v <> ''
            ORDER BY source_id, source_item, i
            """;

        static string Parent(string kinds) => $"""
            SELECT parent_id, author_id, id, {Seconds}
            FROM posts WHERE {Base} AND parent_id IS NOT NULL AND parent_kind IN ({kinds})
            ORDER BY source_id, source_item
            """;
    }

    /// <summary>The SQL expression of a normalized caption: lower case, white space collapsed, trimmed.</summary>
    internal const string CaptionSql = "trim(regexp_replace(lower(text), '\\s+', ' ', 'g'))";
}
