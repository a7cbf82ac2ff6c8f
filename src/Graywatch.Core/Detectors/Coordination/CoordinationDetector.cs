using Graywatch.Coordination;
using Graywatch.Findings;

namespace Graywatch.Detectors.Coordination;

/// <summary>Finds coordinated account networks: accounts that repeatedly share the same objects within seconds of each other.</summary>
/// <remarks>
/// Runs CooRTweet's two stages (<see cref="PairFinder"/>, <see cref="CoordinationNetwork"/>) for each object kind in
/// <c>coord.by</c> (default <c>hashtag,sound,repost,duet,caption,url</c>; <c>near-caption</c>, <c>hashtag-set</c>,
/// <c>effect</c> and <c>cotemporal-hashtag</c> on request). A network is a connected group of links repeated at least
/// <c>coord.min_repeats</c> times (default 3; repeats count distinct posts on both sides) with at least <c>coord.min_accounts</c> accounts (default 3): an absolute
/// floor rather than CooRTweet's batch percentile, so findings compare across runs (the percentile flag is still
/// reported). Groups found through several kinds that share most members become one finding. Other settings:
/// <c>coord.window</c> (seconds, default 60), <c>coord.min_participation</c> (2), <c>coord.edge_weight</c> (0.5),
/// <c>coord.similarity</c> (0.8). Discovery hashtags (<see cref="DetectorContext.GenericHashtags"/>) are no evidence:
/// they are left out of the hashtag kinds. Stateless.
/// </remarks>
public sealed class CoordinationDetector : IDetector
{
    public const string DetectorId = "coordination";

    public string Id => DetectorId;

    public string Module => "mobilization";

    public Task<IReadOnlyList<Finding>> DetectAsync(DetectorContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var options = new CoordinationOptions
        {
            WindowSeconds = Math.Max(0, settings.Get("coord.window", 60)),
            MinParticipation = Math.Max(1, settings.Get("coord.min_participation", 2)),
            EdgeWeightPercentile = Math.Clamp(settings.Get("coord.edge_weight", 0.5), 0, 1),
            NearCaptionSimilarity = Math.Clamp(settings.Get("coord.similarity", 0.8), 0.05, 1),
            ExcludedHashtags = context.GenericHashtags.Tags,
        };
        var minRepeats = Math.Max(1, settings.Get("coord.min_repeats", 3));
        var minAccounts = Math.Max(2, settings.Get("coord.min_accounts", 3));
        var kinds = settings.Get("coord.by", "hashtag,sound,repost,duet,caption,url")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => ObjectKinds.TryParse(k, out var kind) ? kind : throw new ArgumentException($"coord.by: unknown kind '{k}'"))
            .Distinct()
            .ToList();

        if (Convert.ToInt64(context.Store.Scalar("SELECT count(DISTINCT author_id) FROM posts WHERE author_id IS NOT NULL AND created_at IS NOT NULL") ?? 0L,
                System.Globalization.CultureInfo.InvariantCulture) < 2)
        {
            context.Notes.Skip(Localization.Strings.Get(context.Language, "fewer than two accounts with timed posts"));
            return Task.FromResult<IReadOnlyList<Finding>>([]);
        }
        var groups = new List<CoordinatedGroup>();
        foreach (var kind in kinds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = CoordinationResult.Run(kind, ShareLoader.Load(context.Store, kind, options, cancellationToken), options, cancellationToken);
            foreach (var accounts in RepeatedGroups(result.Pairs, minRepeats, minAccounts))
            {
                Merge(groups, result, accounts);
            }
        }
        var words = new CoordinationWords(context.Language);
        var findings = groups
            .Select(g => CoordinationFinding.Build(context, g, options, minRepeats, words))
            .OrderByDescending(f => f.Evidence.Members.Count)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult<IReadOnlyList<Finding>>(findings);
    }

    /// <summary>
    /// Connected groups of the account links repeated at least <paramref name="minRepeats"/> times, of at least
    /// <paramref name="minAccounts"/> accounts. Repeats are counted as the smaller of the two accounts' numbers of distinct
    /// posts on the link: two posts that share four hashtags weigh 4 in CooRTweet's network, and one account retweeting
    /// the same tweet three times next to another's single retweet weighs 3, but both are one occasion here.
    /// </summary>
    internal static IEnumerable<HashSet<int>> RepeatedGroups(CoordinatedPairs pairs, int minRepeats, int minAccounts)
    {
        var posts = new HashSet<(int Low, int High, int Account, int Content)>();
        var counts = new Dictionary<(int, int), (int Low, int High)>();
        for (var k = 0; k < pairs.Count; k++)
        {
            var (a, b) = pairs.Account[k] < pairs.AccountY[k] ? (pairs.Account[k], pairs.AccountY[k]) : (pairs.AccountY[k], pairs.Account[k]);
            var c = counts.GetValueOrDefault((a, b));
            var low = posts.Add((a, b, pairs.Account[k], pairs.Content[k])) ? 1 : 0;
            var high = posts.Add((a, b, pairs.AccountY[k], pairs.ContentY[k])) ? 1 : 0;
            if (pairs.Account[k] != a)
            {
                (low, high) = (high, low);
            }
            counts[(a, b)] = (c.Low + low, c.High + high);
        }
        var repeats = counts.ToDictionary(kv => kv.Key, kv => Math.Min(kv.Value.Low, kv.Value.High));
        var sets = new UnionFind(pairs.Names.Count);
        var linked = new HashSet<int>();
        foreach (var ((a, b), count) in repeats)
        {
            if (count >= minRepeats)
            {
                sets.Union(a, b);
                linked.Add(a);
                linked.Add(b);
            }
        }
        return linked.GroupBy(sets.Find).Select(g => g.ToHashSet()).Where(g => g.Count >= minAccounts);
    }

    private static void Merge(List<CoordinatedGroup> groups, CoordinationResult result, HashSet<int> accounts)
    {
        var names = result.Network.Names;
        var members = new SortedSet<string>(accounts.Select(a => names[a]), StringComparer.Ordinal);
        var same = groups.FirstOrDefault(g => Overlap(g.Members, members) >= 0.5);
        if (same is null)
        {
            same = new CoordinatedGroup { Members = members };
            groups.Add(same);
        }
        else
        {
            same.Members.UnionWith(members);
        }
        same.Parts.Add((result, accounts));
    }

    private static double Overlap(SortedSet<string> a, SortedSet<string> b) =>
        (double)a.Count(b.Contains) / Math.Max(1, Math.Min(a.Count, b.Count));
}
