using System.Globalization;
using System.Text;

namespace Graywatch.Simulation;

/// <summary>Composes posts: unique ids, posting times with a daily rhythm, captions with hashtags and mentions, and the optional extras.</summary>
/// <remarks>Not thread-safe: one factory per simulation run.</remarks>
internal sealed class PostFactory
{
    /// <summary>The default local time of the accounts: UTC+8.</summary>
    public static readonly TimeSpan DefaultLocalOffset = TimeSpan.FromHours(8);

    private static readonly double MaxHourWeight = Phrases.HourWeights.Max();
    private readonly Population _population;
    private readonly EngagementModel _engagement;
    private readonly long _startUnix;
    private readonly long _windowSeconds;
    private readonly uint _idKey;
    private readonly IReadOnlySet<ulong> _takenIds;
    private readonly ulong[] _recent = new ulong[64];
    private readonly StringBuilder _text = new(256);
    private int _recentCount;
    private uint _counter;

    /// <param name="localOffset">The accounts' local time (default <see cref="DefaultLocalOffset"/>): daily rhythms, weekdays and working hours follow it.</param>
    /// <param name="takenIds">Post ids that already exist (real posts planted into); new ids avoid them.</param>
    public PostFactory(Random random, Population population, EngagementModel engagement, DateTimeOffset start, int days, TimeSpan? localOffset = null, IReadOnlySet<ulong>? takenIds = null)
    {
        _population = population;
        LocalOffset = localOffset ?? DefaultLocalOffset;
        _takenIds = takenIds ?? new HashSet<ulong>();
        _engagement = engagement;
        _startUnix = start.ToUnixTimeSeconds();
        _windowSeconds = days * 86_400L;
        _idKey = (uint)random.Next();
    }

    public TimeSpan LocalOffset { get; }

    /// <summary>The local offset as written in <c>truth.json</c>, such as <c>+08:00</c>.</summary>
    public string TimeZone => (LocalOffset < TimeSpan.Zero ? "-" : "+") + LocalOffset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    public long StartUnix => _startUnix;

    public long EndUnix => _startUnix + _windowSeconds;

    public EngagementModel Engagement => _engagement;

    public Population Population => _population;

    /// <summary>A time in the window, denser in the local evening and sparse at night.</summary>
    public long RandomTime(Random random) => RandomTime(random, _startUnix, EndUnix);

    /// <summary>A time in [<paramref name="from"/>, <paramref name="to"/>) following the local daily rhythm.</summary>
    public long RandomTime(Random random, long from, long to)
    {
        while (true)
        {
            var t = from + (long)(random.NextDouble() * (to - from));
            if (random.NextDouble() * MaxHourWeight < Phrases.HourWeights[LocalHour(t)])
            {
                return t;
            }
        }
    }

    public int LocalHour(long unix) => (int)(((unix + (long)LocalOffset.TotalSeconds) % 86_400 + 86_400) % 86_400 / 3600);

    public DayOfWeek LocalDay(long unix) => DateTimeOffset.FromUnixTimeSeconds(unix).ToOffset(LocalOffset).DayOfWeek;

    /// <summary>An ordinary post by an ordinary author.</summary>
    public SimPost Ordinary(Random random)
    {
        var author = _population.SampleAuthor(random);
        var created = RandomTime(random);
        var tagCount = random.NextDouble() < 0.1 ? 0 : 1 + Math.Min(5, (int)Population.LogNormal(random, 2, 0.6));
        var tags = new List<string>(tagCount);
        for (var i = 0; i < tagCount; i++)
        {
            var tag = _population.SampleHashtag(random);
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }
        var core = Phrases.Caption(random, author.Language);
        if (random.NextDouble() < 0.25)
        {
            core += " " + Phrases.Caption(random, author.Language);
        }
        SimPlace? place = null;
        if (random.NextDouble() < 0.05)
        {
            var p = Phrases.Pick(random, Phrases.Places);
            place = new SimPlace(TikTokIds.ForName(p.Name), p.Name, $"{p.City} {random.Next(1, 300)}", p.City, 0, 0, false);
        }
        var duet = random.NextDouble() < 0.03 && _recentCount > 0 ? _recent[random.Next(Math.Min(_recentCount, _recent.Length))] : 0;
        var post = Compose(random, author, created, core, tags, _population.SampleSound(random), place, _engagement.Grow(random, author.Followers, created), duet);
        _recent[_recentCount++ % _recent.Length] = post.Id;
        return post;
    }

    /// <summary>A post with the given author, time, caption core, hashtags and sound; extras and mentions are drawn at random.</summary>
    public SimPost Compose(Random random, SimAccount author, long created, string core, IReadOnlyList<string> hashtags, SimSound sound, SimPlace? place, Engagement engagement, ulong duetFromId = 0)
    {
        _text.Clear().Append(core);
        foreach (var tag in hashtags)
        {
            _text.Append(" #").Append(tag);
        }
        string[] mentions = [];
        if (random.NextDouble() < 0.15)
        {
            var mentioned = _population.UniformAuthor(random).UniqueId;
            mentions = [mentioned];
            _text.Append(" @").Append(mentioned);
        }
        var effect = random.NextDouble() < 0.15 ? random.Next(Phrases.Effects.Length) : -1;
        var sticker = random.NextDouble() < 0.1 ? Phrases.Caption(random, author.Language) : null;
        var region = place is not null ? RegionOf(place, author) : random.NextDouble() < 0.5 ? author.Region : null;
        var voice = random.NextDouble() < 0.2 ? Phrases.Pick(random, Phrases.VoiceLines) : null;
        var playlist = random.NextDouble() < 0.05 ? 7_000_000_000_000_000_000L + random.NextInt64(1_000_000_000_000_000) : 0;
        return new SimPost
        {
            Id = NewId(created),
            CreateTime = created,
            Author = author,
            Text = _text.ToString(),
            Hashtags = hashtags,
            Mentions = mentions,
            Sound = sound,
            DurationSeconds = (int)Math.Clamp(Population.LogNormal(random, 20, 0.7), 5, 180),
            Effect = effect,
            StickerText = sticker,
            DuetFromId = duetFromId,
            RegionCode = region,
            Place = place,
            VoiceToText = voice,
            PlaylistId = playlist,
            Engagement = engagement,
        };
    }

    private ulong NewId(long created)
    {
        var id = TikTokIds.Make(created, _counter++, _idKey);
        while (_takenIds.Contains(id))
        {
            id = TikTokIds.Make(created, _counter++, _idKey);
        }
        return id;
    }

    private static string RegionOf(SimPlace place, SimAccount author)
    {
        foreach (var p in Phrases.Places)
        {
            if (p.Name == place.Name)
            {
                return p.Region;
            }
        }
        return author.Language == CaptionLanguage.English ? author.Region : "TW";
    }

    public static string Unix(long unix) => DateTimeOffset.FromUnixTimeSeconds(unix).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
