using System.Globalization;

namespace Graywatch.Simulation;

/// <summary>The synthetic world ordinary posts are drawn from: accounts, hashtags and sounds with heavy-tailed popularity.</summary>
/// <remarks>
/// Followers are log-normal (median 1,500); posting activity, hashtags and sounds follow Zipf laws. The first
/// <see cref="Reserved"/> accounts belong to planted threats and never author ordinary posts.
/// </remarks>
internal sealed class Population
{
    public const int Reserved = 32;

    private readonly ZipfSampler _authors;
    private readonly ZipfSampler _hashtags;
    private readonly ZipfSampler _sounds;
    private readonly PopulationProfile _profile;

    public Population(Random random, int posts, long startUnix, IReadOnlySet<string> excludedHashtags, PopulationProfile? profile = null)
    {
        _profile = profile ?? PopulationProfile.Default;
        AccountKey = (uint)random.Next();
        var accountCount = Math.Clamp(posts / 5, 300, 200_000) + Reserved;
        Accounts = new SimAccount[accountCount];
        var followers = _profile.OrdinaryFollowers ?? (r => LogNormal(r, 1500, 2.2));
        for (var i = 0; i < accountCount; i++)
        {
            Accounts[i] = NewAccount(random, i, startUnix, followers);
        }
        Hashtags = BuildHashtags(Math.Clamp(posts / 10, 200, 5000), excludedHashtags);
        var soundKey = (uint)random.Next();
        Sounds = new SimSound[Math.Clamp(posts / 20, 100, 20_000)];
        for (var i = 0; i < Sounds.Length; i++)
        {
            Sounds[i] = NewSound(random, (uint)i, soundKey, startUnix);
        }
        _authors = new ZipfSampler(accountCount - Reserved, 0.8);
        _hashtags = new ZipfSampler(Hashtags.Length, 1.0);
        _sounds = new ZipfSampler(Sounds.Length, 1.1);
    }

    public SimAccount[] Accounts { get; }
    public string[] Hashtags { get; }
    public SimSound[] Sounds { get; }
    public uint AccountKey { get; }

    public SimAccount SampleAuthor(Random random) => Accounts[Reserved + _authors.Sample(random)];

    /// <summary>An ordinary account chosen uniformly (not by activity), for threats that need many distinct authors.</summary>
    public SimAccount UniformAuthor(Random random) => Accounts[random.Next(Reserved, Accounts.Length)];

    public string SampleHashtag(Random random) => Hashtags[_hashtags.Sample(random)];

    public SimSound SampleSound(Random random) => Sounds[_sounds.Sample(random)];

    public static double LogNormal(Random random, double median, double sigma) => median * Math.Exp(sigma * Gaussian(random));

    public static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Replaces reserved account <paramref name="index"/> with one of the given size and handle stem.</summary>
    public SimAccount Reserve(Random random, int index, long startUnix, double followersMedian, double followersSigma, string? handleStem = null, CaptionLanguage? language = null)
    {
        var account = NewAccount(random, index, startUnix, r => LogNormal(r, followersMedian, followersSigma), handleStem, language);
        Accounts[index] = account;
        return account;
    }

