using Graywatch.Store;
using Graywatch.Testing;
using Graywatch.Trends;

namespace Graywatch.Tests.Trends;

public sealed class TrendAnalyzerTests : IDisposable
{
    private readonly GraywatchStore _store = Some.Store();
    private readonly StoreSeeder _seed;

    public TrendAnalyzerTests() => _seed = new StoreSeeder(_store);

    public void Dispose() => _store.Dispose();

    [Fact]
    public void A_hashtag_that_grows_in_the_recent_window_among_many_authors_ranks_first()
    {
        var end = Some.Time;
        for (var i = 0; i < 20; i++)
        {
            _seed.Add(Some.Post($"steady{i}", end.AddHours(-40 + i), "alice", "news"));
        }
        for (var i = 0; i < 15; i++)
        {
            _seed.Add(Some.Post($"new{i}", end.AddHours(-i), $"user{i}", "#Rising", "news"));
        }

        var top = new TrendAnalyzer(_store, new TrendOptions()).Emerging(TrendEntityKind.Hashtag, TrendScope.All);

        Assert.Equal("rising", top[0].Key);
        Assert.Equal(15, top[0].RecentPosts);
        Assert.Equal(0, top[0].PreviousPosts);
        Assert.Equal(TrendScore.Of(15, 0, 15), top[0].Score, 9);
        Assert.Equal(16.0, top[0].Score, 9);
        Assert.NotEmpty(top[0].Series);
    }

    [Fact]
    public void The_trend_score_does_not_depend_on_other_entities_in_the_batch()
    {
        Assert.Equal(TrendScore.Of(10, 2, 8), TrendScore.Of(10, 2, 8));
        Assert.Equal(0, TrendScore.Of(10, 10, 10));
        Assert.True(TrendScore.Of(100, 0, 100) > TrendScore.Of(15, 0, 15));
        Assert.True(TrendScore.Of(15, 0, 15) > TrendScore.Of(15, 0, 3));
    }

    [Fact]
    public void A_with_filter_keeps_only_posts_that_carry_every_hashtag()
    {
        _seed.Add(
            Some.Post("1", Some.Time, "a", "x", "y"),
            Some.Post("2", Some.Time, "b", "#X", "Y", "z"),
            Some.Post("3", Some.Time, "c", "x"),
            Some.Post("4", Some.Time, "d", "y"));

        var combination = new TrendAnalyzer(_store, new TrendOptions()).Combination(new TrendScope(With: ["#x", "#y"]));

        Assert.Equal(2, combination?.Posts);
        Assert.Equal(2, combination?.Authors);
    }

    [Fact]
    public void Sounds_rank_by_the_same_score_with_their_titles_as_labels()
    {
        for (var i = 0; i < 5; i++)
        {
            _seed.Add(Some.Post($"s{i}", Some.Time.AddHours(-i), $"u{i}") with { SoundId = "777", SoundTitle = "Catchy tune" });
        }

        var top = Assert.Single(new TrendAnalyzer(_store, new TrendOptions()).Emerging(TrendEntityKind.Sound, TrendScope.All));

        Assert.Equal(("777", "Catchy tune"), (top.Key, top.Label));
    }

    [Fact]
    public void Keywords_come_from_captions_without_hashtags_or_stop_words()
    {
        for (var i = 0; i < 4; i++)
        {
            _seed.Add(Some.Post($"k{i}", Some.Time.AddHours(-i), $"u{i}") with { Text = "the flood is coming #weather" });
        }

        var keys = new TrendAnalyzer(_store, new TrendOptions()).Emerging(TrendEntityKind.Keyword, TrendScope.All).Select(e => e.Key).ToList();

        Assert.Contains("flood", keys);
        Assert.DoesNotContain("the", keys);
        Assert.DoesNotContain("weather", keys);
    }

    [Fact]
    public void Durations_read_the_usual_suffixes()
    {
        Assert.Equal(TimeSpan.FromMinutes(30), TrendOptions.ParseDuration("30m"));
        Assert.Equal(TimeSpan.FromHours(1), TrendOptions.ParseDuration("1h"));
        Assert.Equal(TimeSpan.FromDays(7), TrendOptions.ParseDuration("1w"));
        Assert.Throws<FormatException>(() => TrendOptions.ParseDuration("soon"));
    }
}
