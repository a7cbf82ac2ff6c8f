namespace Graywatch.Detectors.Incitement;

/// <summary>The single change-point in a daily share of angry posts that best splits it into a calmer before and an angrier after.</summary>
/// <remarks>
/// Each split is scored by the likelihood-ratio statistic of two Bernoulli rates against one (2·ΔlogL, about χ² with one
/// degree of freedom); only splits where the share rises are considered. Stateless.
/// </remarks>
public sealed record AngerChangePoint(int Index, double ShareBefore, double ShareAfter, int PostsAfter, double Statistic)
{
    /// <summary>The best rising split of per-day (angry, posts) counts, or null when no day splits them with a rise.</summary>
    public static AngerChangePoint? Find(IReadOnlyList<(int Angry, int Posts)> days)
    {
        long totalAngry = 0, totalPosts = 0;
        foreach (var d in days)
        {
            totalAngry += d.Angry;
            totalPosts += d.Posts;
        }
        AngerChangePoint? best = null;
        long angryBefore = 0, postsBefore = 0;
        for (var k = 1; k < days.Count; k++)
        {
            angryBefore += days[k - 1].Angry;
            postsBefore += days[k - 1].Posts;
            var angryAfter = totalAngry - angryBefore;
            var postsAfter = totalPosts - postsBefore;
            if (postsBefore == 0 || postsAfter == 0)
            {
                continue;
            }
            var before = (double)angryBefore / postsBefore;
            var after = (double)angryAfter / postsAfter;
            if (after <= before)
            {
                continue;
            }
            var statistic = 2 * (LogLikelihood(angryBefore, postsBefore) + LogLikelihood(angryAfter, postsAfter) - LogLikelihood(totalAngry, totalPosts));
            if (best is null || statistic > best.Statistic)
            {
                best = new AngerChangePoint(k, before, after, (int)postsAfter, statistic);
            }
        }
        return best;
    }

    private static double LogLikelihood(long a, long n)
    {
        var p = (double)a / n;
        return (a == 0 ? 0 : a * Math.Log(p)) + (a == n ? 0 : (n - a) * Math.Log(1 - p));
    }
}
