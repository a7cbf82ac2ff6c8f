namespace Graywatch.Virality;

/// <summary>One snapshot of a count at a post's age, with the interval the written count stands for (see <see cref="RoundedCount"/>).</summary>
/// <param name="Age">Hours since the post was created.</param>
public readonly record struct CountObservation(double Age, double Count, double Low, double High)
{
    /// <summary>An observation of <paramref name="count"/> written with <paramref name="rounding"/>.</summary>
    public static CountObservation Of(double age, double count, CountRounding rounding)
    {
        var (low, high) = RoundedCount.Interval(count, rounding);
        return new CountObservation(age, count, low, high);
    }
}
