using Graywatch.Bursts;

namespace Graywatch.Tests.Bursts;

public sealed class KleinbergBinnedBurstsTests
{
    [Fact]
    public void A_steady_share_has_no_burst()
    {
        var relevant = Enumerable.Repeat(10L, 24).ToArray();
        var totals = Enumerable.Repeat(100L, 24).ToArray();

        Assert.Empty(KleinbergBinnedBursts.Detect(relevant, totals));
    }

    [Fact]
    public void Bins_where_the_share_jumps_are_a_burst()
    {
        long[] relevant = [2, 1, 2, 3, 2, 30, 40, 35, 2, 1, 2, 3];
        var totals = Enumerable.Repeat(100L, relevant.Length).ToArray();

        var bursts = KleinbergBinnedBursts.Detect(relevant, totals);

        var burst = Assert.Single(bursts, b => b.Level == 1);
        Assert.Equal((5, 7), (burst.First, burst.Last));
        Assert.True(burst.Weight > 0);
    }

    [Fact]
    public void A_rise_that_only_follows_the_total_volume_is_not_a_burst()
    {
        long[] totals = [100, 100, 100, 1000, 1000, 100, 100, 100];
        long[] relevant = [5, 5, 5, 50, 50, 5, 5, 5];

        Assert.Empty(KleinbergBinnedBursts.Detect(relevant, totals));
    }

    [Fact]
    public void Empty_bins_neither_make_nor_break_a_burst()
    {
        long[] relevant = [1, 1, 1, 20, 0, 20, 1, 1, 1];
        long[] totals = [50, 50, 50, 50, 0, 50, 50, 50, 50];

        var burst = Assert.Single(KleinbergBinnedBursts.Detect(relevant, totals), b => b.Level == 1);

        Assert.Equal((3, 5), (burst.First, burst.Last));
    }

    [Fact]
    public void Stronger_bursts_nest_inside_weaker_ones_at_higher_levels()
    {
        long[] relevant = [1, 1, 1, 8, 8, 30, 30, 8, 8, 1, 1, 1];
        var totals = Enumerable.Repeat(100L, relevant.Length).ToArray();

        var bursts = KleinbergBinnedBursts.Detect(relevant, totals);

        var outer = Assert.Single(bursts, b => b.Level == 1);
        Assert.Contains(bursts, b => b.Level >= 2 && b.First >= outer.First && b.Last <= outer.Last);
    }

    [Fact]
    public void A_relevant_count_above_its_total_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => KleinbergBinnedBursts.Detect([5, 1], [4, 10]));
    }

    [Fact]
    public void No_relevant_items_means_no_burst()
    {
        Assert.Empty(KleinbergBinnedBursts.Detect([0, 0, 0], [5, 5, 5]));
    }
}
