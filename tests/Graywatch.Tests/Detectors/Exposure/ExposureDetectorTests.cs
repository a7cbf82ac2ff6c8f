using Graywatch.Detectors;
using Graywatch.Detectors.Exposure;
using Graywatch.Exposure;
using Graywatch.Ingest;
using Graywatch.Model;
using Graywatch.Simulation;
using Graywatch.Sites;
using Graywatch.Store;
using Graywatch.Testing;
using Graywatch.Tests.Simulation;

namespace Graywatch.Tests.Detectors.Exposure;

public sealed class ExposureDetectorTests(SimulatedSample sample) : IClassFixture<SimulatedSample>
{
    private const double SiteLat = 23.84621;
    private const double SiteLon = 120.91247;

    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private static ExposureReport Analyze(GraywatchStore store, ExposureOptions? options = null, SiteRegistry? gazetteer = null) =>
        new ExposureAnalyzer(SiteFileReader.Load(RepositoryFiles.Path("samples/sites.csv")), options ?? ExposureOptions.Default, ExposureWatchList.Default, gazetteer)
            .Run(store, CancellationToken.None);

    private static Post At(string id, string author, DateTimeOffset utc, double lat, double lon, string text = "hello") =>
        Some.Post(id, utc, author) with { Latitude = lat, Longitude = lon, Text = text };

    /// <summary>Ten weekday working-hour posts at the site and six night posts at home 8 km away (local time UTC+8).</summary>
    private static IEnumerable<Post> Soldier(string author, double homeLat = 23.92, double homeLon = 120.93)
    {
        for (var d = 0; d < 5; d++)
        {
            var day = Monday.AddDays(d);
            yield return At($"{author}-w{d}a", author, day.AddHours(2), SiteLat + 0.001, SiteLon, "今天又站哨一整天");
            yield return At($"{author}-w{d}b", author, day.AddHours(6), SiteLat, SiteLon + 0.001, "lunch");
        }
        for (var d = 0; d < 6; d++)
        {
            yield return At($"{author}-h{d}", author, Monday.AddDays(d).AddHours(14), homeLat, homeLon + (d * 0.0001), "finally home");
        }
    }

    [Fact]
    public void An_account_posting_from_the_site_in_working_hours_and_from_home_at_night_is_likely_stationed_there()
    {
        using var store = Some.Store();
        new StoreSeeder(store).Source("a.json").Add(Soldier("soldier"));

        var report = Analyze(store);

        var s = Assert.Single(report.Stationed);
        Assert.Equal("soldier", s.AccountId);
        Assert.Equal("Qingshan Air Base", s.Site.Name);
        Assert.NotNull(s.Home);
        Assert.Equal(10, s.Work.Posts.Count);
        Assert.InRange(s.Confidence, 0.8, 0.95);
        var exposure = Assert.Single(report.Sites);
        Assert.Equal(10, exposure.Posts);
        Assert.Equal(5, exposure.ShowingSite);
    }

    [Fact]
    public void An_account_that_only_visits_the_site_at_weekends_is_not_stationed()
    {
        using var store = Some.Store();
        var saturday = Monday.AddDays(5);
        new StoreSeeder(store).Source("a.json").Add(Enumerable.Range(0, 8).Select(i => At($"v{i}", "visitor", saturday.AddDays(7 * (i / 4)).AddHours(2 + i), SiteLat, SiteLon)));

        var report = Analyze(store);

        Assert.Empty(report.Stationed);
        Assert.Single(report.Sites);
    }

    [Fact]
    public void Posts_without_coordinates_are_placed_by_place_tag_then_gazetteer_then_mention()
    {
        using var dir = new TempDir();
        using var store = Some.Store();
        new StoreSeeder(store).Source("a.json").Add(
            Some.Post("tag", Monday, "a") with { PlaceName = "青山基地" },
            Some.Post("gaz", Monday, "b") with { PlaceName = "North Gate Cafe" },
            Some.Post("say", Monday, "c") with { Text = "heading to Qingshan AB tomorrow" },
            Some.Post("none", Monday, "d") with { PlaceName = "Somewhere Else", Text = "nothing here" });
        var gazetteer = SiteFileReader.Load(dir.Write("gaz.csv", "name,lat,lon\nNorth Gate Cafe,23.8500,120.9125\n"));

        var report = Analyze(store, gazetteer: gazetteer);

        var placements = Assert.Single(report.Sites).Placements.ToDictionary(p => p.PostId);
        Assert.Equal(PlacementMethod.PlaceTag, placements["tag"].Method);
        Assert.Equal(PlacementMethod.Gazetteer, placements["gaz"].Method);
        Assert.Equal(PlacementMethod.Mention, placements["say"].Method);
        Assert.False(placements.ContainsKey("none"));
        Assert.True(placements["tag"].Confidence > placements["gaz"].Confidence);
        Assert.True(placements["gaz"].Confidence > placements["say"].Confidence);
    }

