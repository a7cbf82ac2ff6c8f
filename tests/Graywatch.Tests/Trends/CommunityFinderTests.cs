using Graywatch.Store;
using Graywatch.Testing;
using Graywatch.Trends;

namespace Graywatch.Tests.Trends;

public sealed class CommunityFinderTests : IDisposable
{
    private readonly GraywatchStore _store = Some.Store();
    private readonly StoreSeeder _seed;
    private int _n;

    public CommunityFinderTests() => _seed = new StoreSeeder(_store);

    public void Dispose() => _store.Dispose();

    private void Posts(int count, DateTimeOffset from, string authorPrefix, params string[] tags)
    {
        for (var i = 0; i < count; i++)
        {
            _seed.Add(Some.Post($"p{_n++}", from.AddMinutes(i * 7), $"{authorPrefix}{i % 6}", tags));
        }
    }

    [Fact]
    public void Hashtags_that_travel_together_form_communities_with_their_accounts()
    {
        var t = Some.Time.AddDays(-3);
        Posts(12, t, "cook", "food", "recipe");
        Posts(12, t, "cook", "recipe", "dinner");
        Posts(12, t, "gamer", "gaming", "esports");
        Posts(12, t, "gamer", "esports", "stream");

        var report = new CommunityFinder(new TrendAnalyzer(_store, new TrendOptions())).Communities(TrendScope.All);

        Assert.Equal(2, report.Communities.Count);
        Assert.Equal(report.Membership["food"], report.Membership["dinner"]);
        Assert.NotEqual(report.Membership["food"], report.Membership["gaming"]);
        var cooking = report.Communities.Single(c => c.Hashtags.Any(h => h.Label == "#food"));
        Assert.All(cooking.Accounts, a => Assert.StartsWith("@cook", a.Label, StringComparison.Ordinal));
        Assert.Equal(24, cooking.Posts);
        Assert.True(report.Modularity > 0.3);
    }

    [Fact]
    public void A_hashtag_suddenly_carried_by_another_community_is_a_hijack()
    {
        var t = Some.Time.AddDays(-5);
        Posts(15, t, "cook", "food", "recipe");
        Posts(15, t, "cook", "recipe", "dinner");
        Posts(15, t, "cook", "dinner", "food");
        Posts(15, t, "activist", "protest", "rally");
        Posts(15, t, "activist", "rally", "march");
        Posts(15, t, "activist", "march", "protest");
        Posts(12, Some.Time.AddHours(-6), "activist", "recipe", "protest", "rally");
        Posts(3, Some.Time.AddHours(-5), "cook", "recipe", "food");

        var hijacks = new CommunityFinder(new TrendAnalyzer(_store, new TrendOptions())).Hijacks(TrendScope.All);

        var hijack = Assert.Single(hijacks);
        Assert.Equal("recipe", hijack.Tag);
        Assert.Contains(hijack.Carrier.Hashtags, h => h.Label == "#protest");
        Assert.Equal(15, hijack.RecentPosts);
        Assert.Equal(0.8, hijack.RecentShare, 6);
        Assert.Equal(0, hijack.BaselineShare);
        Assert.Equal(12, hijack.PostIds.Count);
        Assert.All(hijack.Accounts, a => Assert.StartsWith("@activist", a.Label, StringComparison.Ordinal));
    }

    [Fact]
    public void Generic_discovery_hashtags_are_left_out_of_the_graph()
    {
        Posts(5, Some.Time, "a", "fyp", "food", "recipe");

        var report = new CommunityFinder(new TrendAnalyzer(_store, new TrendOptions())).Communities(TrendScope.All);

        Assert.False(report.Membership.ContainsKey("fyp"));
    }
}
