using Graywatch.Ingest;
using Graywatch.Readers;

namespace Graywatch.Simulation;

/// <summary>What the real exports hold, read with Graywatch's own readers: their posts' times, ids, authors, followers, views, places and scripts.</summary>
/// <remarks>
/// Times, follower-view pairs and coordinates are kept in seeded reservoirs (at most <see cref="Reservoir"/> each), so memory
/// stays bounded; post ids and author names are kept whole so that planted ones never collide with them. Not thread-safe.
/// </remarks>
internal sealed class RealDataSurvey
{
    public const int Reservoir = 200_000;

    private static readonly string[] NotPostFormats = ["tiktok-research-comments", "tiktok-research-user"];
    private readonly Random _sampling = new(20_260_105);
    private readonly List<long> _created = [];
    private readonly List<(long Followers, long Views)> _reach = [];
    private readonly List<(double Lat, double Lon)> _located = [];
    private readonly Dictionary<string, long> _followers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _regions = new(StringComparer.Ordinal);
    private long _createdSeen, _reachSeen, _locatedSeen;

    public List<SurveyedFile> Files { get; } = [];
    public HashSet<ulong> PostIds { get; } = [];
    public HashSet<string> Handles { get; } = new(StringComparer.Ordinal);
    public HashSet<string> PlantedHashtagsFound { get; } = new(StringComparer.Ordinal);
    public long Posts { get; private set; }
    public long Quarantined { get; private set; }
    public long LocatedPosts => _locatedSeen;
    public long CjkPosts { get; private set; }
    public long TraditionalPosts { get; private set; }
    public long SimplifiedPosts { get; private set; }
    public DateTimeOffset? LastObserved { get; private set; }

    /// <summary>Sorted creation times (Unix seconds) of a sample of the posts.</summary>
    public long[] CreatedSorted => [.. _created.Order()];

    public IReadOnlyList<(long Followers, long Views)> Reach => _reach;

    public IReadOnlyList<(double Lat, double Lon)> Located => _located;

    /// <summary>The largest follower count seen for each account.</summary>
    public IReadOnlyDictionary<string, long> Followers => _followers;

    /// <summary>The most common region code, or null.</summary>
    public string? Region => _regions.Count == 0 ? null : _regions.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;

    /// <summary>Reads every file; the first must hold posts.</summary>
    /// <exception cref="InputException">A file is missing, unreadable or of no known format, or the first holds no posts.</exception>
    public static RealDataSurvey Read(IReadOnlyList<string> paths, string? format, IReadOnlySet<string> plantedHashtags, CancellationToken cancellationToken)
    {
        var survey = new RealDataSurvey();
        for (var i = 0; i < paths.Count; i++)
        {
            try
            {
                survey.ReadFile(paths[i], format, first: i == 0, plantedHashtags, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException(paths[i], null, $"cannot be read: {e.Message}");
            }
        }
        if (survey._createdSeen == 0)
        {
            throw new InputException(paths[0], null, "no post with a creation time: the planted threats cannot be fitted to the data's span");
        }
        return survey;
    }

    private void ReadFile(string path, string? format, bool first, IReadOnlySet<string> plantedHashtags, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            throw new InputException(path, null, "is a directory: name the export files to plant into");
        }
        if (!File.Exists(path))
        {
            throw new InputException(path, null, "file not found");
        }
        var source = SourceFile.Probe(path);
        var sample = source.Sample();
        if (string.IsNullOrWhiteSpace(sample.Head))
        {
            throw new InputException(path, null, "the file is empty");
        }
        var reader = format is null
            ? ReaderCatalog.Detect(sample) ?? throw new InputException(path, 1, $"cannot tell the format from the content; pass --format with one of: {ReaderCatalog.FormatNames}")
            : ReaderCatalog.ByName(format) ?? throw new InputException(path, null, $"unknown format '{format}'; known formats: {ReaderCatalog.FormatNames}");
        if (first && NotPostFormats.Contains(reader.Format))
        {
            throw new InputException(path, null, $"a {reader.Format} file holds {(reader.Format.EndsWith("comments", StringComparison.Ordinal) ? "comments" : "accounts")}, not posts: name a post export first, the planted posts take its format");
        }
        var observedDefault = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        long posts = 0, quarantined = 0;
        var (raw, text) = source.Open();
        using (raw)
        using (text)
        {
            foreach (var record in reader.Read(text, new ReaderContext(path, observedDefault), cancellationToken))
            {
                if (record.IsQuarantined)
                {
                    quarantined++;
                    continue;
                }
                if (record.Post is { } post)
                {
                    posts++;
                    AddPost(post, record.Account?.Followers, record.Snapshot?.Views, plantedHashtags);
                }
                if (record.Account is { } account)
                {
                    Handles.Add(account.Id);
                    if (account.Name is { } name)
                    {
                        Handles.Add(name);
                    }
                    if (account.Followers is { } f)
                    {
                        _followers[account.Id] = Math.Max(f, _followers.GetValueOrDefault(account.Id));
                    }
                }
                if (record.Snapshot is { } snapshot && (LastObserved is null || snapshot.ObservedAt > LastObserved))
                {
                    LastObserved = snapshot.ObservedAt;
                }
            }
        }
        if (first && posts == 0)
        {
            throw new InputException(path, null, $"no post could be read ({quarantined} records quarantined): nothing to plant into");
        }
        Posts += posts;
        Quarantined += quarantined;
        Files.Add(new SurveyedFile(path, reader, sample, posts, quarantined, observedDefault));
    }

