namespace Graywatch.Virality;

/// <summary>How a platform's posts keep growing with age: a log growth rate per age band, the weight of a post's own recent growth, and a calibrated 90% interval.</summary>
/// <remarks>
/// Szabo and Huberman's <c>ln N(t2) = ln N(t1) + ln r(t1, t2) + ε</c> with <c>ln r</c> learned per age band: in band
/// <c>b</c>, <c>ln(1 + N)</c> grows by <see cref="Elasticity"/>[b] per unit of <c>ln age</c>, so
/// <c>P(a1, a2) = Σ_b k_b · |[ln a1, ln a2] ∩ band b|</c>. A post seen twice also carries its own pace: its growth between the
/// two snapshots, <c>g</c>, against the population's over the same ages, <c>P₀</c>; the forecast log growth is then
/// <c>α·P + γ·g·P/P₀</c> (<see cref="Alpha"/>, <see cref="Gamma"/>, per age band of the last snapshot), so a post that grew twice as fast as its peers is expected
/// to keep part of that lead. The forecast never goes below the last count. The interval is
/// <c>ln(1 + N̂) + [q₅, q₉₅]·(y + 0.01)</c>, <c>y</c> the forecast log growth, with the quantiles measured on held-out posts
/// per age band of the last snapshot, separately for posts seen once (<see cref="SeenOnce"/>), posts still growing between
/// their last two snapshots (<see cref="Growing"/>) and posts that had stopped (<see cref="Stopped"/>), and its top held to
/// <see cref="Cap"/>. Ages are in hours. Immutable.
/// </remarks>
/// <param name="Fit">Which history it was fitted on: a platform's name, <c>all</c>, or <c>prior</c>.</param>
/// <param name="Elasticity">k per band of <see cref="AgeBands"/>.</param>
/// <param name="SeenOnce">The interval's calibration per band of <see cref="AgeBands"/>, for posts seen once.</param>
/// <param name="Growing">The same for posts whose last count is above the one before (beyond rounding).</param>
/// <param name="Stopped">The same for posts seen twice without such growth.</param>
/// <param name="Cap">The plausible top of an interval: the largest count seen on the platform (infinite when unknown).</param>
/// <param name="Pairs">Consecutive snapshot pairs the elasticities were fitted on.</param>
/// <param name="Triples">Consecutive snapshot triples α and γ were fitted on.</param>
public sealed record GrowthModel(
    string Fit, IReadOnlyList<double> Elasticity, IReadOnlyList<double> Alpha, IReadOnlyList<double> Gamma,
    IReadOnlyList<IntervalCalibration> SeenOnce, IReadOnlyList<IntervalCalibration> Growing, IReadOnlyList<IntervalCalibration> Stopped, double Cap, int Pairs, int Triples)
{
    /// <summary>Scale added to the forecast log growth so that a forecast of no growth still has an interval.</summary>
    public const double ScaleFloor = 0.01;

    /// <summary>The youngest age used (one minute): log age is unbounded below.</summary>
    public const double MinAge = 1.0 / 60;

    /// <summary>Used when the store holds too little history: the elasticities of <c>F(a) = 1 - exp(-(a/24 h)^0.6)</c> at each band's middle, α = 1, γ = 0.</summary>
    public static GrowthModel Prior { get; } = new("prior", PriorElasticity(), Same(1), Same(0), DefaultCalibration(), DefaultCalibration(), DefaultCalibration(), double.PositiveInfinity, 0, 0);

    /// <summary>P(a1, a2): the population's log growth of <c>1 + N</c> from age <paramref name="from"/> to age <paramref name="to"/> (0 when <c>to ≤ from</c>).</summary>
    public double LogGrowth(double from, double to) => LogGrowth(Elasticity, from, to);

    /// <summary>P(a1, a2) for elasticities <paramref name="elasticity"/> (one per band of <see cref="AgeBands"/>).</summary>
    public static double LogGrowth(IReadOnlyList<double> elasticity, double from, double to)
    {
        if (to <= from)
        {
            return 0;
        }
        double lnFrom = Math.Log(Math.Max(from, MinAge)), lnTo = Math.Log(Math.Max(to, MinAge)), sum = 0;
        for (var b = 0; b < AgeBands.Count; b++)
        {
            sum += elasticity[b] * AgeBands.Overlap(b, lnFrom, lnTo);
        }
        return sum;
    }

    /// <summary>The multiplier of the population's growth for a post: 1 when seen once, <c>α + γ·g/P₀</c> when seen before at <paramref name="previous"/>.</summary>
    public double Speed(CountObservation last, CountObservation? previous)
    {
        if (previous is not { } p || p.Age >= last.Age)
        {
            return 1;
        }
        var own = Math.Max(0, Math.Log((1 + last.Count) / (1 + p.Count)));
        var population = LogGrowth(p.Age, last.Age);
        var band = AgeBands.Of(last.Age);
        return Alpha[band] + (population > 1e-9 ? Gamma[band] * own / population : 0);
    }

    /// <summary>The count at age <paramref name="targetAge"/> for a post last seen as <paramref name="last"/> (and before that as <paramref name="previous"/>), with its 90% interval.</summary>
    public GrowthForecast Forecast(CountObservation last, CountObservation? previous, double targetAge)
    {
        var speed = Speed(last, previous);
        var growth = Math.Max(0, speed * LogGrowth(last.Age, targetAge));
        var lnHat = Math.Log(1 + last.Count) + growth;
        var calibration = (previous is not { } p ? SeenOnce : last.Low > p.High ? Growing : Stopped)[AgeBands.Of(last.Age)];
        var scale = growth + ScaleFloor;
        var predicted = Math.Max(last.Count, Math.Exp(lnHat) - 1);
        var low = Math.Clamp(Math.Exp(lnHat + (calibration.Low * scale)) - 1, last.Count, predicted);
        var high = Math.Max(predicted, Math.Min(Math.Exp(lnHat + (calibration.High * scale)) - 1, Math.Max(Cap, predicted)));
        return new GrowthForecast(predicted, low, high, speed, growth);
    }

    /// <summary>The age at which a post growing at <paramref name="speed"/> from age <paramref name="from"/> has grown by <paramref name="logGrowth"/> (infinite if never).</summary>
    public double AgeAt(double from, double logGrowth, double speed)
    {
        if (logGrowth <= 0)
        {
            return from;
        }
        var left = logGrowth / Math.Max(speed, 1e-12);
        var ln = Math.Log(Math.Max(from, MinAge));
        for (var b = AgeBands.Of(from); b < AgeBands.Count; b++)
        {
            var end = b == AgeBands.Count - 1 ? double.PositiveInfinity : Math.Log(AgeBands.Edges[b]);
            var k = Elasticity[b];
            if (k > 0 && k * (end - ln) >= left)
            {
                return Math.Exp(ln + (left / k));
            }
            left -= k * (end - ln);
            ln = end;
        }
        return double.PositiveInfinity;
    }

    /// <summary>One value for every age band.</summary>
    public static double[] Same(double value) => [.. Enumerable.Repeat(value, AgeBands.Count)];

    private static IntervalCalibration[] DefaultCalibration() => [.. Enumerable.Repeat(IntervalCalibration.Default, AgeBands.Count)];

    private static double[] PriorElasticity()
    {
        // d ln F / d ln a for a Weibull share F with a day-long scale and a long tail, at each band's geometric middle.
        double[] middles = [2, 12, 41.6, 109, 348, 1247, 4374, 17520];
        return [.. middles.Select(a =>
        {
            var x = Math.Pow(a / 24, 0.6);
            return 0.6 * x * Math.Exp(-x) / -double.ExpM1(-x);
        })];
    }
}