    private SimAccount NewAccount(Random random, int index, long startUnix, Func<Random, double> drawFollowers, string? handleStem = null, CaptionLanguage? language = null)
    {
        var roll = random.NextDouble();
        var lang = language ?? (roll < _profile.EnglishShare ? CaptionLanguage.English
            : roll < _profile.EnglishOrTraditionalShare ? CaptionLanguage.TraditionalChinese
            : CaptionLanguage.SimplifiedChinese);
        var followers = (long)Math.Min(80_000_000, drawFollowers(random));
        var joined = startUnix - random.Next(30, 6 * 365) * 86_400L;
        var stem = handleStem ?? Phrases.Pick(random, Phrases.HandleWords) + Phrases.Pick(random, Phrases.HandleWords);
        var nickname = lang == CaptionLanguage.English
            ? $"{Phrases.Pick(random, Phrases.EnglishFirstNames)} {Phrases.Pick(random, Phrases.EnglishLastNames)}"
            : Phrases.Pick(random, Phrases.ChineseNicknames);
        var region = lang switch
        {
            CaptionLanguage.English => Phrases.Pick(random, Phrases.EnglishRegions),
            CaptionLanguage.TraditionalChinese => Phrases.Pick(random, Phrases.TraditionalRegions),
            _ => Phrases.Pick(random, Phrases.SimplifiedRegions),
        };
        var id = TikTokIds.Make(joined, (uint)index, AccountKey).ToString(CultureInfo.InvariantCulture);
        var handle = stem + index.ToString(CultureInfo.InvariantCulture);
        // Real handles are lower-case words and digits: an underscore and a counter keep a new handle out of their way.
        for (var n = 1; _profile.TakenHandles.Contains(handle) || _profile.TakenHandles.Contains(id); n++)
        {
            handle = $"{stem}{index}_{n}";
            id = TikTokIds.Make(joined - n, (uint)index, AccountKey).ToString(CultureInfo.InvariantCulture);
        }
        return new SimAccount
        {
            Id = id,
            UniqueId = handle,
            Nickname = nickname,
            Signature = Phrases.Pick(random, Phrases.Signatures),
            Language = lang,
            Followers = followers,
            Following = (long)Math.Min(10_000, LogNormal(random, 300, 1.0)),
            Hearts = (long)(followers * (5 + (random.NextDouble() * 25))),
            Videos = 1 + (long)Math.Min(5000, LogNormal(random, 80, 1.0)),
            Verified = followers > 1_000_000 && random.NextDouble() < 0.5,
            Region = _profile.Region ?? region,
        };
    }

    private static SimSound NewSound(Random random, uint index, uint key, long startUnix)
    {
        var released = startUnix - random.Next(1, 3 * 365) * 86_400L;
        var id = TikTokIds.Make(released, index, key);
        if (random.NextDouble() < 0.4)
        {
            var handle = Phrases.Pick(random, Phrases.HandleWords) + random.Next(10, 999).ToString(CultureInfo.InvariantCulture);
            return new SimSound(id, $"original sound - {handle}", handle, true);
        }
        var title = $"{Phrases.Pick(random, Phrases.SongWords)} {Phrases.Pick(random, Phrases.SongWords)}";
        var artist = $"{Phrases.Pick(random, Phrases.EnglishFirstNames)} {Phrases.Pick(random, Phrases.SongWords)}";
        return new SimSound(id, title, artist, false);
    }

    private static string[] BuildHashtags(int wanted, IReadOnlySet<string> excluded)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>(wanted);
        void Add(string tag)
        {
            if (list.Count < wanted && !excluded.Contains(tag) && seen.Add(tag))
            {
                list.Add(tag);
            }
        }
        for (var i = 0; i < Math.Max(Phrases.EnglishTagWords.Length, Phrases.ChineseTagWords.Length); i++)
        {
            if (i < Phrases.EnglishTagWords.Length)
            {
                Add(Phrases.EnglishTagWords[i]);
            }
            if (i < Phrases.ChineseTagWords.Length)
            {
                Add(Phrases.ChineseTagWords[i]);
            }
        }
        foreach (var suffix in Phrases.EnglishTagSuffixes)
        {
            foreach (var word in Phrases.EnglishTagWords)
            {
                Add(word + suffix);
            }
        }
        foreach (var suffix in Phrases.ChineseTagSuffixes)
        {
            foreach (var word in Phrases.ChineseTagWords)
            {
                Add(word + suffix);
            }
        }
        foreach (var first in Phrases.EnglishTagWords)
        {
            foreach (var second in Phrases.EnglishTagWords)
            {
                Add(first + second);
            }
        }
        return [.. list];
    }
}
