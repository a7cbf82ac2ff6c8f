namespace Graywatch.Bursts;

/// <summary>Kleinberg's batched burst automaton: counts of relevant items per bin against the bin's total (the enumerated form).</summary>
/// <remarks>
/// <para>
/// Bin <c>t</c> has <c>r_t</c> relevant items out of <c>d_t</c>. State <c>i</c> expects the share <c>p_i = p_0·s^i</c>, with
/// <c>p_0 = Σr / Σd</c>; the levels are those with <c>p_i &lt; 1</c> (at most <see cref="BurstParameters.MaxStates"/>).
/// A bin costs <c>-(r_t·ln p_i + (d_t - r_t)·ln(1 - p_i))</c> (the binomial coefficient is the same in every state and
/// drops out); moving up <c>j - i</c> levels costs <c>(j - i)·γ·ln n</c> for <c>n</c> bins. Empty bins (<c>d_t = 0</c>)
/// cost nothing in any state, so gaps in collection neither make nor break a burst.
/// </para>
/// <para>
/// Every burst is enumerated with its weight (the cost it saves against the level below), so bursts can be ranked.
/// O(n·k) time. Stateless and thread-safe.
/// </para>
/// </remarks>
public static class KleinbergBinnedBursts
{
    /// <summary>The bursts of <paramref name="relevant"/> against <paramref name="totals"/>, ordered by first bin then level.</summary>
    /// <exception cref="ArgumentException">The lists differ in length, a count is negative, or a relevant count exceeds its total.</exception>
    public static IReadOnlyList<BurstInterval> Detect(IReadOnlyList<long> relevant, IReadOnlyList<long> totals, BurstParameters? parameters = null)
    {
        var p = parameters ?? BurstParameters.Default;
        p.Validate();
        if (relevant.Count != totals.Count)
        {
            throw new ArgumentException("relevant and total counts must have one value per bin each", nameof(totals));
        }
        var n = relevant.Count;
        long r = 0;
        long d = 0;
        for (var t = 0; t < n; t++)
        {
            if (relevant[t] < 0 || totals[t] < relevant[t])
            {
                throw new ArgumentException($"bin {t}: relevant count {relevant[t]} must be between 0 and the total {totals[t]}", nameof(relevant));
            }
            r += relevant[t];
            d += totals[t];
        }
        if (n < 2 || r == 0 || r == d)
        {
            return [];
        }
        var p0 = (double)r / d;
        var k = 1;
        while (k < BurstParameters.MaxStates && p0 * Math.Pow(p.S, k) < 1)
        {
            k++;
        }
        var logP = new double[k];
        var logQ = new double[k];
        for (var i = 0; i < k; i++)
        {
            var share = p0 * Math.Pow(p.S, i);
            logP[i] = Math.Log(share);
            logQ[i] = Math.Log(1 - share);
        }
        var step = p.Gamma * Math.Log(n);
        return StatePath.Solve(n, k, step, (t, into) =>
        {
            double hit = relevant[t];
            double miss = totals[t] - relevant[t];
            for (var i = 0; i < into.Length; i++)
            {
                into[i] = -((hit * logP[i]) + (miss * logQ[i]));
            }
        });
    }
}
