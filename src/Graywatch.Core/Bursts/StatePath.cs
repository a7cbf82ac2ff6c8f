namespace Graywatch.Bursts;

/// <summary>
/// The cheapest state sequence of a burst automaton (Viterbi), with upward moves costing <c>(j - i)·step</c> and
/// downward moves free, and the bursts that sequence describes.
/// </summary>
/// <remarks>
/// The transition minimum is found in O(k) per position (a suffix minimum for staying or moving down, a prefix
/// minimum of <c>C[i] - i·step</c> for moving up), so a run costs O(n·k) time and n·k bytes of back pointers.
/// </remarks>
internal static class StatePath
{
    /// <summary>Costs of position <paramref name="t"/> for every state, written into <paramref name="into"/>.</summary>
    public delegate void CostFunction(int t, Span<double> into);

    public static IReadOnlyList<BurstInterval> Solve(int n, int k, double step, CostFunction cost)
    {
        if (n == 0 || k < 2)
        {
            return [];
        }
        var back = new byte[(long)n * k];
        var prev = new double[k];
        var next = new double[k];
        var costs = new double[k];
        var suffixMin = new double[k];
        var suffixArg = new int[k];
        Array.Fill(prev, double.PositiveInfinity);
        prev[0] = 0;
        for (var t = 0; t < n; t++)
        {
            cost(t, costs);
            suffixMin[k - 1] = prev[k - 1];
            suffixArg[k - 1] = k - 1;
            for (var i = k - 2; i >= 0; i--)
            {
                // Ties keep the lower state: a burst must pay for itself.
                if (prev[i] <= suffixMin[i + 1])
                {
                    suffixMin[i] = prev[i];
                    suffixArg[i] = i;
                }
                else
                {
                    suffixMin[i] = suffixMin[i + 1];
                    suffixArg[i] = suffixArg[i + 1];
                }
            }
            var upBest = double.PositiveInfinity;
            var upArg = 0;
            var row = (long)t * k;
            for (var j = 0; j < k; j++)
            {
                var best = suffixMin[j];
                var arg = suffixArg[j];
                var up = upBest + (j * step);
                if (up < best)
                {
                    best = up;
                    arg = upArg;
                }
                next[j] = best + costs[j];
                back[row + j] = (byte)arg;
                var candidate = prev[j] - (j * step);
                if (candidate < upBest)
                {
                    upBest = candidate;
                    upArg = j;
                }
            }
            (prev, next) = (next, prev);
        }

        var states = new byte[n];
        var state = 0;
        for (var j = 1; j < k; j++)
        {
            if (prev[j] < prev[state])
            {
                state = j;
            }
        }
        for (var t = n - 1; t >= 0; t--)
        {
            states[t] = (byte)state;
            state = back[((long)t * k) + state];
        }
        return Intervals(states, cost, k);
    }

    /// <summary>Every maximal run at or above each level, with the cost it saves against the level below, in order of start then level.</summary>
    private static List<BurstInterval> Intervals(byte[] states, CostFunction cost, int k)
    {
        var bursts = new List<BurstInterval>();
        var open = new List<(int Start, double Weight)>();
        var costs = new double[k];
        for (var t = 0; t <= states.Length; t++)
        {
            int level = t < states.Length ? states[t] : 0;
            while (open.Count > level)
            {
                var (start, weight) = open[^1];
                bursts.Add(new BurstInterval(open.Count, start, t - 1, weight));
                open.RemoveAt(open.Count - 1);
            }
            if (t == states.Length)
            {
                break;
            }
            if (level > 0)
            {
                cost(t, costs);
                while (open.Count < level)
                {
                    open.Add((t, 0));
                }
                for (var l = 1; l <= level; l++)
                {
                    var (start, weight) = open[l - 1];
                    open[l - 1] = (start, weight + costs[l - 1] - costs[l]);
                }
            }
        }
        bursts.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Level.CompareTo(b.Level));
        return bursts;
    }
}
