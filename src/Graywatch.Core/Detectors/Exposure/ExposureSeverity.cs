using System.Globalization;
using Graywatch.Findings;

namespace Graywatch.Detectors.Exposure;

/// <summary>The exposure detector's one severity rule, from evidence strength, reach and harm (docs/exposure.md, "Severity").</summary>
/// <remarks>
/// Harm is explicit when a post placed inside a site's zone shows the site (equipment or activity terms), when an
/// account's pattern of life places it at a site, and when stationed accounts gather away from their site. Nothing is
/// High or Critical under confidence <see cref="MinHighConfidence"/>; every High and Critical comes with its one-line why.
/// Thread-safe.
/// </remarks>
public static class ExposureSeverity
{
    /// <summary>Confidence below this is never High or Critical.</summary>
    public const double MinHighConfidence = 0.6;

    /// <summary>The confidence a stationed account needs for High.</summary>
    public const double StationedHighConfidence = 0.8;

    /// <summary>Site exposed: High with posts inside the zone that show the site; Low when only mentioned; Medium otherwise.</summary>
    public static (Severity Severity, string? Why) Site(double confidence, long inside, long showingSite, bool onlyMentions, string site, ExposureWords words)
    {
        if (confidence >= MinHighConfidence && inside > 0 && showingSite > 0)
        {
            return (Severity.High, words.Format("{0} posts placed inside the zone of {1}, {2} of them showing the site itself.", Count(inside), site, Count(showingSite)));
        }
        return (onlyMentions ? Severity.Low : Severity.Medium, null);
    }

    /// <summary>Likely stationed: High at confidence <see cref="StationedHighConfidence"/> or more, else Medium.</summary>
    public static (Severity Severity, string? Why) Stationed(double confidence, int workPosts, int workDays, double distanceMeters, string site, ExposureWords words) =>
        confidence >= StationedHighConfidence
            ? (Severity.High, words.Format("{0} weekday working-hour posts on {1} days from {2} m of {3}: the account's pattern of life places it there.",
                Count(workPosts), Count(workDays), distanceMeters.ToString("0", CultureInfo.InvariantCulture), site))
            : (Severity.Medium, null);

    /// <summary>Unit movement: Critical at confidence <see cref="MinHighConfidence"/> or more, else Medium.</summary>
    public static (Severity Severity, string? Why) Movement(double confidence, int accounts, string home, ExposureWords words) =>
        confidence >= MinHighConfidence
            ? (Severity.Critical, words.Format("{0} accounts stationed at {1} posted together from one place away from it: a possible movement.", Count(accounts), home))
            : (Severity.Medium, null);

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
