using System.Globalization;
using Graywatch.Model;
using Graywatch.Store;

namespace Graywatch.Testing;

/// <summary>Inserts canonical records into a store with plain SQL, for tests that need a store in a given state.</summary>
/// <remarks>
/// Records are attributed to the current source, which is created on first use (<c>seed.jsonl</c>, origin <c>content</c>)
/// or set with <see cref="Source"/>. Not thread-safe.
/// </remarks>
public sealed class StoreSeeder(GraywatchStore store)
{
    private int _sourceId;
    private long _item;

    public GraywatchStore Store => store;

    /// <summary>Registers a source file; the records added after it belong to it.</summary>
    /// <param name="observedAtOrigin">How the collection time was found, such as <c>content</c> or <c>file-time</c>.</param>
    /// <param name="sampling">How the source was collected (feed, search, account, census, simulated, unknown).</param>
    public StoreSeeder Source(string path, string observedAtOrigin = "content", DateTimeOffset? observedAt = null, string sampling = "unknown")
    {
        _sourceId++;
        store.Execute(
            "INSERT INTO sources VALUES (?, ?, ?, 'test', 1, 0, CAST(? AS TIMESTAMPTZ), ?, CAST(? AS TIMESTAMPTZ), NULL, ?)",
            _sourceId, path, $"sha-{_sourceId}", Ts(observedAt ?? Some.Time), observedAtOrigin, Ts(Some.Time), sampling);
        return this;
    }

    public StoreSeeder Add(params IEnumerable<Post> posts)
    {
        foreach (var p in posts)
        {
            var args = new List<object?> { p.Platform, p.Id, p.AuthorId, p.AuthorName, Ts(p.CreatedAt), p.Text, p.Language };
            var hashtags = List(p.Hashtags, args);
            args.AddRange([p.SoundId, p.SoundTitle, p.SoundAuthor, p.ParentId, p.ParentKind, p.DurationSeconds,
                p.RegionCode, p.PlaceName, p.Latitude, p.Longitude, p.Transcript, CurrentSource(), NextItem()]);
            store.Execute(
                $"""
                INSERT INTO posts (platform, id, author_id, author_name, created_at, text, language, hashtags,
                    sound_id, sound_title, sound_author, parent_id, parent_kind, duration_s,
                    region_code, place_name, lat, lon, transcript, source_id, source_item)
                VALUES (?, ?, ?, ?, CAST(? AS TIMESTAMPTZ), ?, ?, {hashtags}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [.. args]);
        }
        return this;
    }

    public StoreSeeder Add(params IEnumerable<EngagementSnapshot> snapshots)
    {
        foreach (var s in snapshots)
        {
            store.Execute(
                "INSERT INTO snapshots VALUES (?, ?, CAST(? AS TIMESTAMPTZ), ?, ?, ?, ?, ?, ?, ?)",
                s.Platform, s.PostId, Ts(s.ObservedAt), s.Views, s.Likes, s.Comments, s.Shares, s.Saves, CurrentSource(), NextItem());
        }
        return this;
    }

    public StoreSeeder Add(params IEnumerable<Account> accounts)
    {
        foreach (var a in accounts)
        {
            store.Execute(
                "INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMPTZ), ?, ?)",
                a.Platform, a.Id, a.Name, a.DisplayName, a.Followers, a.Following, a.Likes, a.Videos, a.Verified, a.Bio,
                Ts(a.ObservedAt), CurrentSource(), NextItem());
        }
        return this;
    }

    public StoreSeeder Add(params IEnumerable<Comment> comments)
    {
        foreach (var c in comments)
        {
            store.Execute(
                "INSERT INTO comments VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMPTZ), ?, ?, ?, ?)",
                c.Platform, c.Id, c.PostId, c.ParentId, c.AuthorId, c.Text, Ts(c.CreatedAt), c.Likes, c.Replies, CurrentSource(), NextItem());
        }
        return this;
    }

    /// <summary>Adds <paramref name="count"/> quarantined records of one kind.</summary>
    public StoreSeeder Quarantine(string kind = "invalid-json", int count = 1, string reason = "unreadable record")
    {
        for (var i = 0; i < count; i++)
        {
            store.Execute(
                "INSERT INTO quarantine VALUES (?, ?, ?, ?, ?, CAST(? AS TIMESTAMPTZ))",
                CurrentSource(), NextItem(), kind, reason, "{", Ts(Some.Time));
        }
        return this;
    }

    private int CurrentSource()
    {
        if (_sourceId == 0)
        {
            Source("seed.jsonl");
        }
        return _sourceId;
    }

    private long NextItem() => _item++;

    private static string List(IReadOnlyList<string> items, List<object?> args)
    {
        if (items.Count == 0)
        {
            return "[]::VARCHAR[]";
        }
        args.AddRange(items);
        return "[" + string.Join(", ", items.Select(_ => "?")) + "]";
    }

    private static string? Ts(DateTimeOffset? t) =>
        t?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.ffffff'+00'", CultureInfo.InvariantCulture);
}
