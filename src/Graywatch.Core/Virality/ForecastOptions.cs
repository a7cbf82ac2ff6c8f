using Graywatch.Detectors;
using Graywatch.Trends;

namespace Graywatch.Virality;

/// <summary>Settings of the forecasts and of the virality findings, read from <c>virality.*</c> keys.</summary>
/// <remarks>
/// Defaults: <c>virality.min_pairs</c> 50 (pairs of snapshots a platform needs before it gets its own model; fewer fall back
/// to every platform together, then to <see cref="GrowthModel.Prior"/>), <c>virality.fit_sample</c> 5000 (posts seen at least
/// twice the fit reads, plus half as many again to calibrate the interval), <c>virality.final_age</c> 365d (the age whose
/// views are the "final" views), <c>virality.seismic_min_events</c> 30 (timed comments before a post is forecast by SEISMIC),
/// <c>virality.horizon</c> none (forecast the final reach; e.g. <c>7d</c> forecasts the reach 7 days after the last snapshot),
/// <c>virality.reach</c> 0 (reach a post must be predicted to pass to be "going viral"; 0 = the 99th percentile of predicted
/// reach, at least 10,000), <c>virality.min_growth</c> 0.1 (growth still to come, as a share of the observed views),
/// <c>virality.overnight_z</c> 4 (robust z of views against followers), <c>virality.overnight_ratio</c> 10,
/// <c>virality.overnight_max_age</c> 3d (how young a post must be when observed for its author's follower count to stand
/// for the account's usual reach), <c>virality.new_account_days</c> 30, <c>virality.top</c> 20.
/// A <c>virality.*</c> key that no virality setting reads is an error, so a misspelt key does not pass silently.
/// </remarks>
public sealed record ForecastOptions
{
    public int MinPairs { get; init; } = 50;

    public int FitSample { get; init; } = 5000;

    public int SeismicMinEvents { get; init; } = 30;

    public TimeSpan? Horizon { get; init; }

    /// <summary>The age whose views count as a post's final views.</summary>
    public TimeSpan FinalAge { get; init; } = TimeSpan.FromDays(365);

    /// <summary>Oldest a post may be at its first snapshot for its author's follower count to stand for the account's usual reach.</summary>
    public TimeSpan OvernightMaxAge { get; init; } = TimeSpan.FromDays(3);

    public double Reach { get; init; }

    public double MinGrowth { get; init; } = 0.1;

    public double OvernightZ { get; init; } = 4;

    /// <summary>Views per follower an overnight-popular post needs besides its z (a big account's hit is not overnight popularity).</summary>
    public double OvernightRatio { get; init; } = 10;

    public int NewAccountDays { get; init; } = 30;

    public int Top { get; init; } = 20;

    /// <summary>Hashtags too generic to be "going viral" on their own.</summary>
    public IReadOnlyList<string> IgnoredHashtags { get; init; } = ["fyp", "foryou", "foryoupage", "viral", "trending", "xuhuong", "tiktok"];

    /// <summary>Every <c>virality.*</c> key some part of Graywatch reads.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "virality.min_pairs", "virality.fit_sample", "virality.seismic_min_events", "virality.horizon", "virality.final_age", "virality.reach",
        "virality.min_growth", "virality.overnight_z", "virality.overnight_ratio", "virality.overnight_max_age", "virality.new_account_days",
        "virality.top", "virality.ignore_hashtags", "virality.fill_reach", "virality.seismic_nstar", "virality.seismic_alpha", "virality.seismic_gamma",
    ];

    /// <summary>Reads the <c>virality.*</c> keys.</summary>
    /// <exception cref="FormatException">A <c>virality.*</c> key that no setting reads, or a duration that does not parse.</exception>
    public static ForecastOptions From(DetectorSettings settings)
    {
        var unknown = settings.Values.Keys.Where(k => k.StartsWith("virality.", StringComparison.OrdinalIgnoreCase) && !Keys.Contains(k, StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"unknown setting '{unknown[0]}' (virality settings: {string.Join(", ", Keys)})");
        }
        var d = new ForecastOptions();
        return d with
        {
            MinPairs = Math.Max(1, settings.Get("virality.min_pairs", d.MinPairs)),
            FitSample = Math.Max(100, settings.Get("virality.fit_sample", d.FitSample)),
            SeismicMinEvents = Math.Max(5, settings.Get("virality.seismic_min_events", d.SeismicMinEvents)),
            Horizon = settings.Get("virality.horizon") is { Length: > 0 } h ? TrendOptions.ParseDuration(h) : null,
            FinalAge = settings.Get("virality.final_age") is { Length: > 0 } f ? TrendOptions.ParseDuration(f) : d.FinalAge,
            OvernightMaxAge = settings.Get("virality.overnight_max_age") is { Length: > 0 } m ? TrendOptions.ParseDuration(m) : d.OvernightMaxAge,
            Reach = settings.Get("virality.reach", d.Reach),
            MinGrowth = settings.Get("virality.min_growth", d.MinGrowth),
            OvernightZ = settings.Get("virality.overnight_z", d.OvernightZ),
            OvernightRatio = settings.Get("virality.overnight_ratio", d.OvernightRatio),
            NewAccountDays = settings.Get("virality.new_account_days", d.NewAccountDays),
            Top = Math.Max(1, settings.Get("virality.top", d.Top)),
            IgnoredHashtags = settings.Get("virality.ignore_hashtags") is { } list
                ? [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.TrimStart('#').ToLowerInvariant())]
                : d.IgnoredHashtags,
        };
    }
}
