using System.Text.Json;

namespace Graywatch.Simulation;

/// <summary>Plants the five threats of <c>simulate</c> into real exports: copies them unchanged, and writes the planted posts in the first one's format, <c>sites.csv</c> and <c>truth.json</c>.</summary>
/// <remarks>
/// The exports are read with Graywatch's own readers to fit the planted posts to the data (see <see cref="PlantingFrame"/>);
/// planted post ids and handles never equal real ones. Posts of a threat the format cannot carry (measured by
/// <see cref="PlantFormat"/>) go to <c>planted-generic.csv</c>, or are left out, and <c>truth.json</c> says so. The same inputs and
/// seed give byte-identical files. Not thread-safe; one instance per run.
/// </remarks>
public sealed class RealDataPlanter(PlantIntoOptions options)
{
    /// <summary>The planted file's name without extension.</summary>
    public const string PlantedName = "planted";

    /// <summary>The most views a planted post reaches: about the most any TikTok video has had.</summary>
    public const double MaxViews = 2e9;

    /// <summary>The file of planted posts the input's format cannot carry.</summary>
    public const string GenericName = "planted-generic.csv";

    /// <summary>Writes the copies, the planted file(s), <c>sites.csv</c> and <c>truth.json</c> into <paramref name="directory"/>.</summary>
    /// <exception cref="Readers.InputException">An input is missing, unreadable, of no known format, or holds no posts to plant into.</exception>
    public PlantIntoResult Run(string directory, CancellationToken cancellationToken = default)
    {
        HashSet<string> plantedTags = new([CoordinationRingThreat.Hashtag, .. HarmfulChallengeThreat.Hashtags, .. AngerSurgeThreat.Hashtags], StringComparer.Ordinal);
        var survey = RealDataSurvey.Read(options.Inputs, options.Format, plantedTags, cancellationToken);
        var format = PlantFormat.Of(survey.Files[0]);
        var random = new Random(options.Seed);
        var frame = PlantingFrame.Of(survey, options, random);
        var notices = new List<string>(frame.Notices);
        if (survey.PlantedHashtagsFound.Count > 0)
        {
            notices.Add($"The real posts already use planted hashtags ({string.Join(", ", survey.PlantedHashtagsFound.Order().Select(t => "#" + t))}): findings on them may mix real and planted posts.");
        }

        var start = DateTimeOffset.FromUnixTimeSeconds(frame.StartUnix);
        var population = new Population(random, (int)Math.Min(survey.Posts, 1_000_000), frame.StartUnix, plantedTags, frame.Profile);
        var engagement = new EngagementModel([frame.ObservedUnix], frame.Reach.Factor)
        {
            MaxViews = MaxViews,
            // An outlier by the data's own measure too: at least six robust standard deviations above its peers.
            ViralMultiplier = Math.Round(Math.Max(1000, Math.Exp(6 * frame.Reach.Spread))),
        };
        var factory = new PostFactory(random, population, engagement, start, frame.Days, frame.LocalOffset, survey.PostIds);
        var threats = ThreatPlanter.PlantAll(random, factory, frame.Days, frame.Sites);

        var inFormat = new List<PlantedThreat>();
        var inGeneric = new List<PlantedThreat>();
        var left = new List<(string Kind, string Reason)>();
        foreach (var threat in threats)
        {
            if (format.Capabilities.Missing(threat.Kind) is not { } missing)
            {
                inFormat.Add(threat);
            }
            else if (options.GenericFallback)
            {
                inGeneric.Add(threat);
                notices.Add($"{format.Name} cannot carry {missing}: the {threat.Kind} posts are in {GenericName} (generic CSV).");
            }
            else
            {
                left.Add((threat.Kind, $"{format.Name} cannot carry {missing}"));
                notices.Add($"{format.Name} cannot carry {missing}: the {threat.Kind} threat is left out.");
            }
        }
        var planted = inFormat.Concat(inGeneric).ToList();
        var plantedPosts = planted.Sum(t => t.Posts.Count);
        if (plantedPosts > survey.Posts / 4)
        {
            notices.Add($"The {plantedPosts:N0} planted posts are {100.0 * plantedPosts / (plantedPosts + survey.Posts):0}% of all posts: the real data are small for five threats over {frame.Days} days.");
        }

        Directory.CreateDirectory(directory);
        var plantedName = PlantedName + format.Extension;
        var files = CopyInputs(directory, survey, [plantedName, GenericName, Simulator.SitesFileName, Simulator.TruthFileName]);
        var observed = DateTimeOffset.FromUnixTimeSeconds(frame.ObservedUnix);
        var carriers = new List<(string Kind, string File, string Format)>();
        if (inFormat.Count > 0)
        {
            files.Add(WritePosts(directory, plantedName, format, inFormat, random, observed));
            carriers.AddRange(inFormat.Select(t => (t.Kind, plantedName, format.Name)));
        }
        if (inGeneric.Count > 0)
        {
            files.Add(WritePosts(directory, GenericName, PlantFormat.Generic(), inGeneric, random, observed));
            carriers.AddRange(inGeneric.Select(t => (t.Kind, GenericName, "generic")));
        }
        var sitesPath = Path.Combine(directory, Simulator.SitesFileName);
        SitesCsv.Write(sitesPath, frame.Sites.All);
        files.Add(new SimulatedFile(Simulator.SitesFileName, "sites", null, null, frame.Sites.Decoys.Count + 2, new FileInfo(sitesPath).Length));

        var truthPath = Path.Combine(directory, Simulator.TruthFileName);
        TruthFile.Write(truthPath, "graywatch simulate --plant-into", options.Seed, w =>
            {
                WriteOptions(w, frame, format, plantedPosts);
                WritePlantedInto(w, survey, frame, files, carriers, left, notices);
            },
            factory.TimeZone, DateTimeOffset.FromUnixTimeSeconds(frame.EndUnix), files, Notes(factory, observed), planted,
            Measurements(threats, survey));
        files.Add(new SimulatedFile(Simulator.TruthFileName, "truth", null, null, 0, new FileInfo(truthPath).Length));

        return new PlantIntoResult
        {
            Directory = directory,
            Files = files,
            Format = format.Name,
            RealPosts = survey.Posts,
            PlantedPosts = plantedPosts,
            Threats = [.. planted.Select(t => t.Kind)],
            WindowStart = start,
            WindowEnd = DateTimeOffset.FromUnixTimeSeconds(frame.EndUnix),
            ObservedAt = observed,
            AreaFrom = frame.AreaFrom,
            Notices = notices,
        };
    }

    /// <summary>Copies every input byte for byte with its last-write time (the ingest's collection time for formats without one).</summary>
    private static List<SimulatedFile> CopyInputs(string directory, RealDataSurvey survey, IReadOnlyList<string> reserved)
    {
        var used = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);
        var files = new List<SimulatedFile>();
        foreach (var input in survey.Files)
        {
            var name = Path.GetFileName(input.Path);
            for (var k = 2; !used.Add(name); k++)
            {
                name = $"{k}-{Path.GetFileName(input.Path)}";
            }
            var target = Path.Combine(directory, name);
            if (!string.Equals(Path.GetFullPath(target), Path.GetFullPath(input.Path), StringComparison.Ordinal))
            {
                File.Copy(input.Path, target, overwrite: true);
                File.SetLastWriteTimeUtc(target, input.LastWrite.UtcDateTime);
            }
            files.Add(new SimulatedFile(name, "real", null, null, input.Posts, new FileInfo(target).Length, input.Reader.Format));
        }
        return files;
    }

