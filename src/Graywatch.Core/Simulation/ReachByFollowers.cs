namespace Graywatch.Simulation;

/// <summary>How far real posts reach for their authors' following: the median views per half log unit of followers, over the engagement model's.</summary>
/// <remarks>
/// A feed scrape over-samples posts that went far, so views there hardly grow with followers; scaling each band on its own
/// keeps planted posts as ordinary as the real ones of their authors' size. A band with fewer than <see cref="MinPosts"/> posts
/// takes the overall median ratio; without 20 posts that have both counts, the factor is 1. Immutable.
/// </remarks>
internal sealed class ReachByFollowers
{
    public const int MinPosts = 5;

    private readonly Dictionary<int, double> _bandMedians = [];

    public ReachByFollowers(IReadOnlyList<(long Followers, long Views)> posts)
    {
        var known = posts.Where(p => p.Followers > 0 && p.Views > 0).ToList();
        var ratios = known.Select(p => p.Views / EngagementModel.MedianFinalViews(p.Followers)).Order().ToArray();
        Overall = ratios.Length >= 20 ? Math.Round(Math.Clamp(ratios[ratios.Length / 2], 0.05, 1000), 3) : 1.0;
        if (ratios.Length < 20)
        {
            return;
        }
        var deviations = new List<double>();
        foreach (var band in known.GroupBy(p => Band(p.Followers)))
        {
            var views = band.Select(p => p.Views).Order().ToArray();
            if (views.Length >= MinPosts)
            {
                var median = views[views.Length / 2];
                _bandMedians[band.Key] = median;
                deviations.AddRange(views.Select(v => Math.Abs(Math.Log(v) - Math.Log(median))));
            }
        }
        if (deviations.Count >= 20)
        {
            deviations.Sort();
            Spread = Math.Round(1.4826 * deviations[deviations.Count / 2], 3);
        }
    }

    /// <summary>The robust standard deviation of ln(views) among real posts of the same follower band (1.4826 · MAD); 0 when unknown.</summary>
    public double Spread { get; }

    /// <summary>The median ratio of real views to the model's, over all posts.</summary>
    public double Overall { get; }

    /// <summary>The factor for an author with <paramref name="followers"/> followers.</summary>
    public double Factor(long followers) =>
        _bandMedians.TryGetValue(Band(followers), out var median)
            ? Math.Clamp(median / EngagementModel.MedianFinalViews(followers), 0.05, 10_000)
            : Overall;

    private static int Band(long followers) => (int)Math.Round(Math.Log(1 + Math.Max(0, followers)) * 2);
}
