using System.Globalization;
using Graywatch.Coordination;
using Graywatch.Ingest;
using Graywatch.Store;
using Graywatch.Testing;

namespace Graywatch.Tests.Coordination;

/// <summary>
/// Parity with CooRTweet 2.1.3 on its own Russian co-retweet data (window 60, min participation 2, edge weight 0.5):
/// the expected files in <c>shared/data/coord-russian-retweets/expected</c> are CooRTweet's output. Skipped when absent.
/// </summary>
public sealed class CooRTweetParityTests
{
    private const string Folder = "coord-russian-retweets";

    [SkippableFact]
    public async Task Given_the_russian_retweets_when_coordination_runs_then_pairs_equal_cooRTweets_row_for_row_and_in_order()
    {
        var (result, dir) = await RunAsync();
        using var _ = dir;

        var expected = File.ReadAllLines(SharedData.File($"{Folder}/expected/russian_pairs_tw60_mp2.csv")!);
        var actual = File.ReadAllLines(dir["pairs.csv"]);

        Assert.Equal(3_791, result.Pairs.Count);
        Assert.Equal(expected, actual);
    }

    [SkippableFact]
    public async Task Given_the_russian_retweets_when_coordination_runs_then_edges_weights_and_threshold_flags_equal_cooRTweets()
    {
        var (result, dir) = await RunAsync();
        using var _ = dir;

        var expected = Rows(SharedData.File($"{Folder}/expected/russian_network_tw60_mp2_ew0.5.csv")!);
        var actual = Rows(dir["edges.csv"]);

        Assert.Equal(expected.Header, actual.Header);
        Assert.Equal(3_721, actual.Rows.Count);
        Assert.Equal(expected.Rows.Count, actual.Rows.Count);
        for (var i = 0; i < expected.Rows.Count; i++)
        {
            var e = expected.Rows[i];
            var a = actual.Rows[i];
            Assert.Equal((e[0], e[1]), (a[0], a[1]));
            Assert.Equal(e[2], a[2]);
            Assert.Equal(double.Parse(e[3], CultureInfo.InvariantCulture), double.Parse(a[3], CultureInfo.InvariantCulture), 9);
            Assert.Equal((e[4], e[5]), (a[4], a[5]));
            Assert.Equal(double.Parse(e[6], CultureInfo.InvariantCulture), double.Parse(a[6], CultureInfo.InvariantCulture), 9);
            Assert.Equal(e[7], a[7]);
        }
        Assert.Equal(1.0, result.Network.Threshold);
        Assert.Equal(60, result.Network.Edges.Count(x => x.AboveThreshold));
    }

    [SkippableFact]
    public async Task Given_the_russian_retweets_when_coordination_runs_then_groups_are_the_connected_components_of_cooRTweets_network()
    {
        var (result, dir) = await RunAsync();
        using var _ = dir;

        var expected = Rows(SharedData.File($"{Folder}/expected/russian_network_tw60_mp2_ew0.5.csv")!);
        var components = Components(expected.Rows.Select(r => (r[0], r[1])));
        var names = result.Network.Names;
        var ours = result.Network.Group
            .GroupBy(kv => kv.Value)
            .Select(g => string.Join(' ', g.Select(kv => names[kv.Key]).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(2_110, result.Network.Vertices.Count);
        Assert.Equal(23, ours.Count);
        Assert.Equal(components, ours);
        Assert.Equal(23, File.ReadAllLines(dir["groups.csv"]).Length - 1);
        Assert.Equal(2_110, File.ReadAllLines(dir["accounts.csv"]).Length - 1);
    }

    private static async Task<(CoordinationResult Result, TempDir Dir)> RunAsync()
    {
        var csv = SharedData.File($"{Folder}/russian_coord_tweets.csv");
        Skip.If(csv is null || SharedData.File($"{Folder}/expected/russian_pairs_tw60_mp2.csv") is null, $"{Folder} dataset not present");
        var dir = new TempDir();
        using var store = GraywatchStore.Open(":memory:");
        await new Ingestor(store, new IngestOptions(), TimeProvider.System).IngestAsync([csv!], null, CancellationToken.None);
        var options = new CoordinationOptions { WindowSeconds = 60, MinParticipation = 2, EdgeWeightPercentile = 0.5 };
        var result = CoordinationResult.Run(ObjectKind.Repost, ShareLoader.Load(store, ObjectKind.Repost, options), options);
        CoordinationCsv.Write(result, dir.Path);
        return (result, dir);
    }

    private static (string[] Header, List<string[]> Rows) Rows(string path)
    {
        var lines = File.ReadAllLines(path);
        return (lines[0].Split(','), [.. lines.Skip(1).Select(l => l.Split(','))]);
    }

    private static List<string> Components(IEnumerable<(string A, string B)> edges)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string v)
        {
            while (parent.GetValueOrDefault(v, v) != v)
            {
                v = parent[v];
            }
            return v;
        }
        foreach (var (a, b) in edges)
        {
            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                parent[ra] = rb;
            }
        }
        return [.. parent.Keys.GroupBy(Find).Select(g => string.Join(' ', g.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];
    }
}
