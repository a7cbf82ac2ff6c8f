namespace Graywatch.Simulation;

/// <summary>Grows a post's views by a self-exciting (Hawkes-like) process and derives likes, comments, shares and saves.</summary>
/// <remarks>
/// A post gets an impulse of <c>mu</c> first-generation views decaying with time constant <c>tau</c>, and every view
/// triggers on average <c>n</c> &lt; 1 further views with the same exponential kernel. The expected cumulative count is then
/// <c>mu/(1-n) · (1 - exp(-(1-n)·t/tau))</c>: fast early growth that slows toward saturation. Realised increments between
/// rounds are the expected increments times noise, so every count is non-decreasing across rounds. <c>reach</c> scales a
/// post's impulse by its author's following (1 in <c>simulate</c>; planted into real data, the data's own views at that following
/// over this model's, see <see cref="ReachByFollowers"/>).
/// </remarks>
internal sealed class EngagementModel(long[] observedUnix, Func<long, double>? reach = null)
{
    /// <summary>Expected final views of a post by an account with <paramref name="followers"/> followers and median appeal, at reach 1.</summary>
    public static double MedianFinalViews(long followers) => (30 + (0.15 * Math.Pow(followers, 0.95))) / (1 - 0.55);

    /// <summary>How many times its peers' median views the viral outlier reaches. Default 1,000.</summary>
    public double ViralMultiplier { get; init; } = 1000;

    /// <summary>The most views a planted post may reach (planted into real data: <see cref="RealDataPlanter.MaxViews"/>). Default unbounded.</summary>
    public double MaxViews { get; init; } = double.PositiveInfinity;

    /// <summary>Median final views of posts by accounts with <paramref name="followers"/> followers in this model.</summary>
    public double PeerMedianViews(long followers) => Reach(followers) * MedianFinalViews(followers);

    private double Reach(long followers) => reach?.Invoke(followers) ?? 1.0;

    /// <summary>Ordinary growth: appeal is log-normal around 1; <paramref name="appealBoost"/> multiplies it.</summary>
    public Engagement Grow(Random random, long followers, long createdUnix, double appealBoost = 1.0)
    {
        var appeal = Population.LogNormal(random, 1.0, 1.0) * appealBoost;
        var branching = 0.3 + (random.NextDouble() * 0.5);
        var mu = (30 + (0.15 * Math.Pow(followers, 0.95))) * appeal * Reach(followers);
        var tauHours = 2 + (random.NextDouble() * 6);
        return Build(random, createdUnix, mu, branching, tauHours);
    }

    /// <summary>Growth toward a given expected final reach with a given effective time scale (hours).</summary>
    public Engagement GrowTo(Random random, long createdUnix, double finalViews, double branching, double effectiveHours)
    {
        var tauHours = effectiveHours * (1 - branching);
        return Build(random, createdUnix, finalViews * (1 - branching), branching, tauHours);
    }

    private Engagement Build(Random random, long createdUnix, double mu, double branching, double tauHours)
    {
        var rounds = observedUnix.Length;
        var e = new Engagement(rounds);
        var likeRate = 0.03 + (random.NextDouble() * 0.09);
        var commentRate = 0.002 + (random.NextDouble() * 0.008);
        var shareRate = 0.001 + (random.NextDouble() * 0.009);
        var saveRate = 0.002 + (random.NextDouble() * 0.013);
        var total = mu / (1 - branching);
        var decay = (1 - branching) / (tauHours * 3600);
        double previousExpected = 0;
        long views = 0, likes = 0, comments = 0, shares = 0, saves = 0;
        for (var r = 0; r < rounds; r++)
        {
            var age = Math.Max(0, observedUnix[r] - createdUnix);
            var expected = total * (1 - Math.Exp(-decay * age));
            var dv = (long)Math.Round(Math.Max(0, expected - previousExpected) * Noise(random));
            previousExpected = expected;
            views += dv;
            likes += (long)Math.Round(dv * likeRate * Noise(random));
            comments += (long)Math.Round(dv * commentRate * Noise(random));
            shares += (long)Math.Round(dv * shareRate * Noise(random));
            saves += (long)Math.Round(dv * saveRate * Noise(random));
            e.Views[r] = views;
            e.Likes[r] = likes;
            e.Comments[r] = comments;
            e.Shares[r] = shares;
            e.Saves[r] = saves;
        }
        return e;
    }

    private static double Noise(Random random) => 0.8 + (random.NextDouble() * 0.4);
}
