namespace Graywatch.Simulation;

/// <summary>Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^exponent.</summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int n, double exponent)
    {
        _cumulative = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += 1.0 / Math.Pow(i + 1, exponent);
            _cumulative[i] = sum;
        }
    }

    public int Count => _cumulative.Length;

    public int Sample(Random random)
    {
        var u = random.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, u);
        return Math.Min(i >= 0 ? i : ~i, _cumulative.Length - 1);
    }
}
