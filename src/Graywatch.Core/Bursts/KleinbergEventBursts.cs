namespace Graywatch.Bursts;

/// <summary>Kleinberg's burst automaton over event times (the infinite-state form, truncated to the levels the data can need).</summary>
/// <remarks>
/// <para>
/// For <c>n + 1</c> sorted event times the gaps <c>x_t</c> are modelled as exponential with rate <c>α_i = (n / T)·s^i</c> in
/// state <c>i</c>, where <c>T</c> is the whole span. The number of states is <c>⌈1 + log_s T + log_s (1 / δ)⌉</c> with
/// <c>δ</c> the smallest <em>positive</em> gap, capped at <see cref="BurstParameters.MaxStates"/>. Moving up <c>j - i</c>
/// levels costs <c>(j - i)·γ·ln n</c>.
/// </para>
/// <para>
/// Ties work: a zero gap costs <c>-ln α_i</c>, cheapest in the highest state, so simultaneous events pull towards a burst
/// instead of breaking the level count (Python ports take <c>log(1/0)</c> there). When every event shares one time,
/// there is no rate to compare against and no burst is returned.
/// </para>
/// <para>
/// Times may be in any unit (the result does not depend on it). Bursts are reported by event index: a burst over gaps
/// <c>a…b</c> spans events <c>a…b+1</c>. O(n·k) time, n·k bytes. Stateless and thread-safe.
/// </para>
/// </remarks>
public static class KleinbergEventBursts
{
    /// <summary>The bursts of the sorted <paramref name="times"/>, ordered by first event then level.</summary>
    /// <exception cref="ArgumentException">The times are not sorted ascending, or one is not finite.</exception>
    public static IReadOnlyList<BurstInterval> Detect(ReadOnlySpan<double> times, BurstParameters? parameters = null)
    {
        var p = parameters ?? BurstParameters.Default;
        p.Validate();
        if (times.Length < 3)
        {
            return [];
        }
        var n = times.Length - 1;
        var gaps = new double[n];
        var minPositive = double.PositiveInfinity;
        for (var t = 0; t < n; t++)
        {
            var gap = times[t + 1] - times[t];
            if (!double.IsFinite(gap) || gap < 0)
            {
                throw new ArgumentException($"event times must be finite and sorted ascending (index {t + 1})", nameof(times));
            }
            gaps[t] = gap;
            if (gap > 0 && gap < minPositive)
            {
                minPositive = gap;
            }
        }
        var span = times[^1] - times[0];
        if (!(span > 0))
        {
            return [];
        }
        var logS = Math.Log(p.S);
        var k = (int)Math.Ceiling(1 + (Math.Log(span) / logS) + (Math.Log(1 / minPositive) / logS));
        k = Math.Clamp(k, 2, BurstParameters.MaxStates);
        var rates = new double[k];
        var logRates = new double[k];
        for (var i = 0; i < k; i++)
        {
            rates[i] = n / span * Math.Pow(p.S, i);
            logRates[i] = Math.Log(rates[i]);
        }
        var step = p.Gamma * Math.Log(n);
        var bursts = StatePath.Solve(n, k, step, (t, into) =>
        {
            var x = gaps[t];
            for (var i = 0; i < into.Length; i++)
            {
                into[i] = (rates[i] * x) - logRates[i];
            }
        });
        return [.. bursts.Select(b => b with { Last = b.Last + 1 })];
    }
}
