using System.Text.Json;

namespace Graywatch.Simulation;

/// <summary>Generates synthetic TikTok data with planted threats and a ground-truth file; the same options and seed give byte-identical files.</summary>
/// <remarks>
/// Streams: each post is generated once, written to every round file, and dropped, so memory does not grow with the post count
/// (only accounts, hashtags, sounds and the few hundred planted posts are kept). Not thread-safe; use one instance per run.
/// </remarks>
public sealed class Simulator(SimulationOptions options, Random random)
{
    /// <summary>The file holding the planted threats and observation times.</summary>
    public const string TruthFileName = "truth.json";

    /// <summary>The file listing the sensitive site and its decoys.</summary>
    public const string SitesFileName = "sites.csv";

    /// <summary>Writes the round files, <c>sites.csv</c> and <c>truth.json</c> into <paramref name="directory"/>.</summary>
    public SimulationResult Run(string directory, IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        Run(directory, directory, progress, cancellationToken);

    /// <summary>Writes the round files into <paramref name="directory"/> and <c>sites.csv</c> and <c>truth.json</c> into <paramref name="truthDirectory"/>.</summary>
    /// <param name="progress">Receives the number of posts written so far, every 10,000 posts and at the end.</param>
    /// <exception cref="InvalidOperationException">The options are invalid (see <see cref="SimulationOptions.Validate"/>).</exception>
    public SimulationResult Run(string directory, string truthDirectory, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        if (options.Validate() is { } error)
        {
            throw new InvalidOperationException(error);
        }
        Directory.CreateDirectory(directory);
        Directory.CreateDirectory(truthDirectory);
        var roundPrefix = Path.GetRelativePath(truthDirectory, directory);
        var start = options.Start.ToUniversalTime();
        var observed = Enumerable.Range(1, options.Rounds).Select(options.ObservedAt).ToArray();
        var observedMs = observed.Select(o => o.ToUnixTimeMilliseconds()).ToArray();
        var excluded = new HashSet<string>([CoordinationRingThreat.Hashtag, .. HarmfulChallengeThreat.Hashtags, .. AngerSurgeThreat.Hashtags], StringComparer.Ordinal);
        var population = new Population(random, options.Posts, start.ToUnixTimeSeconds(), excluded);
        var factory = new PostFactory(random, population, new EngagementModel([.. observed.Select(o => o.ToUnixTimeSeconds())]), start, options.Days);
        var threats = options.PlantThreats ? ThreatPlanter.PlantAll(random, factory, options.Days, SiteCatalog.Default) : [];
        var planted = threats.SelectMany(t => t.Posts).ToArray();
        random.Shuffle(planted);
        var viral = threats.FirstOrDefault(t => t.Kind == "viral-outlier")?.Posts[0];
        var peerViews = new List<long>();

        IRoundWriter shape = options.Shape == OutputShape.Research ? new ResearchRoundWriter() : new ZeeschuimerRoundWriter();
        var outputs = Enumerable.Range(1, options.Rounds).Select(r => new JsonLinesFile(Path.Combine(directory, shape.FileName(r)))).ToArray();
        try
        {
            var next = 0;
            for (long i = 0; i < options.Posts; i++)
            {
                SimPost post;
                if (next < planted.Length && i == (((2L * next) + 1) * options.Posts) / (2L * planted.Length))
                {
                    post = planted[next++];
                }
                else
                {
                    post = factory.Ordinary(random);
                    if (viral is not null && post.Author.Followers >= viral.Author.Followers / 2 && post.Author.Followers <= viral.Author.Followers * 2)
                    {
                        peerViews.Add(post.Engagement.Views[^1]);
                    }
                }
                for (var r = 0; r < outputs.Length; r++)
                {
                    shape.Write(outputs[r], post, r, observedMs[r]);
                }
                if ((i + 1) % 10_000 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(i + 1);
                }
            }
        }
        finally
        {
            foreach (var o in outputs)
            {
                o.Dispose();
            }
        }
        progress?.Report(options.Posts);

        var files = new List<SimulatedFile>();
        for (var r = 0; r < outputs.Length; r++)
        {
            File.SetLastWriteTimeUtc(outputs[r].Path, observed[r].UtcDateTime);
            files.Add(new SimulatedFile(RelativeName(roundPrefix, outputs[r].Path), "posts", r + 1, observed[r], outputs[r].Lines, new FileInfo(outputs[r].Path).Length));
        }
        var sitesPath = Path.Combine(truthDirectory, SitesFileName);
        SitesCsv.Write(sitesPath, SiteCatalog.Default.All);
        files.Add(new SimulatedFile(SitesFileName, "sites", null, null, SiteCatalog.Default.Decoys.Count + 2, new FileInfo(sitesPath).Length));

        var measurements = new Dictionary<string, Action<Utf8JsonWriter>>();
        if (viral is not null)
        {
            peerViews.Sort();
            var median = peerViews.Count == 0 ? 0 : peerViews[peerViews.Count / 2];
            measurements["viral-outlier"] = w =>
            {
                w.WriteNumber("peerPosts", peerViews.Count);
                w.WriteNumber("peerMedianViews", median);
                w.WriteNumber("viewsOverPeerMedian", median == 0 ? 0 : Math.Round((double)viral.Engagement.Views[^1] / median, 1));
                w.WriteNumber("viewsOverFollowers", Math.Round((double)viral.Engagement.Views[^1] / Math.Max(1, viral.Author.Followers), 1));
            };
        }
        var truthPath = Path.Combine(truthDirectory, TruthFileName);
        TruthFile.Write(truthPath, options, files, threats, measurements);
        files.Add(new SimulatedFile(TruthFileName, "truth", null, null, 0, new FileInfo(truthPath).Length));

        return new SimulationResult
        {
            Directory = truthDirectory,
            Options = options,
            Files = files,
            Posts = options.Posts,
            PlantedPosts = planted.Length,
            Accounts = population.Accounts.Length,
            Threats = [.. threats.Select(t => t.Kind)],
        };
    }

    private static string RelativeName(string prefix, string path) =>
        prefix == "." ? Path.GetFileName(path) : Path.Combine(prefix, Path.GetFileName(path)).Replace('\\', '/');
}
