namespace Graywatch.Virality;

/// <summary>SEISMIC (Zhao et al., KDD 2015): predicts a cascade's final size from its event times and the followers behind them.</summary>
/// <remarks>
/// Every event <c>i</c> exposes <c>n_i</c> followers; each follower reshares with probability <c>p_t</c> after a delay drawn
/// from the reaction-time density φ (<see cref="MemoryKernel"/>). The infectiousness at the observation time <c>t</c> is
/// estimated with a triangular kernel <c>K_t</c> over a window <c>w</c>:
/// <c>p̂_t = Σ_{i≥1} K_t(t - t_i) / Σ_{i≥0} n_i ∫_{t_i}^{t} K_t(t - s) φ(s - t_i) ds</c> (the integrals in closed form).
/// The expected final size is <c>R_t + α·p̂_t·Σ_i n_i (1 - Φ(t - t_i)) / (1 - γ·p̂_t·n*)</c>, infinite when
/// <c>γ·p̂_t·n* ≥ 1</c> (supercritical). The interval carries a 95% Poisson interval of the kernel-weighted count to the
/// size. Assumes one infectiousness over the window and followers who react independently. Stateless and thread-safe.
/// </remarks>
public static class Seismic
{
    /// <summary>Forecasts the final size from the events of <paramref name="events"/> up to <paramref name="observeSeconds"/>.</summary>
    /// <param name="events">The cascade, the original post first; any order (sorted here).</param>
    public static CascadeForecast Predict(IReadOnlyList<CascadeEvent> events, double observeSeconds, SeismicOptions? options = null)
    {
        options ??= new SeismicOptions();
        var seen = events.Where(e => e.Seconds <= observeSeconds).OrderBy(e => e.Seconds).ToArray();
        var n = seen.Length;
        if (n < options.MinCount || n < 2)
        {
            return new CascadeForecast("observed", n, n, n, n, double.NaN);
        }
        var t = observeSeconds;
        var w = Math.Clamp(t / 2, options.MinWindowSeconds, options.MaxWindowSeconds);
        if (seen.Count(e => e.Seconds >= t - w) < options.MinCount)
        {
            w = t - seen[Math.Max(n - options.MinCount - 1, 0)].Seconds;
        }
        if (w <= 0)
        {
            w = options.MinWindowSeconds;
        }
        var kernel = options.Kernel;
        double weighted = 0, exposure = 0, future = 0;
        for (var i = 0; i < n; i++)
        {
            var age = t - seen[i].Seconds;
            if (i > 0)
            {
                weighted += Math.Max(0, 1 - (age / w));
            }
            var from = Math.Max(0, age - w);
            var integral = ((1 - (age / w)) * (kernel.Cdf(age) - kernel.Cdf(from))) + ((kernel.FirstMoment(age) - kernel.FirstMoment(from)) / w);
            exposure += seen[i].Magnitude * integral;
            future += seen[i].Magnitude * (1 - kernel.Cdf(age));
        }
        if (exposure <= 0)
        {
            return new CascadeForecast("observed", n, n, n, n, double.NaN);
        }
        var p = weighted / exposure;
        var pLow = ChiSquareQuantile(2 * weighted, -1.959964) / 2 / exposure;
        var pHigh = ChiSquareQuantile(2 * (weighted + 1), 1.959964) / 2 / exposure;
        return new CascadeForecast("seismic", n, Size(p), Size(pLow), Size(pHigh), p);

        double Size(double infectiousness)
        {
            var branching = options.Gamma * infectiousness * options.NStar;
            return branching >= 1 ? double.PositiveInfinity : n + (options.Alpha * infectiousness * future / (1 - branching));
        }
    }

    /// <summary>Wilson–Hilferty approximation of the chi-square quantile with <paramref name="k"/> degrees of freedom at normal quantile <paramref name="z"/>.</summary>
    internal static double ChiSquareQuantile(double k, double z)
    {
        if (k <= 0)
        {
            return 0;
        }
        var a = 2 / (9 * k);
        var cube = 1 - a + (z * Math.Sqrt(a));
        return k * Math.Max(0, cube * cube * cube);
    }
}
