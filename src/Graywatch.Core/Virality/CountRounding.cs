namespace Graywatch.Virality;

/// <summary>How a source wrote its counts: exactly, or rounded for display (<c>1.4M</c>), so that a count stands for an interval.</summary>
public enum CountRounding
{
    /// <summary>Exact integers: a count <c>N</c> stands for <c>[N - 0.5, N + 0.5]</c>.</summary>
    Exact,

    /// <summary>TikTok's display: exact below 10,000, then one decimal of K, M or B (<c>304.9K</c> is 304,850–304,950; <c>1.4M</c> is 1.35M–1.45M).</summary>
    Display,

    /// <summary>Three significant figures from 1,000 up (<c>1.23M</c> is 1.225M–1.235M).</summary>
    ThreeFigures,
}
