namespace Graywatch.Trends;

/// <summary>The trend score: volume, growth between windows and author diversity, on an absolute scale.</summary>
/// <remarks>
/// <c>score = diversity × log2(1 + v) × max(0, log2((v + 1) / (p + 1)))</c>, where <c>v</c> is the posts in the recent
/// window, <c>p</c> the posts in the window before it, and diversity the distinct authors per post in the recent window
/// (0…1). Nothing is divided by the batch's maximum, so scores from different runs with the same window compare
/// directly: an entity that goes from 0 to 15 posts by 15 authors scores 16, from 0 to 100 by 100 authors 44, and one
/// that only holds steady 0. Stateless.
/// </remarks>
public static class TrendScore
{
    public static double Growth(long recent, long previous) => (recent + 1.0) / (previous + 1.0);

    public static double Diversity(long recent, long recentAuthors) => recent == 0 ? 0 : Math.Min(1.0, (double)recentAuthors / recent);

    public static double Of(long recent, long previous, long recentAuthors) =>
        Diversity(recent, recentAuthors) * Math.Log2(1 + recent) * Math.Max(0, Math.Log2(Growth(recent, previous)));
}
