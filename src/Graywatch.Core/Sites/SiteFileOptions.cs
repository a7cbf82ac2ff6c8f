using Graywatch.Detectors;

namespace Graywatch.Sites;

/// <summary>How a site file is read: CSV columns, the radius given to points without one, and the alias separator.</summary>
/// <remarks>
/// Settings: <c>exposure.sites</c> (the file), <c>exposure.site_columns</c> (see <see cref="SiteColumns.Parse"/>),
/// <c>exposure.default_radius_m</c> (default 500), <c>exposure.duplicate_m</c> (default 50: a feature with the name of
/// an earlier one within this distance is a duplicate). Immutable.
/// </remarks>
public sealed record SiteFileOptions
{
    public SiteColumns Columns { get; init; } = SiteColumns.Auto;
    public double DefaultRadiusMeters { get; init; } = 500;
    public double DuplicateMeters { get; init; } = 50;
    public char AliasSeparator { get; init; } = '|';

    public static SiteFileOptions Default { get; } = new();

    public static SiteFileOptions From(DetectorSettings settings) => new()
    {
        Columns = SiteColumns.Parse(settings.Get("exposure.site_columns")),
        DefaultRadiusMeters = settings.Get("exposure.default_radius_m", 500.0),
        DuplicateMeters = settings.Get("exposure.duplicate_m", 50.0),
    };
}
