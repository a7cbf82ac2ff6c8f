using Graywatch.Sites;

namespace Graywatch.Exposure;

/// <summary>The posts placed in or near one site: who posted them, how they were placed, and how many show the site itself.</summary>
/// <param name="Placements">The placements, most confident first, at most <see cref="ExposureAnalyzer.MaxListed"/>.</param>
/// <param name="ShowingSite">Posts whose words name watch-listed equipment or activity.</param>
/// <param name="ByMethod">Posts per <see cref="PlacementMethod"/>.</param>
/// <param name="Accounts">Accounts with their post counts, most posts first.</param>
/// <param name="PerDay">Posts per UTC day.</param>
public sealed record SiteExposure(Site Site, long Posts, long Inside, long ShowingSite, IReadOnlyDictionary<string, long> ByMethod, IReadOnlyList<(string Account, long Posts)> Accounts,
    IReadOnlyList<Placement> Placements, IReadOnlyList<string> ShowingPostIds, double? MinDistanceMeters, DateTimeOffset? First, DateTimeOffset? Last, IReadOnlyList<(DateTimeOffset Day, long Posts)> PerDay)
{
    /// <summary>The mean confidence of the placements listed.</summary>
    public double Confidence => Placements.Count == 0 ? 0 : Math.Round(Placements.Max(p => p.Confidence), 2);
}
