namespace Graywatch.Detectors.Exposure;

/// <summary>The kinds of exposure finding, as written in the <c>kind</c> field of <c>graywatch exposure --json</c>.</summary>
public static class ExposureKinds
{
    public const string SiteExposure = "site-exposure";
    public const string Stationed = "stationed";
    public const string UnitMovement = "unit-movement";
    public const string Watchlist = "watchlist";
}
