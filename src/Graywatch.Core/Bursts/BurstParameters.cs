namespace Graywatch.Bursts;

/// <summary>The parameters of Kleinberg's burst automaton.</summary>
/// <param name="S">
/// Rate multiplier between levels (default 2): level <c>i</c> expects events <c>S^i</c> times as often as the base rate
/// (event form), or a share of relevant items <c>S^i</c> times the overall share (binned form). Must exceed 1.
/// </param>
/// <param name="Gamma">
/// Cost of moving one level up, in units of <c>ln n</c> (default 1): larger values find fewer, stronger bursts. Must be positive.
/// Moving down is free.
/// </param>
public sealed record BurstParameters(double S = 2.0, double Gamma = 1.0)
{
    public static BurstParameters Default { get; } = new();

    /// <summary>The most levels the automaton uses; 64 covers a span/resolution ratio of 2^63 at <c>s = 2</c>.</summary>
    public const int MaxStates = 64;

    /// <exception cref="ArgumentOutOfRangeException">S is not above 1, or Gamma is not positive.</exception>
    public void Validate()
    {
        if (!(S > 1) || !double.IsFinite(S))
        {
            throw new ArgumentOutOfRangeException(nameof(S), S, "s must be a finite number above 1");
        }
        if (!(Gamma > 0) || !double.IsFinite(Gamma))
        {
            throw new ArgumentOutOfRangeException(nameof(Gamma), Gamma, "gamma must be a finite positive number");
        }
    }
}