    [Fact]
    public void Three_stationed_accounts_appearing_together_at_a_new_place_are_a_unit_movement()
    {
        using var store = Some.Store();
        var seeder = new StoreSeeder(store).Source("a.json");
        for (var i = 0; i < 3; i++)
        {
            var author = $"s{i}";
            seeder.Add(Soldier(author, 23.92 + (i * 0.01), 120.93));
            seeder.Add(Enumerable.Range(0, 2).Select(k => At($"{author}-m{k}", author, Monday.AddDays(9).AddHours(3 + k + i), 24.30 + (i * 0.0005), 121.20)));
        }

        var report = Analyze(store);

        Assert.Equal(3, report.Stationed.Count);
        var move = Assert.Single(report.Movements);
        Assert.Equal(["s0", "s1", "s2"], move.Accounts.Order());
        Assert.Null(move.Nearest);
    }

    [Fact]
    public async Task The_detector_needs_a_site_file_and_then_raises_every_kind_with_a_map()
    {
        using var store = Some.Store();
        new StoreSeeder(store).Source("a.json").Add(Soldier("soldier"));
        var detector = new ExposureDetector();

        var none = await detector.DetectAsync(new DetectorContext(store, Some.Clock(), DetectorSettings.Empty), CancellationToken.None);
        var found = await detector.DetectAsync(new DetectorContext(store, Some.Clock(),
            new DetectorSettings(new Dictionary<string, string> { ["exposure.sites"] = RepositoryFiles.Path("samples/sites.csv"), ["exposure.min_watch_posts"] = "2" })), CancellationToken.None);

        Assert.Empty(none);
        Assert.Contains(found, f => f.Title.StartsWith("Site exposed", StringComparison.Ordinal) && f.Evidence.Map.Any(m => m.Kind == "site") && f.Evidence.Map.Count(m => m.Kind == "post") == 10);
        var stationed = Assert.Single(found, f => f.Title.StartsWith("Likely stationed", StringComparison.Ordinal));
        Assert.Contains(stationed.Caveats, c => c.StartsWith("Privacy", StringComparison.Ordinal));
        Assert.Equal(10, stationed.Evidence.Members.Count);
        Assert.Contains(found, f => f.Title.StartsWith("Watch list", StringComparison.Ordinal));
        Assert.All(found, f => Assert.Equal("exposure", f.Module));
        Assert.All(found.Where(f => f.Severity >= Graywatch.Findings.Severity.High), f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Why));
            Assert.True(f.Confidence >= ExposureSeverity.MinHighConfidence);
        });
        Assert.Contains("pattern of life", stationed.Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_planted_stationed_accounts_of_the_simulation_are_found_with_recall_and_precision_of_at_least_0_9()
    {
        var truth = new HashSet<string>();
        var found = new HashSet<string>();
        foreach (var seed in new[] { 11, 23, 47 })
        {
            using var dir = new TempDir();
            var options = SimulatedSample.Options with { Seed = seed, Posts = 1500, Days = 14 };
            new Simulator(options, new Random(seed)).Run(dir.Path);
            using var store = Some.Store();
            await new Ingestor(store, new IngestOptions(), Some.Clock()).IngestAsync([dir.Path], null, CancellationToken.None);
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(dir[Simulator.TruthFileName]));
            var threat = doc.RootElement.GetProperty("threats").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "site-exposure");
            truth.UnionWith(threat.GetProperty("accounts").EnumerateArray().Select(a => $"{seed}:{a.GetProperty("uniqueId").GetString()}"));
            var report = new ExposureAnalyzer(SiteFileReader.Load(dir[Simulator.SitesFileName]), ExposureOptions.Default, ExposureWatchList.Default).Run(store, CancellationToken.None);
            found.UnionWith(report.Stationed.Where(s => s.Site.Name == "Qingshan Air Base").Select(s => $"{seed}:{s.AccountId}"));
        }

        var hits = found.Count(truth.Contains);
        Assert.True((double)hits / truth.Count >= 0.9, $"recall {hits}/{truth.Count}");
        Assert.True((double)hits / found.Count >= 0.9, $"precision {hits}/{found.Count}");
    }

    [Fact]
    public async Task The_shared_sample_places_the_planted_site_posts()
    {
        using var store = Some.Store();
        await new Ingestor(store, new IngestOptions(), Some.Clock()).IngestAsync([sample.Directory], null, CancellationToken.None);
        var planted = sample.Threat("site-exposure").GetProperty("accounts").EnumerateArray()
            .SelectMany(a => a.GetProperty("sitePostIds").EnumerateArray().Select(e => e.GetString()!)).ToHashSet();

        var report = new ExposureAnalyzer(SiteFileReader.Load(Path.Combine(sample.Directory, Simulator.SitesFileName)), ExposureOptions.Default, ExposureWatchList.Default).Run(store, CancellationToken.None);

        var site = Assert.Single(report.Sites, s => s.Site.Name == "Qingshan Air Base");
        Assert.Superset(planted, site.Placements.Select(p => p.PostId).ToHashSet());
        Assert.Equal(planted.Count, site.Inside);
    }
}