    private void AddPost(Model.Post post, long? followers, long? views, IReadOnlySet<string> plantedHashtags)
    {
        if (ulong.TryParse(post.Id, out var numeric))
        {
            PostIds.Add(numeric);
        }
        if (post.AuthorId is { } author)
        {
            Handles.Add(author);
        }
        if (post.AuthorName is { } name)
        {
            Handles.Add(name);
        }
        if (post.CreatedAt is { } created)
        {
            Keep(_created, ref _createdSeen, created.ToUnixTimeSeconds());
        }
        if (followers is { } f && views is { } v)
        {
            Keep(_reach, ref _reachSeen, (f, v));
        }
        if (post.Latitude is { } lat && post.Longitude is { } lon && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180 && !(lat == 0 && lon == 0))
        {
            Keep(_located, ref _locatedSeen, (lat, lon));
        }
        if (post.RegionCode is { Length: > 0 } region)
        {
            _regions[region.ToUpperInvariant()] = _regions.GetValueOrDefault(region.ToUpperInvariant()) + 1;
        }
        foreach (var tag in post.Hashtags)
        {
            if (plantedHashtags.Contains(tag))
            {
                PlantedHashtagsFound.Add(tag);
            }
        }
        Script(post.Text);
    }

    /// <summary>Counts the post as Chinese when its text holds Han characters, and which script its telltale characters belong to.</summary>
    private void Script(string? text)
    {
        if (text is null)
        {
            return;
        }
        bool han = false, traditional = false, simplified = false;
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han = true;
                traditional |= TraditionalOnly.Contains(c);
                simplified |= SimplifiedOnly.Contains(c);
            }
        }
        CjkPosts += han ? 1 : 0;
        TraditionalPosts += traditional && !simplified ? 1 : 0;
        SimplifiedPosts += simplified && !traditional ? 1 : 0;
    }

    private const string TraditionalOnly = "們個這說時會國來對實從還灣發現經過學與為體點開關無動";
    private const string SimplifiedOnly = "们个这说时会国来对实从还湾发现经过学与为体点开关无动";

    private void Keep<T>(List<T> reservoir, ref long seen, T value)
    {
        seen++;
        if (reservoir.Count < Reservoir)
        {
            reservoir.Add(value);
        }
        else if (_sampling.NextInt64(seen) is var j && j < Reservoir)
        {
            reservoir[(int)j] = value;
        }
    }
}
