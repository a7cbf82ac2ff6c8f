using Graywatch.Detectors;
using Graywatch.Detectors.Virality;
using Graywatch.Findings;
using Graywatch.Ingest;
using Graywatch.Pipeline;
using Graywatch.Testing;
using Graywatch.Tests.Simulation;

namespace Graywatch.Tests.Virality;

public sealed class ViralityDetectorTests(SimulatedSample sample) : IClassFixture<SimulatedSample>
{
    [Fact]
    public async Task The_planted_viral_post_is_flagged_as_overnight_popularity_with_its_forecast_curve()
    {
        using var store = Some.Store();
        await new Ingestor(store, new IngestOptions(), Some.Clock()).IngestAsync([sample.Directory], null, CancellationToken.None);
        var planted = sample.Threat("viral-outlier").GetProperty("postId").GetString()!;

        var findings = await new ViralityDetector().DetectAsync(new DetectorContext(store, Some.Clock(), DetectorSettings.Empty), CancellationToken.None);

        var overnight = findings.Where(f => f.Id.StartsWith("virality-", StringComparison.Ordinal) && f.Title.StartsWith("Overnight", StringComparison.Ordinal)).ToList();
        var flagged = Assert.Single(overnight, f => f.Entities.Any(e => e.Kind == EntityKinds.Post && e.Id == planted));
        Assert.True(flagged.Severity >= Severity.Medium);
        Assert.NotNull(flagged.PredictedReach);
        Assert.True(flagged.PredictedReach >= flagged.ObservedReach);
        Assert.Contains(flagged.Evidence.Series, s => s.Name == "Forecast views" && s.Points.Count > 2);
        Assert.Contains(flagged.Evidence.Series, s => s.Name == "Observed views" && s.Points.Count == 3);
        Assert.True(overnight.Count <= 5, $"{overnight.Count} overnight findings");
    }

    [Fact]
    public async Task Analyze_fills_the_predicted_reach_of_findings_from_other_modules()
    {
        using var store = Some.Store();
        await new Ingestor(store, new IngestOptions(), Some.Clock()).IngestAsync([sample.Directory], null, CancellationToken.None);
        using var dir = new TempDir();

        var run = await AnalysisPipelineBuilder.CreateDefault().UseTimeProvider(Some.Clock()).Build()
            .RunAsync(store, dir.Path, "en", null, CancellationToken.None);

        Assert.Empty(run.Result.DetectorErrors);
        var challenge = Assert.Single(run.Result.Findings, f => f.Detector == "challenges" && f.Severity >= Severity.High);
        Assert.NotNull(challenge.PredictedReach);
    }

