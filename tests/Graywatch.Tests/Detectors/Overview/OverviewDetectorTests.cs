using Graywatch.Detectors;
using Graywatch.Detectors.Overview;
using Graywatch.Findings;
using Graywatch.Localization;
using Graywatch.Store;
using Graywatch.Testing;

namespace Graywatch.Tests.Detectors.Overview;

public sealed class OverviewDetectorTests : IDisposable
{
    private readonly GraywatchStore _store = Some.Store();
    private readonly StoreSeeder _seed;

    public OverviewDetectorTests() => _seed = new StoreSeeder(_store);

    public void Dispose() => _store.Dispose();

    private async Task<Finding> Overview(string language = Strings.English, DetectorSettings? settings = null)
    {
        var context = new DetectorContext(_store, Some.Clock(), settings ?? DetectorSettings.Empty) { Language = language };
        var findings = await new OverviewDetector().DetectAsync(context, CancellationToken.None);
        return Assert.Single(findings);
    }

    private static Ranking RankingNamed(Finding f, string name) => Assert.Single(f.Evidence.Rankings, r => r.Name == name);

    [Fact]
    public async Task Top_hashtags_count_each_post_once_ignoring_case_and_a_leading_hash()
    {
        _seed.Add(
            Some.Post("p1", hashtags: ["Drill", "storm"]),
            Some.Post("p2", hashtags: ["drill"]),
            Some.Post("p3", hashtags: ["drill", "DRILL"]),
            Some.Post("p4", hashtags: ["#Storm", "lonely"]),
            Some.Post("p5"));

        var f = await Overview();

        var tags = RankingNamed(f, "Top hashtags").Items;
        Assert.Equal(["#drill", "#storm", "#lonely"], tags.Select(t => t.Label));
        Assert.Equal([3.0, 2.0, 1.0], tags.Select(t => t.Value));
        Assert.Equal(new EntityRef(EntityKinds.Hashtag, "drill"), tags[0].Entity);
        Assert.Contains("#drill (3 posts)", f.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Volume_is_binned_by_hour_with_empty_hours_filled_when_the_data_spans_up_to_three_days()
    {
        var t = Some.Time;
        _seed.Add(Some.Post("a", t.AddMinutes(10)), Some.Post("b", t.AddMinutes(50)), Some.Post("c", t.AddHours(2).AddMinutes(30)));

        var series = Assert.Single((await Overview()).Evidence.Series);

        Assert.Equal("Posts per hour", series.Name);
        Assert.Equal([t, t.AddHours(1), t.AddHours(2)], series.Points.Select(p => p.Time));
        Assert.Equal([2.0, 0.0, 1.0], series.Points.Select(p => p.Value));
    }

    [Fact]
    public async Task Volume_is_binned_by_utc_day_when_the_data_spans_more_than_three_days()
    {
        var t = Some.Time;
        _seed.Add(Some.Post("a", t.AddHours(1)), Some.Post("b", t.AddHours(23)), Some.Post("c", t.AddDays(4).AddHours(5)));

        var series = Assert.Single((await Overview()).Evidence.Series);

        Assert.Equal("Posts per day", series.Name);
        Assert.Equal(Enumerable.Range(0, 5).Select(d => t.AddDays(d)), series.Points.Select(p => p.Time));
        Assert.Equal([2.0, 0, 0, 0, 1], series.Points.Select(p => p.Value));
    }

    [Fact]
    public async Task Totals_and_time_span_come_from_the_store()
    {
        var t = Some.Time;
        _seed.Add(Some.Post("a", t, "alice"), Some.Post("b", t.AddHours(5), "bob"), Some.Post("c", t.AddHours(2), "bob"))
            .Add(Some.Account("alice"), Some.Account("alice") with { ObservedAt = t.AddDays(1) }, Some.Account("bob"));

        var f = await Overview();

        Assert.Equal(3, f.Evidence.Metrics["posts"]);
        Assert.Equal(2, f.Evidence.Metrics["authors"]);
        Assert.Equal(2, f.Evidence.Metrics["accounts"]);
        Assert.Equal(5, f.Evidence.Metrics["span_hours"]);
        Assert.Equal(t, f.Start);
        Assert.Equal(t.AddHours(5), f.End);
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Equal("overview", f.Module);
    }

    [Fact]
    public async Task Top_accounts_by_views_sum_the_latest_snapshot_of_each_post()
    {
        var t = Some.Time;
        _seed.Add(Some.Post("a1", author: "alice"), Some.Post("a2", author: "alice"), Some.Post("b1", author: "bob"))
            .Add(Some.Snapshot("a1", 100, t.AddHours(1)), Some.Snapshot("a1", 1_000, t.AddHours(9)), Some.Snapshot("a1", 50, t.AddHours(2)))
            .Add(Some.Snapshot("a2", 10), Some.Snapshot("b1", 600));

        var f = await Overview();

        var byViews = RankingNamed(f, "Top accounts by views");
        Assert.Equal(["@alice", "@bob"], byViews.Items.Select(i => i.Label));
        Assert.Equal([1_010.0, 600.0], byViews.Items.Select(i => i.Value));
        Assert.Equal(1_610, f.ObservedReach);
        var byPosts = RankingNamed(f, "Top accounts by posts");
        Assert.Equal([2.0, 1.0], byPosts.Items.Select(i => i.Value));
        Assert.Equal("alice", byPosts.Items[0].Entity!.Id);
    }

    [Fact]
    public async Task Top_sounds_group_by_sound_id_and_show_the_title()
    {
        _seed.Add(
            Some.Post("a") with { SoundId = "s1", SoundTitle = "original sound" },
            Some.Post("b") with { SoundId = "s1", SoundTitle = "original sound" },
            Some.Post("c") with { SoundTitle = "only a title" },
            Some.Post("d"));

        var sounds = RankingNamed(await Overview(), "Top sounds").Items;

        Assert.Equal(["original sound", "only a title"], sounds.Select(s => s.Label));
        Assert.Equal([2.0, 1.0], sounds.Select(s => s.Value));
        Assert.Equal("s1", sounds[0].Entity!.Id);
    }

    [Fact]
    public async Task The_single_snapshot_caveat_gives_the_share_of_posts_seen_once()
    {
        _seed.Add(Some.Post("a"), Some.Post("b"), Some.Post("c"), Some.Post("d"))
            .Add(Some.Snapshot("a", 10, Some.Time.AddHours(1)), Some.Snapshot("a", 20, Some.Time.AddHours(2)))
            .Add(Some.Snapshot("b", 5), Some.Snapshot("c", 7));

        var caveats = (await Overview()).Caveats;

        Assert.Contains(caveats, c => c.StartsWith("How these data were collected is not recorded", StringComparison.Ordinal));
        Assert.Contains("Engagement counts come from a single snapshot for 66.7% of posts with counts, so their growth cannot be measured.", caveats);
        Assert.Contains("25% of posts have no engagement counts.", caveats);
    }

    [Fact]
    public async Task Quarantine_missing_creation_times_and_file_times_become_caveats()
    {
        _seed.Source("export.csv", "file-time")
            .Add(Some.Post("a"), Some.Post("b") with { CreatedAt = null })
            .Quarantine("invalid-json", 3)
            .Quarantine("missing-field", 1);

        var f = await Overview();

        Assert.Contains("4 records quarantined (invalid-json: 3, missing-field: 1).", f.Caveats);
        Assert.Contains("50% of posts lack a creation time and are missing from the volume chart.", f.Caveats);
        Assert.Contains("Collection time inferred from file time for 1 files.", f.Caveats);
        Assert.Equal([1.0], f.Evidence.Series.Single().Points.Select(p => p.Value));
    }

    [Fact]
    public async Task An_empty_store_gives_one_finding_that_says_so()
    {
        var f = await Overview();

        Assert.Equal("The store is empty", f.Title);
        Assert.Equal(FindingId.From("overview", "empty"), f.Id);
        Assert.Empty(f.Evidence.Series);
        Assert.Equal(0, f.Evidence.Metrics["posts"]);
    }

    [Fact]
    public async Task The_finding_id_is_the_same_across_runs_and_languages()
    {
        _seed.Add(Some.Post("a", hashtags: ["drill"]));

        var first = await Overview();
        var second = await Overview(Strings.TraditionalChinese);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal("蒐集資料總覽", second.Title);
        Assert.Contains(second.Evidence.Rankings, r => r.Name == "熱門主題標籤");
    }

    [Fact]
    public async Task The_top_setting_limits_every_ranking()
    {
        _seed.Add(Enumerable.Range(0, 8).Select(i => Some.Post($"p{i}", author: $"user{i}", hashtags: [$"tag{i}"])));

        var f = await Overview(settings: new DetectorSettings(new Dictionary<string, string> { ["overview.top"] = "3" }));

        Assert.All(f.Evidence.Rankings, r => Assert.Equal(3, r.Items.Count));
    }
}
