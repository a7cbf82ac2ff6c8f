namespace Graywatch.Virality;

/// <summary>The interval a written count stands for, and which rounding a source used, judged from its counts.</summary>
/// <remarks>
/// A source is judged <see cref="CountRounding.Display"/> when at least 90% of its view counts of 10,000 or more are multiples of
/// the display step (100 below a million, 100,000 below a billion), <see cref="CountRounding.ThreeFigures"/> when 90% of its counts
/// of 1,000 or more keep three significant figures, and exact otherwise (exact counts are such multiples about 1% of the time).
/// Sources with fewer than 20 such counts are taken as exact. Stateless.
/// </remarks>
public static class RoundedCount
{
    /// <summary>Share of a source's large counts that must sit on the rounding step for the source to count as rounded.</summary>
    public const double MinShare = 0.9;

    /// <summary>Large counts a source needs before its rounding is judged.</summary>
    public const int MinCounts = 20;

    /// <summary>The step a count written with <paramref name="rounding"/> was rounded to (1 for exact counts).</summary>
    public static double Step(double count, CountRounding rounding) => rounding switch
    {
        CountRounding.Display => count < 1e4 ? 1 : count < 1e6 ? 100 : count < 1e9 ? 1e5 : 1e8,
        CountRounding.ThreeFigures => count < 1e3 ? 1 : Math.Pow(10, Math.Floor(Math.Log10(count)) - 2),
        _ => 1,
    };

    /// <summary>The interval <c>[low, high]</c> a written count stands for; never below zero.</summary>
    public static (double Low, double High) Interval(double count, CountRounding rounding)
    {
        var half = Step(count, rounding) / 2;
        return (Math.Max(0, count - half), count + half);
    }

    /// <summary>The rounding of a source from the share of its large counts on each step.</summary>
    /// <param name="large">Counts of 10,000 or more.</param>
    /// <param name="onDisplayStep">Of those, the multiples of the display step.</param>
    /// <param name="fromThousand">Counts of 1,000 or more.</param>
    /// <param name="onThreeFigures">Of those, the ones with at most three significant figures.</param>
    public static CountRounding Judge(long large, long onDisplayStep, long fromThousand, long onThreeFigures)
    {
        if (large >= MinCounts && onDisplayStep >= MinShare * large)
        {
            return CountRounding.Display;
        }
        return fromThousand >= MinCounts && onThreeFigures >= MinShare * fromThousand ? CountRounding.ThreeFigures : CountRounding.Exact;
    }

    /// <summary>SQL that judges every source from its snapshots' views: <c>source_id</c>, then the four counts <see cref="Judge"/> takes.</summary>
    public const string PerSourceSql = """
        SELECT source_id,
               count(*) FILTER (WHERE views >= 10000),
               count(*) FILTER (WHERE views >= 10000 AND views % (CASE WHEN views < 1000000 THEN 100 WHEN views < 1000000000 THEN 100000 ELSE 100000000 END) = 0),
               count(*) FILTER (WHERE views >= 1000),
               count(*) FILTER (WHERE views >= 1000 AND views % CAST(pow(10, floor(log10(greatest(views, 1000))) - 2) AS BIGINT) = 0)
        FROM snapshots WHERE views IS NOT NULL GROUP BY source_id
        """;
}
