namespace Graywatch.Virality;

/// <summary>Fits a <see cref="GrowthCurve"/> to pairs of observations by least absolute log error (Szabo–Huberman, any ages).</summary>
/// <remarks>
/// For a pair the model predicts <c>ln((1+N2)/(1+N1)) = G(a1) - G(a2)</c>. τ is searched on a log grid from 15 minutes to
/// 1 year, β from 0.2 to 2, coarse then fine; the absolute error keeps a few runaway posts from dragging the curve, and its minimiser is
/// a median, the statistic the evaluation reports. One pair of snapshots per post is enough. Stateless.
/// </remarks>
public static class LogLinearFit
{
    private const double TauMin = 0.25;
    private const double TauMax = 8760;

    /// <summary>The best curve for <paramref name="pairs"/>; pairs with a non-positive or equal age are ignored.</summary>
    /// <returns>The fitted curve, or null when no usable pair remains.</returns>
    public static GrowthCurve? Fit(IReadOnlyList<GrowthPair> pairs)
    {
        var usable = pairs.Where(p => p.Age1 > 0 && p.Age2 > p.Age1 && p.Count1 >= 0 && p.Count2 >= 0).ToArray();
        if (usable.Length == 0)
        {
            return null;
        }
        var observed = usable.Select(p => Math.Log((1 + Math.Max(p.Count1, p.Count2)) / (1 + p.Count1))).ToArray();
        // Coarse grid, then a finer grid around the best cell.
        var best = Search(usable, observed, Math.Log(TauMin), Math.Log(TauMax), 0.2, 2.0, 16, 10);
        var tauStep = (Math.Log(TauMax) - Math.Log(TauMin)) / 15;
        best = Search(usable, observed, Math.Log(best.Tau) - tauStep, Math.Log(best.Tau) + tauStep,
            Math.Max(0.2, best.Beta - 0.2), Math.Min(2.0, best.Beta + 0.2), 13, 9);
        var fitted = new GrowthCurve(best.Tau, best.Beta, 0);
        var ratios = usable.Select((p, i) => Math.Abs(observed[i] - Predicted(fitted, p)) / Math.Max(Predicted(fitted, p), 0.02)).ToArray();
        return fitted with { Spread = Math.Clamp(Quantile(ratios, 0.9), 0.05, 5) };
    }

    private static (double Tau, double Beta) Search(GrowthPair[] pairs, double[] observed, double logTauFrom, double logTauTo, double betaFrom, double betaTo, int tauSteps, int betaSteps)
    {
        var best = (Error: double.PositiveInfinity, Tau: 0.0, Beta: 0.0);
        for (var b = 0; b < betaSteps; b++)
        {
            var beta = Math.Round(betaFrom + ((betaTo - betaFrom) * b / (betaSteps - 1)), 3);
            for (var t = 0; t < tauSteps; t++)
            {
                var tau = Math.Exp(logTauFrom + ((logTauTo - logTauFrom) * t / (tauSteps - 1)));
                var curve = new GrowthCurve(tau, beta, 0);
                var error = 0.0;
                for (var i = 0; i < pairs.Length && error < best.Error; i++)
                {
                    error += Math.Abs(observed[i] - Predicted(curve, pairs[i]));
                }
                if (error < best.Error)
                {
                    best = (error, tau, beta);
                }
            }
        }
        return (best.Tau, best.Beta);
    }

    /// <summary>The predicted log growth between the two observations of <paramref name="pair"/>.</summary>
    public static double Predicted(GrowthCurve curve, GrowthPair pair) =>
        curve.RemainingLogGrowth(pair.Age1) - curve.RemainingLogGrowth(pair.Age2);

    /// <summary>The <paramref name="q"/>-quantile (0 to 1) by linear interpolation; NaN for an empty list.</summary>
    public static double Quantile(IReadOnlyList<double> values, double q)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        var sorted = values.Order().ToArray();
        var pos = q * (sorted.Length - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }
}
