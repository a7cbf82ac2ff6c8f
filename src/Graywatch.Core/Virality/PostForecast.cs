namespace Graywatch.Virality;

/// <summary>One post's forecast: observed and predicted views (and shares), interval, time to 90% and the model used.</summary>
/// <param name="Model"><c>log-linear</c> or <c>seismic</c>.</param>
/// <param name="Fit">The history behind a log-linear curve (see <see cref="GroupFit.Fit"/>), or <c>comments</c> for SEISMIC.</param>
/// <param name="PredictedViews">Final views, or the views at the horizon when one is set.</param>
/// <param name="HoursTo90">Hours from the last snapshot until 90% of the final views are reached (0 when already past): the response window.</param>
public sealed record PostForecast(
    string Platform,
    string PostId,
    string Model,
    string Fit,
    int Snapshots,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastObservedAt,
    long ObservedViews,
    long PredictedViews,
    long Low,
    long High,
    long? ObservedShares,
    long? PredictedShares,
    double HoursTo90,
    GrowthCurve Curve)
{
    /// <summary>When 90% of the final views will have been reached.</summary>
    public DateTimeOffset At90 => LastObservedAt.AddHours(HoursTo90);
}