    [Fact]
    public async Task A_young_post_growing_like_the_stores_history_is_forecast_to_go_viral_with_its_response_window()
    {
        using var store = Some.Store();
        var young = SeedHistoryAndYoungPost(store);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(young.AddHours(1));

        var findings = await new ViralityDetector().DetectAsync(new DetectorContext(store, clock, DetectorSettings.Empty), CancellationToken.None);

        var viral = Assert.Single(findings, f => f.Title.StartsWith("Going viral: post", StringComparison.Ordinal));
        Assert.Contains(viral.Entities, e => e.Kind == EntityKinds.Post && e.Id == "young");
        Assert.Contains(findings, f => f.Title.StartsWith("Going viral: #breaking", StringComparison.Ordinal));
        Assert.Equal(50_000, viral.ObservedReach);
        Assert.InRange(viral.PredictedReach!.Value, 250_000, 1_000_000);
        Assert.Contains(viral.Evidence.Series, s => s.Intervals.Count > 0);
        Assert.StartsWith("Prepare a response before ", viral.SuggestedResponse, StringComparison.Ordinal);
        Assert.Contains("from now", viral.SuggestedResponse, StringComparison.Ordinal);
        Assert.NotNull(viral.Why);
        Assert.DoesNotContain(findings, f => f.Title.StartsWith("Going viral: #daily", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Entities.Any(e => e.Kind == EntityKinds.Post && e.Id.StartsWith('h')) && !f.Title.StartsWith("Overnight", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "The response window closed ", "after posting", "ago")]
    [InlineData("zh-TW", "回應時間窗已於發布後", "關閉", "前")]
    public async Task A_response_window_that_has_closed_says_when_against_the_runs_clock(string language, string start, string closed, string ago)
    {
        using var store = Some.Store();
        var young = SeedHistoryAndYoungPost(store);
        // The brief is written half a year after the post.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(young.AddDays(180));

        var findings = await new ViralityDetector().DetectAsync(new DetectorContext(store, clock, DetectorSettings.Empty) { Language = language }, CancellationToken.None);

        var viral = Assert.Single(findings, f => f.Entities.Any(e => e.Kind == EntityKinds.Post && e.Id == "young") && !f.Entities.Any(e => e.Kind == EntityKinds.Hashtag));
        Assert.StartsWith(start, viral.SuggestedResponse, StringComparison.Ordinal);
        Assert.Contains(closed, viral.SuggestedResponse, StringComparison.Ordinal);
        Assert.Contains(ago, viral.SuggestedResponse, StringComparison.Ordinal);
        Assert.DoesNotContain("Prepare a response before", viral.SuggestedResponse, StringComparison.Ordinal);
        Assert.Equal(Severity.Low, viral.Severity);
        Assert.NotNull(viral.Why);
    }

    [Fact]
    public async Task A_feed_post_of_an_account_with_no_earlier_post_is_not_overnight_popularity_but_a_young_post_far_over_its_followers_is()
    {
        using var store = Some.Store();
        var seed = new StoreSeeder(store);
        var observed = Some.Time.AddDays(60);
        // Given a feed sample: 300 accounts with one months-old post each, reaching about three views per follower
        for (var i = 0; i < 300; i++)
        {
            var followers = (long)(100 * Math.Pow(10, 4.0 * i / 300));
            seed.Add(Some.Account($"a{i}", followers));
            seed.Add(Some.Post($"p{i}", Some.Time, $"a{i}"));
            seed.Add(Some.Snapshot($"p{i}", (long)(3 * followers * (0.7 + (0.6 * (i % 7) / 6.0))), observed));
        }
        // And two accounts with 1,000 followers and 5M views: one post two months old (the feed shows old hits), one a day old
        seed.Add(Some.Account("oldhit", 1000), Some.Account("newhit", 1000));
        seed.Add(Some.Post("old", Some.Time, "oldhit"), Some.Post("new", observed.AddDays(-1), "newhit"));
        seed.Add(Some.Snapshot("old", 5_000_000, observed), Some.Snapshot("new", 5_000_000, observed));

        var findings = await new ViralityDetector().DetectAsync(new DetectorContext(store, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(observed), DetectorSettings.Empty), CancellationToken.None);

        var overnight = findings.Where(f => f.Title.StartsWith("Overnight", StringComparison.Ordinal)).ToList();
        var flagged = Assert.Single(overnight);
        Assert.Contains(flagged.Entities, e => e.Kind == EntityKinds.Post && e.Id == "new");
        Assert.Contains("first observed", flagged.Summary, StringComparison.Ordinal);
        Assert.Equal(Severity.Medium, flagged.Severity);
        Assert.NotNull(flagged.Why);
        Assert.DoesNotContain(findings, f => f.Severity >= Severity.High);
    }

    [Fact]
    public async Task A_post_far_above_its_followers_but_not_above_the_accounts_earlier_posts_is_not_overnight_popularity()
    {
        using var store = Some.Store();
        var seed = new StoreSeeder(store);
        var observed = Some.Time.AddDays(60);
        for (var i = 0; i < 300; i++)
        {
            var followers = (long)(100 * Math.Pow(10, 4.0 * i / 300));
            seed.Add(Some.Account($"a{i}", followers));
            seed.Add(Some.Post($"p{i}", Some.Time, $"a{i}"));
            seed.Add(Some.Snapshot($"p{i}", (long)(3 * followers * (0.7 + (0.6 * (i % 7) / 6.0))), observed));
        }
        // Given an account with 1,000 followers whose three earlier posts reached 3M views each, and a new post with 5M
        seed.Add(Some.Account("steady", 1000));
        for (var k = 0; k < 3; k++)
        {
            seed.Add(Some.Post($"e{k}", observed.AddDays(-20 + k), "steady"));
            seed.Add(Some.Snapshot($"e{k}", 3_000_000, observed));
        }
        seed.Add(Some.Post("latest", observed.AddDays(-1), "steady"));
        seed.Add(Some.Snapshot("latest", 5_000_000, observed));

        var findings = await new ViralityDetector().DetectAsync(new DetectorContext(store, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(observed), DetectorSettings.Empty), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Title.StartsWith("Overnight", StringComparison.Ordinal) && f.Entities.Any(e => e.Id == "latest"));
    }

    /// <summary>120 posts that grew 10x from their first hour to a day, then little more, then stopped; and a post one hour old with far more early views than any.</summary>
    private static DateTimeOffset SeedHistoryAndYoungPost(Graywatch.Store.GraywatchStore store)
    {
        var seed = new StoreSeeder(store);
        for (var i = 0; i < 120; i++)
        {
            var created = Some.Time.AddMinutes(7 * i);
            var id = $"h{i:000}";
            var first = 100 + (i % 7) * 10;
            seed.Add(Some.Post(id, created, $"user{i % 40}", "daily"));
            seed.Add(
                Some.Snapshot(id, first, created.AddHours(1)),
                Some.Snapshot(id, first * 10, created.AddHours(24)),
                Some.Snapshot(id, first * 11, created.AddHours(72)),
                Some.Snapshot(id, first * 11, created.AddHours(168)));
        }
        var young = Some.Time.AddDays(3);
        seed.Add(Some.Post("young", young, "newcomer", "breaking"));
        seed.Add(Some.Snapshot("young", 50_000, young.AddHours(1)));
        return young;
    }
}
