using Graywatch.Model;

namespace Graywatch.Readers.Parsing;

/// <summary>Maps one row of a flat export to a post, snapshot and account by a <see cref="ColumnMap"/>.</summary>
/// <remarks>
/// A sound id in float notation (<c>7.506832745952218e+18</c>: a scraper lost its precision) is replaced by the key
/// <c>title — author</c>, which does identify the sound. Mentions lose their <c>@</c>. An account is made when the author
/// has more than a name. The option <c>platform</c> overrides <c>tiktok</c>.
/// </remarks>
internal static class ColumnMapper
{
    private static readonly char[] s_listSeparators = [' ', ',', '\t'];

    public static MappedRecord Map(ColumnMap map, IFieldSource row, long item, string? raw, ReaderContext context)
    {
        var id = Fields.Required(row, map.Id);
        var platform = context.Option("platform") ?? Platforms.TikTok;
        var urls = Fields.Items(row, s_listSeparators, map.Urls);
        var handle = Fields.Text(row, map.Handle) ?? (map.HandleFromUrl ? HandleOf(urls) : null);
        var authorId = handle ?? Fields.Text(row, map.AuthorId);
        var observedAt = Fields.Time(row, map.ObservedAt) ?? context.DefaultObservedAt;
        var soundTitle = Fields.Text(row, map.SoundTitle);
        var soundAuthor = Fields.Text(row, map.SoundAuthor);
        var duetFrom = Fields.Text(row, map.DuetFrom);
        var text = Fields.Text(row, map.Text);
        var hashtags = Fields.Hashtags(row, map.Hashtags);
        var post = new Post
        {
            Platform = platform,
            Id = id,
            AuthorId = authorId,
            AuthorName = handle,
            CreatedAt = (map.TimeFromId ? TikTokIds.CreatedAt(id) : null) ?? Fields.Time(row, map.Created),
            Text = text,
            Language = Fields.Text(row, map.Language),
            Hashtags = hashtags.Count == 0 && map.HashtagsFromText ? TextTags.Hashtags(text) : hashtags,
            Mentions = [.. Fields.Items(row, s_listSeparators, map.Mentions).Select(Tags.Mention).OfType<string>()],
            SoundId = SoundId(Fields.Text(row, map.SoundId), soundTitle, soundAuthor),
            SoundTitle = soundTitle,
            SoundAuthor = soundAuthor,
            EffectIds = Fields.Items(row, s_listSeparators, map.EffectIds),
            ParentId = duetFrom is null or "0" ? null : duetFrom,
            ParentKind = duetFrom is null or "0" ? null : ParentKinds.Duet,
            Urls = urls,
            DurationSeconds = Fields.Duration(row, map.Duration),
            RegionCode = Fields.Text(row, map.Region),
            PlaceName = Fields.Text(row, map.Place),
            StickerTexts = Fields.Items(row, map.StickerSeparators, map.Stickers),
            Transcript = Fields.Text(row, map.Transcript),
        };

        var snapshot = Canonical.Snapshot(
            platform,
            id,
            observedAt,
            Fields.Count(row, map.Views),
            Fields.Count(row, map.Likes),
            Fields.Count(row, map.Comments),
            Fields.Count(row, map.Shares),
            Fields.Count(row, map.Saves));

        var followers = Fields.Count(row, map.Followers);
        var following = Fields.Count(row, map.Following);
        var likes = Fields.Count(row, map.AuthorLikes);
        var videos = Fields.Count(row, map.AuthorVideos);
        var verified = Fields.Text(row, map.Verified);
        var bio = Fields.Text(row, map.Bio);
        Account? account = authorId is null || (followers, following, likes, videos, verified, bio) is (null, null, null, null, null, null)
            ? null
            : new Account
            {
                Platform = platform,
                Id = authorId,
                Name = handle,
                DisplayName = Fields.Text(row, map.DisplayName),
                Followers = followers,
                Following = following,
                Likes = likes,
                Videos = videos,
                Verified = verified is null ? null : verified.Equals("true", StringComparison.OrdinalIgnoreCase) || verified == "1",
                Bio = bio,
                ObservedAt = observedAt,
            };
        return new MappedRecord { Item = item, Raw = raw, Post = post, Snapshot = snapshot, Account = account };
    }

    /// <summary>The sound id, or <c>title — author</c> when the id was mangled into float notation.</summary>
    public static string? SoundId(string? id, string? title, string? author)
    {
        if (id is null || !id.AsSpan().ContainsAny("eE."))
        {
            return id;
        }
        return title is null && author is null ? null : $"{title} — {author}";
    }

    /// <summary>The handle in a TikTok url such as <c>https://www.tiktok.com/@name/video/123</c>, or null.</summary>
    public static string? HandleOf(IReadOnlyList<string> urls)
    {
        foreach (var url in urls)
        {
            var at = url.IndexOf("/@", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var start = at + 2;
            var end = url.IndexOfAny(['/', '?', '#'], start);
            var handle = end < 0 ? url[start..] : url[start..end];
            if (handle.Length > 0)
            {
                return Uri.UnescapeDataString(handle);
            }
        }
        return null;
    }
}
