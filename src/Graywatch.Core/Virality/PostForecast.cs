namespace Graywatch.Virality;

/// <summary>One post's forecast: observed and predicted views (and shares), interval, time to 90% and the model used.</summary>
/// <param name="Model"><c>log-linear</c> or <c>seismic</c>.</param>
/// <param name="Fit">The history behind a log-linear model (see <see cref="GrowthModel.Fit"/>), or <c>comments</c> for SEISMIC.</param>
/// <param name="PredictedViews">Views at <paramref name="TargetAgeHours"/>: the final views, or the views at the horizon when one is set.</param>
/// <param name="HoursTo90">Hours from the last snapshot until 90% of the final views are reached (0 when already past): the response window.</param>
/// <param name="AgeHours">The post's age at its last snapshot.</param>
/// <param name="Speed">The post's pace against its platform's growth (<see cref="GrowthModel.Speed"/>).</param>
/// <param name="Elasticity">The platform's growth per band of <see cref="AgeBands"/>.</param>
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
    double AgeHours,
    double TargetAgeHours,
    double Speed,
    IReadOnlyList<double> Elasticity)
{
    /// <summary>When 90% of the final views will have been reached.</summary>
    public DateTimeOffset At90 => LastObservedAt.AddHours(HoursTo90);

    /// <summary>The count at age <paramref name="ageHours"/> on the forecast line that reaches <paramref name="countAtTarget"/> at the target age.</summary>
    public double CountAt(double countAtTarget, double ageHours) =>
        Math.Max(0, Math.Exp(Math.Log(1 + countAtTarget) - (Speed * GrowthModel.LogGrowth(Elasticity, ageHours, TargetAgeHours))) - 1);
}
