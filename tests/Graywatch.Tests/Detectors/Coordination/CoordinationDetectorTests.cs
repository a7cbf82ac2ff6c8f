using Graywatch.Detectors;
using Graywatch.Detectors.Coordination;
using Graywatch.Findings;
using Graywatch.Ingest;
using Graywatch.Simulation;
using Graywatch.Store;
using Graywatch.Testing;

namespace Graywatch.Tests.Detectors.Coordination;

public sealed class CoordinationDetectorTests
{
    [Theory]
    [InlineData(800, 11, OutputShape.Zeeschuimer)]
    [InlineData(3000, 7, OutputShape.Zeeschuimer)]
    [InlineData(2000, 23, OutputShape.Research)]
    public async Task On_simulated_data_the_planted_ring_is_found_with_member_recall_095_and_precision_09(int posts, int seed, OutputShape shape)
    {
        using var dir = new TempDir();
        var options = new SimulationOptions { Posts = posts, Seed = seed, Rounds = 2, Days = 7, Shape = shape };
        new Simulator(options, new Random(seed)).Run(dir.Path);
        using var store = GraywatchStore.Open(":memory:");
        await new Ingestor(store, new IngestOptions { ObservedAt = Some.Time }, TimeProvider.System)
            .IngestAsync([dir.Path], null, CancellationToken.None);
        var truth = System.Text.Json.JsonDocument.Parse(File.ReadAllText(dir[Simulator.TruthFileName])).RootElement
            .GetProperty("threats").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "coordination-ring");
        var planted = truth.GetProperty("accounts").EnumerateArray()
            .Select(a => (Id: a.GetProperty("id").GetString()!, Name: a.GetProperty("uniqueId").GetString()!))
            .ToList();

        var findings = await new CoordinationDetector().DetectAsync(new DetectorContext(store, Some.Clock(), DetectorSettings.Empty), CancellationToken.None);

        var ring = findings.MaxBy(f => f.Evidence.Members.Count(m => planted.Any(p => p.Id == m || p.Name == m)));
        Assert.NotNull(ring);
        var members = ring.Evidence.Members;
        var found = planted.Count(p => members.Contains(p.Id) || members.Contains(p.Name));
        var recall = (double)found / planted.Count;
        var precision = (double)found / members.Count;
        Assert.True(recall >= 0.95, $"recall {recall:P0}: found {found} of {planted.Count}");
        Assert.True(precision >= 0.9, $"precision {precision:P0}: {found} of {members.Count} members are planted");
        Assert.Equal("mobilization", ring.Module);
        Assert.NotNull(ring.Evidence.Graph);
        Assert.Equal(members.Count, ring.Evidence.Graph.Nodes.Count);
        Assert.Contains(ring.Entities, e => e.Kind == EntityKinds.Hashtag && e.Id == "harmonybridge");
    }

    [Fact]
    public async Task Accounts_that_meet_on_a_popular_hashtag_only_once_are_not_a_network()
    {
        using var store = GraywatchStore.Open(":memory:");
        var seed = new StoreSeeder(store);
        var t0 = Some.Time;
        seed.Add(
            Some.Post("p1", author: "a", createdAt: t0, hashtags: "fyp"),
            Some.Post("p2", author: "b", createdAt: t0.AddSeconds(5), hashtags: "fyp"),
            Some.Post("p3", author: "c", createdAt: t0.AddSeconds(9), hashtags: "fyp"),
            Some.Post("p4", author: "a", createdAt: t0.AddHours(1), hashtags: "news"),
            Some.Post("p5", author: "b", createdAt: t0.AddHours(2), hashtags: "news"),
            Some.Post("p6", author: "c", createdAt: t0.AddHours(3), hashtags: "news"));

        var findings = await new CoordinationDetector().DetectAsync(new DetectorContext(store, Some.Clock(), DetectorSettings.Empty), CancellationToken.None);

        Assert.Empty(findings);
    }

    [Fact]
    public async Task Three_accounts_that_post_the_same_hashtag_within_seconds_three_times_are_one_network_with_a_stable_id()
    {
        using var store = GraywatchStore.Open(":memory:");
        var seed = new StoreSeeder(store);
        var t0 = Some.Time;
        var n = 0;
        for (var burst = 0; burst < 3; burst++)
        {
            foreach (var author in new[] { "a", "b", "c" })
            {
                seed.Add(Some.Post($"p{n++}", author: author, createdAt: t0.AddHours(burst * 5).AddSeconds(n % 3 * 10), hashtags: $"push{burst}"));
            }
        }

        var context = new DetectorContext(store, Some.Clock(), DetectorSettings.Empty);
        var first = Assert.Single(await new CoordinationDetector().DetectAsync(context, CancellationToken.None));
        var again = Assert.Single(await new CoordinationDetector().DetectAsync(context, CancellationToken.None));

        Assert.Equal(["a", "b", "c"], first.Evidence.Members);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(3, first.Evidence.Graph!.Edges.Count);
        Assert.Equal(3, first.Evidence.Metrics["objects"]);
    }

    [Fact]
    public async Task Accounts_that_repeatedly_share_only_a_discovery_hashtag_within_seconds_are_not_a_network_but_a_campaign_tag_is()
    {
        using var store = GraywatchStore.Open(":memory:");
        var seed = new StoreSeeder(store);
        for (var round = 0; round < 5; round++)
        {
            var t = Some.Time.AddHours(round);
            foreach (var (author, i) in new[] { "a", "b", "c" }.Select((a, i) => (a, i)))
            {
                seed.Add(Some.Post($"f{round}{author}", t.AddSeconds(i * 5), author, "fyp", "xuhuong"));
                seed.Add(Some.Post($"g{round}{author}", t.AddMinutes(30).AddSeconds(i * 5), "x" + author, "harmonybridge"));
            }
        }
        var context = new DetectorContext(store, Some.Clock(), new DetectorSettings(new Dictionary<string, string> { ["coord.by"] = "hashtag" }))
        {
            GenericHashtags = Graywatch.Trends.GenericHashtags.Learn(store, DetectorSettings.Empty),
        };

        var findings = await new CoordinationDetector().DetectAsync(context, CancellationToken.None);

        var network = Assert.Single(findings);
        Assert.Equal(["xa", "xb", "xc"], network.Evidence.Members);
    }
}
