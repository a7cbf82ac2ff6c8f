using System.Globalization;
using Graywatch.Detectors;

namespace Graywatch.Exposure;

/// <summary>Parameters of the exposure analysis, with their defaults and setting keys.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>exposure.radius</c> (2km): the vicinity around each site's zone where a post counts as near.</item>
/// <item><c>exposure.gazetteer</c> (none): a CSV of place names with positions (<c>name, lat, lon[, aliases]</c>).</item>
/// <item><c>exposure.eps_m</c> (300) and <c>exposure.min_points</c> (3): DBSCAN radius and core size for an account's places.</item>
/// <item><c>exposure.min_located_posts</c> (6): located posts an account needs before its pattern of life is read.</item>
/// <item><c>exposure.max_points</c> (2000): most recent located posts per account kept for clustering.</item>
/// <item><c>exposure.work_start</c> (8), <c>exposure.work_end</c> (18): weekday working hours, local time; <c>exposure.night_start</c> (20), <c>exposure.night_end</c> (7).</item>
/// <item><c>exposure.utc_offset</c> (none: from each position's longitude, 15° an hour): the local time of the posts, e.g. <c>+08:00</c>.</item>
/// <item><c>exposure.role_share</c> (0.6): share of a cluster's posts in working hours (or at night and weekends) that makes it a work (or home) place.</item>
/// <item><c>exposure.movement_min_accounts</c> (3) and <c>exposure.movement_window</c> (72h): stationed accounts seen together away from their site.</item>
/// <item><c>exposure.min_site_posts</c> (1), <c>exposure.min_watch_posts</c> (3): posts needed for a site-exposure or watch-list finding.</item>
/// </list>
/// Immutable.
/// </remarks>
public sealed record ExposureOptions
{
    public double VicinityMeters { get; init; } = 2000;
    public string? Gazetteer { get; init; }
    public double EpsMeters { get; init; } = 300;
    public int MinPoints { get; init; } = 3;
    public int MinLocatedPosts { get; init; } = 6;
    public int MaxPoints { get; init; } = 2000;
    public int WorkStart { get; init; } = 8;
    public int WorkEnd { get; init; } = 18;
    public int NightStart { get; init; } = 20;
    public int NightEnd { get; init; } = 7;
    public TimeSpan? UtcOffset { get; init; }
    public double RoleShare { get; init; } = 0.6;
    public int MovementMinAccounts { get; init; } = 3;
    public TimeSpan MovementWindow { get; init; } = TimeSpan.FromHours(72);
    public int MinSitePosts { get; init; } = 1;
    public int MinWatchPosts { get; init; } = 3;

    public static ExposureOptions Default { get; } = new();

    /// <exception cref="FormatException">A distance, duration or offset that cannot be read.</exception>
    public static ExposureOptions From(DetectorSettings s) => new()
    {
        VicinityMeters = s.Get("exposure.radius") is { } r ? ParseDistance(r) : 2000,
        Gazetteer = s.Get("exposure.gazetteer"),
        EpsMeters = s.Get("exposure.eps_m", 300.0),
        MinPoints = Math.Max(1, s.Get("exposure.min_points", 3)),
        MinLocatedPosts = Math.Max(2, s.Get("exposure.min_located_posts", 6)),
        MaxPoints = Math.Max(10, s.Get("exposure.max_points", 2000)),
        WorkStart = s.Get("exposure.work_start", 8),
        WorkEnd = s.Get("exposure.work_end", 18),
        NightStart = s.Get("exposure.night_start", 20),
        NightEnd = s.Get("exposure.night_end", 7),
        UtcOffset = s.Get("exposure.utc_offset") is { } o ? ParseOffset(o) : null,
        RoleShare = s.Get("exposure.role_share", 0.6),
        MovementMinAccounts = Math.Max(2, s.Get("exposure.movement_min_accounts", 3)),
        MovementWindow = s.Get("exposure.movement_window") is { } w ? Trends.TrendOptions.ParseDuration(w) : TimeSpan.FromHours(72),
        MinSitePosts = Math.Max(1, s.Get("exposure.min_site_posts", 1)),
        MinWatchPosts = Math.Max(1, s.Get("exposure.min_watch_posts", 3)),
    };

    /// <summary>Reads <c>2km</c>, <c>500m</c> or a bare number of metres.</summary>
    /// <exception cref="FormatException">Not a non-negative distance.</exception>
    public static double ParseDistance(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        var (number, scale) = t.EndsWith("km", StringComparison.Ordinal) ? (t[..^2], 1000.0) : t.EndsWith('m') ? (t[..^1], 1.0) : (t, 1.0);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0
            ? v * scale
            : throw new FormatException($"'{text}' is not a distance (use e.g. 2km or 500m)");
    }

    /// <summary>Reads <c>+08:00</c>, <c>-5</c> or <c>UTC+8</c>.</summary>
    /// <exception cref="FormatException">Not an offset.</exception>
    public static TimeSpan ParseOffset(string text)
    {
        var t = text.Trim().ToUpperInvariant().Replace("UTC", "", StringComparison.Ordinal);
        if (t.Length == 0)
        {
            return TimeSpan.Zero;
        }
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) && Math.Abs(hours) <= 14)
        {
            return TimeSpan.FromHours(hours);
        }
        var negative = t.StartsWith('-');
        return TimeSpan.TryParseExact(t.TrimStart('+', '-'), @"hh\:mm", CultureInfo.InvariantCulture, out var span)
            ? (negative ? -span : span)
            : throw new FormatException($"'{text}' is not a UTC offset (use e.g. +08:00)");
    }

    /// <summary>Local time of a post at a position: the configured offset, or the longitude's hour zone.</summary>
    public DateTimeOffset Local(DateTimeOffset utc, double lon) =>
        utc.ToOffset(UtcOffset ?? TimeSpan.FromHours(Math.Clamp(Math.Round(lon / 15), -12, 14)));
}