    private static SimulatedFile WritePosts(string directory, string name, PlantFormat format, IReadOnlyList<PlantedThreat> threats, Random random, DateTimeOffset observed)
    {
        var posts = threats.SelectMany(t => t.Posts).ToArray();
        random.Shuffle(posts);
        var path = Path.Combine(directory, name);
        long lines;
        using (var writer = format.Open(path))
        {
            foreach (var post in posts)
            {
                writer.Write(post, 0, observed.ToUnixTimeMilliseconds());
            }
            lines = writer.Lines;
        }
        File.SetLastWriteTimeUtc(path, observed.UtcDateTime);
        return new SimulatedFile(name, "posts", 1, observed, lines, new FileInfo(path).Length, format.Name);
    }

    private void WriteOptions(Utf8JsonWriter w, PlantingFrame frame, PlantFormat format, int plantedPosts)
    {
        w.WriteStartObject("options");
        w.WriteNumber("posts", plantedPosts);
        w.WriteNumber("seed", options.Seed);
        w.WriteString("start", PostFactory.Unix(frame.StartUnix));
        w.WriteNumber("days", frame.Days);
        w.WriteNumber("rounds", 1);
        w.WriteString("shape", format.Name);
        w.WriteBoolean("plantThreats", true);
        ThreatPlanter.WriteStrings(w, "plantInto", options.Inputs);
        w.WriteString("sites", options.SitesFile);
        w.WriteString("format", options.Format);
        w.WriteEndObject();
    }

