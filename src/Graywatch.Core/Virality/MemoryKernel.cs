namespace Graywatch.Virality;

/// <summary>SEISMIC's human reaction-time density φ(s): constant up to <c>s0</c>, then a power law with exponent <c>-(1+θ)</c>.</summary>
/// <remarks>
/// Defaults are the values measured on Twitter in Zhao et al. (2015): <c>s0 = 300 s</c>, <c>θ = 0.2314843</c>; the level
/// <c>c</c> makes φ a probability density (<c>c·s0·(1 + 1/θ) = 1</c>). Times in seconds. Immutable.
/// </remarks>
public sealed record MemoryKernel(double CutoffSeconds = 300, double Theta = 0.2314843)
{
    /// <summary>The constant density below the cutoff.</summary>
    public double Level => Theta / (CutoffSeconds * (1 + Theta));

    /// <summary>φ(s).</summary>
    public double Density(double s) =>
        s < 0 ? 0 : s <= CutoffSeconds ? Level : Level * Math.Pow(s / CutoffSeconds, -(1 + Theta));

    /// <summary>Φ(s) = ∫₀ˢ φ: the share of reactions that happen within <paramref name="s"/> seconds.</summary>
    public double Cdf(double s)
    {
        if (s <= 0)
        {
            return 0;
        }
        if (s <= CutoffSeconds)
        {
            return Level * s;
        }
        return (Level * CutoffSeconds) + (Level * CutoffSeconds / Theta * (1 - Math.Pow(s / CutoffSeconds, -Theta)));
    }

    /// <summary>Ψ(s) = ∫₀ˢ x·φ(x) dx, for the triangular-kernel integrals of the infectiousness estimate.</summary>
    public double FirstMoment(double s)
    {
        if (s <= 0)
        {
            return 0;
        }
        if (s <= CutoffSeconds)
        {
            return Level * s * s / 2;
        }
        var c = Level * Math.Pow(CutoffSeconds, 1 + Theta) / (1 - Theta);
        return (Level * CutoffSeconds * CutoffSeconds / 2) + (c * (Math.Pow(s, 1 - Theta) - Math.Pow(CutoffSeconds, 1 - Theta)));
    }
}
