using Graywatch.Sites;

namespace Graywatch.Exposure;

/// <summary>Everything the exposure analysis found in a store against one site registry.</summary>
/// <param name="ScannedPosts">Posts read.</param>
/// <param name="PlacedPosts">Posts placed at one site or more.</param>
/// <param name="PlacedByMethod">Placed posts per <see cref="PlacementMethod"/>.</param>
/// <param name="AccountsProfiled">Accounts with enough located posts for a pattern of life.</param>
public sealed record ExposureReport(SiteRegistry Registry, ExposureOptions Options, long ScannedPosts, long PlacedPosts, IReadOnlyDictionary<string, long> PlacedByMethod,
    IReadOnlyList<SiteExposure> Sites, long AccountsProfiled, IReadOnlyList<StationedAccount> Stationed, IReadOnlyList<UnitMovement> Movements, IReadOnlyList<WatchGroup> Watch);
