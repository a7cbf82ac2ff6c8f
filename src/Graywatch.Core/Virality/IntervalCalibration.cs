namespace Graywatch.Virality;

/// <summary>The 90% interval's reach on either side of a forecast, per unit of forecast log growth, as measured on held-out snapshots.</summary>
/// <param name="Low">5th percentile of (actual − forecast log reach) / scale; zero or negative.</param>
/// <param name="High">95th percentile of the same; zero or positive.</param>
/// <param name="Held">Held-out forecasts it was measured on (0: the default, ±1).</param>
public sealed record IntervalCalibration(double Low, double High, int Held)
{
    /// <summary>Used when fewer than <see cref="GrowthFit.MinHeld"/> held-out forecasts exist: ±1 unit of forecast log growth.</summary>
    public static IntervalCalibration Default { get; } = new(-1, 1, 0);
}
