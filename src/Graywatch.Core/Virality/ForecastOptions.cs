using Graywatch.Detectors;
using Graywatch.Trends;

namespace Graywatch.Virality;

/// <summary>Settings of the forecasts and of the virality findings, read from <c>virality.*</c> keys.</summary>
/// <remarks>
/// Defaults: <c>virality.min_pairs</c> 50 (pairs of snapshots a group needs before it gets its own curve; fewer fall back
/// to the platform, then to every post, then to <see cref="GrowthCurve.Prior"/>), <c>virality.fit_sample</c> 5000 (pairs
/// per group the fit reads), <c>virality.seismic_min_events</c> 30 (timed comments before a post is forecast by SEISMIC),
/// <c>virality.horizon</c> none (forecast the final reach; e.g. <c>7d</c> forecasts the reach 7 days after the last snapshot),
/// <c>virality.reach</c> 0 (reach a post must be predicted to pass to be "going viral"; 0 = the 99th percentile of predicted
/// reach, at least 10,000), <c>virality.min_growth</c> 0.1 (growth still to come, as a share of the observed views),
/// <c>virality.overnight_z</c> 4 (robust z of views against followers), <c>virality.new_account_days</c> 30, <c>virality.top</c> 20.
/// </remarks>
public sealed record ForecastOptions
{
    public int MinPairs { get; init; } = 50;

    public int FitSample { get; init; } = 5000;

    public int SeismicMinEvents { get; init; } = 30;

    public TimeSpan? Horizon { get; init; }

    public double Reach { get; init; }

    public double MinGrowth { get; init; } = 0.1;

    public double OvernightZ { get; init; } = 4;

    /// <summary>Views per follower an overnight-popular post needs besides its z (a big account's hit is not overnight popularity).</summary>
    public double OvernightRatio { get; init; } = 10;

    public int NewAccountDays { get; init; } = 30;

    public int Top { get; init; } = 20;

    /// <summary>Hashtags too generic to be "going viral" on their own.</summary>
    public IReadOnlyList<string> IgnoredHashtags { get; init; } = ["fyp", "foryou", "foryoupage", "viral", "trending", "xuhuong", "tiktok"];

    public static ForecastOptions From(DetectorSettings settings)
    {
        var d = new ForecastOptions();
        return d with
        {
            MinPairs = Math.Max(1, settings.Get("virality.min_pairs", d.MinPairs)),
            FitSample = Math.Max(100, settings.Get("virality.fit_sample", d.FitSample)),
            SeismicMinEvents = Math.Max(5, settings.Get("virality.seismic_min_events", d.SeismicMinEvents)),
            Horizon = settings.Get("virality.horizon") is { Length: > 0 } h ? TrendOptions.ParseDuration(h) : null,
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
