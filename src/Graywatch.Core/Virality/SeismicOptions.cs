using Graywatch.Detectors;

namespace Graywatch.Virality;

/// <summary>Parameters of <see cref="Seismic"/>.</summary>
/// <remarks>
/// Defaults follow Zhao et al. (2015): <c>n* = 100</c> (average follower count of the network), triangular window of half
/// the observation time clamped to 5 min – 2 h and widened to hold at least 5 events, <c>α = γ = 1</c>. Immutable.
/// </remarks>
public sealed record SeismicOptions
{
    /// <summary>n*: average degree of the network, in the branching number p̂·n*.</summary>
    public double NStar { get; init; } = 100;

    /// <summary>α: scales the expected future events (the paper learns α per observation time; 1 = no correction).</summary>
    public double Alpha { get; init; } = 1;

    /// <summary>γ: scales the branching number (1 = no correction).</summary>
    public double Gamma { get; init; } = 1;

    public double MinWindowSeconds { get; init; } = 300;

    public double MaxWindowSeconds { get; init; } = 7200;

    /// <summary>Fewest events the window must hold, and fewest events seen before a forecast is made.</summary>
    public int MinCount { get; init; } = 5;

    public MemoryKernel Kernel { get; init; } = new();

    /// <summary>Reads <c>virality.seismic_nstar</c>, <c>virality.seismic_alpha</c> and <c>virality.seismic_gamma</c>.</summary>
    public static SeismicOptions From(DetectorSettings settings)
    {
        var d = new SeismicOptions();
        return d with
        {
            NStar = settings.Get("virality.seismic_nstar", d.NStar),
            Alpha = settings.Get("virality.seismic_alpha", d.Alpha),
            Gamma = settings.Get("virality.seismic_gamma", d.Gamma),
        };
    }
}
