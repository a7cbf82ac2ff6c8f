namespace Graywatch.Virality;

/// <summary>The share of a post's final reach seen by a given age: <c>F(a) = 1 - exp(-(a/τ)^β)</c>, with a spread for intervals.</summary>
/// <remarks>
/// The Szabo–Huberman model says <c>ln N(t2) = ln N(t1) + ln r(t1, t2) + ε</c>: late reach is early reach times a
/// factor common to a population, with noise of constant shape in log space. Snapshots arrive at any age, so the factor
/// is written through one curve, <c>r(a1, a2) = F(a2) / F(a1)</c>, and the final reach is <c>N(a) / F(a)</c>.
/// <see cref="Spread"/> <c>q</c> scales the remaining log growth <c>G(a) = -ln F(a)</c> into a 90% interval
/// <c>N̂·exp(±q·G(a))</c>: the less growth is left, the narrower the interval. Ages are in hours. Immutable.
/// </remarks>
/// <param name="TauHours">Scale τ: the age by which 63% of the reach is reached.</param>
/// <param name="Beta">Shape β: 1 is exponential saturation; below 1 a long tail.</param>
/// <param name="Spread">q: 90th percentile of |log error| per unit of predicted log growth in the fitted history.</param>
public sealed record GrowthCurve(double TauHours, double Beta, double Spread)
{
    /// <summary>Used when the store holds too little history to fit: a day-long scale, a long tail, a wide spread.</summary>
    public static GrowthCurve Prior { get; } = new(24, 0.6, 1.0);

    /// <summary>F(a): share of the final reach seen by age <paramref name="ageHours"/> (0 to 1).</summary>
    public double Share(double ageHours) => ageHours <= 0 ? 0 : -double.ExpM1(-Math.Pow(ageHours / TauHours, Beta));

    /// <summary>G(a) = -ln F(a): the log growth still to come at age <paramref name="ageHours"/> (infinite at age 0).</summary>
    public double RemainingLogGrowth(double ageHours)
    {
        if (ageHours <= 0)
        {
            return double.PositiveInfinity;
        }
        var x = Math.Pow(ageHours / TauHours, Beta);
        return x < 1e-9 ? -Math.Log(x) : -Math.Log(-double.ExpM1(-x));
    }

    /// <summary>The age (hours) at which a share <paramref name="share"/> (0 to 1) of the final reach is seen.</summary>
    public double AgeAt(double share) => TauHours * Math.Pow(-Math.Log(1 - share), 1 / Beta);

    /// <summary>Final reach from one observation: <c>(1 + views) / F(age) - 1</c>, never below the observed views.</summary>
    public double Final(double views, double ageHours) =>
        Math.Max(views, (Math.Exp(Math.Log(1 + views) + RemainingLogGrowth(ageHours))) - 1);

    /// <summary>Reach expected at age <paramref name="ageHours"/> for a post whose final reach is <paramref name="final"/>.</summary>
    public double At(double final, double ageHours) => ((1 + final) * Share(ageHours)) - 1;
}