    private static void WritePlantedInto(Utf8JsonWriter w, RealDataSurvey survey, PlantingFrame frame, List<SimulatedFile> files,
        List<(string Kind, string File, string Format)> carriers, List<(string Kind, string Reason)> left, List<string> notices)
    {
        var created = survey.CreatedSorted;
        w.WriteStartObject("plantedInto");
        w.WriteNumber("realPosts", survey.Posts);
        w.WriteNumber("realQuarantined", survey.Quarantined);
        w.WriteNumber("realAccounts", survey.Handles.Count);
        w.WriteStartObject("realSpan");
        w.WriteString("first", PostFactory.Unix(created[0]));
        w.WriteString("last", PostFactory.Unix(created[^1]));
        w.WriteEndObject();
        w.WriteStartArray("realFiles");
        foreach (var f in files.Where(f => f.Kind == "real"))
        {
            w.WriteStartObject();
            w.WriteString("path", f.Path);
            w.WriteString("format", f.Format);
            w.WriteNumber("posts", f.Lines);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("area");
        w.WriteString("from", frame.AreaFrom);
        w.WriteNumber("lat", frame.Sites.Sensitive.Latitude);
        w.WriteNumber("lon", frame.Sites.Sensitive.Longitude);
        w.WriteEndObject();
        w.WriteNumber("reach", frame.Reach.Overall);
        w.WriteNumber("viewSpread", frame.Reach.Spread);
        w.WriteStartObject("languages");
        w.WriteNumber("english", Math.Round(frame.Profile.EnglishShare, 3));
        w.WriteNumber("traditionalChinese", Math.Round(frame.Profile.EnglishOrTraditionalShare - frame.Profile.EnglishShare, 3));
        w.WriteNumber("simplifiedChinese", Math.Round(1 - frame.Profile.EnglishOrTraditionalShare, 3));
        w.WriteEndObject();
        w.WriteStartArray("carriers");
        foreach (var (kind, file, format) in carriers)
        {
            w.WriteStartObject();
            w.WriteString("kind", kind);
            w.WriteString("path", file);
            w.WriteString("format", format);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("notPlanted");
        foreach (var (kind, reason) in left)
        {
            w.WriteStartObject();
            w.WriteString("kind", kind);
            w.WriteString("reason", reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        ThreatPlanter.WriteStrings(w, "notices", notices);
        w.WriteEndObject();
    }

    private static string[] Notes(PostFactory factory, DateTimeOffset observed) =>
    [
        $"Planted accounts live in UTC{factory.TimeZone}: their daily rhythm, weekdays and working hours are local times.",
        "The real exports are copied byte for byte with their last-write times; no real post belongs to a planted threat.",
        "Planted ids are 19-digit TikTok-like numbers with the Unix creation time in the high 32 bits; none equals a real post id, and no planted handle or account id equals a real one. Hashtags are written without '#'.",
        $"Planted posts are observed once, at {PostFactory.Unix(observed.ToUnixTimeSeconds())} (6 h after the planting window); a format without a collection time takes it from the planted file's last-write time.",
        "Only the stationed accounts' posts carry coordinates, and only in formats that can hold them.",
    ];

    /// <summary>Sorted views of real posts whose authors have half to twice <paramref name="followers"/> followers.</summary>
    private static long[] PeerViews(RealDataSurvey survey, long followers) =>
        [.. survey.Reach.Where(p => p.Followers >= followers / 2 && p.Followers <= followers * 2).Select(p => p.Views).Order()];

    /// <summary>The viral post against real peers: real posts whose authors have half to twice its author's followers.</summary>
    private static Dictionary<string, Action<Utf8JsonWriter>> Measurements(IReadOnlyList<PlantedThreat> threats, RealDataSurvey survey)
    {
        var result = new Dictionary<string, Action<Utf8JsonWriter>>(StringComparer.Ordinal);
        if (threats.FirstOrDefault(t => t.Kind == "viral-outlier")?.Posts[0] is { } viral)
        {
            var f = viral.Author.Followers;
            var peers = PeerViews(survey, f);
            var median = peers.Length == 0 ? 0 : peers[peers.Length / 2];
            var views = viral.Engagement.Views[^1];
            result["viral-outlier"] = w =>
            {
                w.WriteNumber("peerPosts", peers.Length);
                w.WriteNumber("peerMedianViews", median);
                w.WriteNumber("viewsOverPeerMedian", median == 0 ? 0 : Math.Round((double)views / median, 1));
                w.WriteNumber("viewsOverFollowers", Math.Round((double)views / Math.Max(1, f), 1));
            };
        }
        return result;
    }
}
