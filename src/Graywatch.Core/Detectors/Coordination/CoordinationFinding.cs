using Graywatch.Coordination;
using Graywatch.Findings;
using Graywatch.Store;

namespace Graywatch.Detectors.Coordination;

/// <summary>Turns one coordinated group into a finding: members, shared objects, timing, example posts, reach and the network drawn.</summary>
internal static class CoordinationFinding
{
    private const int MaxGraphNodes = 150;

    public static Finding Build(DetectorContext context, CoordinatedGroup group, CoordinationOptions options, int minRepeats, CoordinationWords words)
    {
        var objectPairs = new Dictionary<string, int>(StringComparer.Ordinal);
        var posts = new HashSet<string>(StringComparer.Ordinal);
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var edges = new Dictionary<(string, string), GraphEdge>();
        long pairs = 0;
        double deltaSum = 0;
        var times = new List<long>();
        foreach (var (result, accounts) in group.Parts)
        {
            var names = result.Pairs.Names;
            var p = result.Pairs;
            var groupContents = new HashSet<int>();
            for (var k = 0; k < p.Count; k++)
            {
                if (!accounts.Contains(p.Account[k]) || !accounts.Contains(p.AccountY[k]))
                {
                    continue;
                }
                pairs++;
                deltaSum += p.Delta[k];
                var label = ObjectLabel(names[p.ObjectId[k]], result.Kind);
                objectPairs[label] = objectPairs.GetValueOrDefault(label) + 1;
                groupContents.Add(p.Content[k]);
                groupContents.Add(p.ContentY[k]);
            }
            var shares = result.Shares;
            for (var i = 0; i < shares.Count; i++)
            {
                if (groupContents.Contains(shares.Contents[i]) && posts.Add(names[shares.Contents[i]]))
                {
                    times.Add(shares.Times[i]);
                }
            }
            var graph = NetworkGraph.From(result, words.Get("Coordination network"), accounts);
            foreach (var n in graph.Nodes)
            {
                nodes[n.Id] = nodes.TryGetValue(n.Id, out var old) ? old with { Value = old.Value + n.Value } : n with { Group = 0 };
            }
            foreach (var e in graph.Edges)
            {
                var key = string.CompareOrdinal(e.Source, e.Target) <= 0 ? (e.Source, e.Target) : (e.Target, e.Source);
                edges[key] = edges.TryGetValue(key, out var old)
                    ? old with { Weight = old.Weight + e.Weight, Strong = old.Strong || e.Weight >= minRepeats }
                    : e with { Strong = e.Weight >= minRepeats };
            }
        }

        var members = group.Members.ToList();
        var authorNames = AuthorNames(context.Store, members);
        var kinds = string.Join(", ", group.Kinds.Select(ObjectKinds.Name));
        var start = times.Count > 0 ? DateTimeOffset.FromUnixTimeSeconds(times.Min()) : (DateTimeOffset?)null;
        var end = times.Count > 0 ? DateTimeOffset.FromUnixTimeSeconds(times.Max()) : (DateTimeOffset?)null;
        var reach = Views(context.Store, posts);
        var strongEdges = edges.Values.Count(e => e.Strong);
        var meanWeight = edges.Count == 0 ? 0 : edges.Values.Average(e => e.Weight);

        var topNodes = nodes.Values.OrderByDescending(n => n.Value).ThenBy(n => n.Id, StringComparer.Ordinal).Take(MaxGraphNodes).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var graphOut = new Graph(
            words.Get("Coordination network"),
            [.. nodes.Values.Where(n => topNodes.Contains(n.Id)).OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => n with { Label = authorNames.GetValueOrDefault(n.Id) ?? n.Id })],
            [.. edges.Values.Where(e => topNodes.Contains(e.Source) && topNodes.Contains(e.Target)).OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal)]);

        var topObjects = objectPairs.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(10).ToList();
        var topAccounts = nodes.Values.OrderByDescending(n => n.Value).ThenBy(n => n.Id, StringComparer.Ordinal).Take(10).ToList();
        var metrics = new Dictionary<string, double>
        {
            ["accounts"] = members.Count,
            ["links"] = edges.Count,
            ["repeated_links"] = strongEdges,
            ["coordinated_pairs"] = pairs,
            ["posts"] = posts.Count,
            ["objects"] = objectPairs.Count,
            ["mean_link_weight"] = Math.Round(meanWeight, 2),
            ["avg_time_delta_s"] = pairs == 0 ? 0 : Math.Round(deltaSum / pairs, 1),
            ["window_s"] = options.WindowSeconds,
            ["min_repeats"] = minRepeats,
        };
        var confidence = Math.Round(Math.Min(0.95, 1 - Math.Pow(0.5, Math.Max(0, meanWeight - 1))), 2);
        var severity = Rate(members.Count, meanWeight, confidence, reach);
        var why = severity >= Severity.High
            ? words.Format("{0} accounts shared the same {1} within {2} s, each link repeated {3} times on average (confidence {4}), before {5} views.",
                CoordinationWords.Count(members.Count), kinds, options.WindowSeconds, meanWeight.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture),
                confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), CoordinationWords.Count(reach ?? 0))
            : null;

        return new Finding
        {
            Id = FindingId.From(CoordinationDetector.DetectorId, members),
            Module = "mobilization",
            Detector = CoordinationDetector.DetectorId,
            Title = words.Format("Coordinated network of {0} accounts ({1})", members.Count, kinds),
            Summary = words.Format(
                "{0} accounts repeatedly shared the same {1} within {2} s of each other: {3} coordinated pairs over {4} account links, on {5} distinct objects, from {6} to {7}.",
                CoordinationWords.Count(members.Count), kinds, options.WindowSeconds, CoordinationWords.Count(pairs), CoordinationWords.Count(edges.Count),
                CoordinationWords.Count(objectPairs.Count), start is { } first ? CoordinationWords.Time(first) : "?", end is { } last ? CoordinationWords.Time(last) : "?"),
            Severity = severity,
            Confidence = confidence,
            Why = why,
            ObservedReach = reach,
            Start = start,
            End = end,
            Entities =
            [
                .. topAccounts.Take(5).Select(n => new EntityRef(EntityKinds.Account, n.Id, authorNames.GetValueOrDefault(n.Id))),
                .. topObjects.Take(3).Select(kv => ObjectEntity(kv.Key)).OfType<EntityRef>(),
                .. posts.Order(StringComparer.Ordinal).Take(3).Select(id => new EntityRef(EntityKinds.Post, id)),
            ],
            Evidence = new Evidence
            {
                Metrics = metrics,
                Members = members,
                Graph = graphOut,
                Rankings =
                [
                    new Ranking(words.Get("Most shared objects"), words.Get("coordinated pairs"), [.. topObjects.Select(kv => new RankedItem(kv.Key, kv.Value, ObjectEntity(kv.Key)))]),
                    new Ranking(words.Get("Most connected accounts"), words.Get("link weight"),
                        [.. topAccounts.Select(n => new RankedItem(authorNames.GetValueOrDefault(n.Id) ?? n.Id, n.Value, new EntityRef(EntityKinds.Account, n.Id, authorNames.GetValueOrDefault(n.Id))))]),
                ],
            },
            Caveats =
            [
                words.Get("Co-sharing within a time window shows synchronised behaviour, not intent or common control; review the accounts before acting."),
                words.Format("Popular sounds and hashtags pair unrelated accounts by chance; only links repeated at least {0} times count here.", minRepeats),
                words.Get("Sampled feed data, not a census: accounts outside the sample may belong to the network."),
            ],
            SuggestedResponse = words.Get("Report the accounts to the platform's integrity team with this network; brief the communities that follow the shared hashtags and sounds so they recognise the campaign."),
        };
    }

    /// <summary>
    /// The coordination rule (docs/severity.md): High for a network of at least <see cref="HighAccounts"/> accounts, or
    /// whose links repeat at least <see cref="HighRepeats"/> times on average, with confidence at least 0.6 and at least
    /// <see cref="HighReach"/> views; Low when confidence is under 0.5 (links repeated fewer than twice on average: mostly
    /// coincidences of popular objects); Medium otherwise.
    /// </summary>
    internal static Severity Rate(int accounts, double meanWeight, double confidence, long? reach) =>
        confidence < 0.5 ? Severity.Low
        : (accounts >= HighAccounts || meanWeight >= HighRepeats) && confidence >= 0.6 && (reach ?? 0) >= HighReach ? Severity.High
        : Severity.Medium;

    internal const int HighAccounts = 8;

    internal const double HighRepeats = 5;

    internal const long HighReach = 5_000;

    private static string ObjectLabel(string name, ObjectKind kind) => kind switch
    {
        ObjectKind.Repost or ObjectKind.Duet => "post:" + name,
        _ => name,
    };

    private static EntityRef? ObjectEntity(string label)
    {
        var colon = label.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }
        var (prefix, id) = (label[..colon], label[(colon + 1)..]);
        return prefix switch
        {
            "hashtag" => new EntityRef(EntityKinds.Hashtag, id),
            "sound" => new EntityRef(EntityKinds.Sound, id),
            "post" => new EntityRef(EntityKinds.Post, id),
            _ => null,
        };
    }

    private static Dictionary<string, string> AuthorNames(GraywatchStore store, IReadOnlyCollection<string> ids) =>
        ids.Count == 0
            ? []
            : store.Query(
                    $"SELECT author_id, max(author_name) FROM posts WHERE author_id IN ({InList(ids)}) AND author_name IS NOT NULL GROUP BY author_id",
                    r => (r.GetString(0), r.GetString(1)))
                .ToDictionary(t => t.Item1, t => t.Item2, StringComparer.Ordinal);

    private static long? Views(GraywatchStore store, IReadOnlyCollection<string> posts)
    {
        if (posts.Count == 0)
        {
            return null;
        }
        var v = store.Scalar($"SELECT CAST(sum(v) AS BIGINT) FROM (SELECT max(views) AS v FROM snapshots WHERE post_id IN ({InList(posts)}) GROUP BY post_id)");
        return v is null ? null : Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string InList(IEnumerable<string> ids) => string.Join(',', ids.Select(i => "'" + i.Replace("'", "''", StringComparison.Ordinal) + "'"));
}
