namespace Graywatch.Virality;

/// <summary>Non-negative linear least absolute deviation to intervals: minimises <c>Σ dist(xᵢ·β, [loᵢ, hiᵢ])</c> over <c>β ≥ 0</c>.</summary>
/// <remarks>
/// A target inside its interval costs nothing, which is how a rounded count (<c>1.4M</c>) is fitted: any growth it allows is
/// as good as any other. Solved by coordinate descent: along one coordinate the cost is piecewise linear and convex, and its
/// minimiser is the weighted median of the breakpoints <c>(loᵢ - restᵢ)/xᵢⱼ</c> and <c>(hiᵢ - restᵢ)/xᵢⱼ</c>, each weighted
/// by <c>xᵢⱼ</c> (the middle of the flat stretch when there is one). Stateless.
/// </remarks>
internal static class IntervalLad
{
    /// <param name="x">One feature row per target.</param>
    /// <param name="start">Starting coefficients; coordinates with <paramref name="free"/> false keep theirs.</param>
    public static double[] Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> lo, IReadOnlyList<double> hi, double[] start, bool[] free, int sweeps = 25)
    {
        var beta = (double[])start.Clone();
        var fitted = x.Select(row => row.Select((v, j) => v * beta[j]).Sum()).ToArray();
        var points = new List<(double Value, double Weight)>(2 * x.Count);
        for (var sweep = 0; sweep < sweeps; sweep++)
        {
            var moved = 0.0;
            for (var j = 0; j < beta.Length; j++)
            {
                if (!free[j])
                {
                    continue;
                }
                points.Clear();
                for (var i = 0; i < x.Count; i++)
                {
                    var w = x[i][j];
                    if (w > 1e-12)
                    {
                        var rest = fitted[i] - (w * beta[j]);
                        points.Add(((lo[i] - rest) / w, w));
                        points.Add(((hi[i] - rest) / w, w));
                    }
                }
                if (points.Count == 0)
                {
                    continue;
                }
                var next = Math.Max(0, WeightedMedian(points));
                var delta = next - beta[j];
                if (delta != 0)
                {
                    for (var i = 0; i < x.Count; i++)
                    {
                        fitted[i] += x[i][j] * delta;
                    }
                    beta[j] = next;
                    moved = Math.Max(moved, Math.Abs(delta));
                }
            }
            if (moved < 1e-5)
            {
                break;
            }
        }
        return beta;
    }

    /// <summary>The weighted median; the middle of the two central values when the half falls between them.</summary>
    public static double WeightedMedian(List<(double Value, double Weight)> points)
    {
        points.Sort((a, b) => a.Value.CompareTo(b.Value));
        var half = points.Sum(p => p.Weight) / 2;
        var cum = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            cum += points[i].Weight;
            if (cum >= half - 1e-12)
            {
                // Exactly at the half: every value up to the next point is as good; take the middle.
                return Math.Abs(cum - half) <= 1e-12 && i + 1 < points.Count ? (points[i].Value + points[i + 1].Value) / 2 : points[i].Value;
            }
        }
        return points[^1].Value;
    }
}
