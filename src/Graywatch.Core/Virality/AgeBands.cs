using System.Globalization;

namespace Graywatch.Virality;

/// <summary>The post-age bands over which growth is learned and reported: under 6 h, 6–24 h, 1–3 d, 3–7 d, 7–30 d, 30–90 d, 90 d – 1 y, over 1 y.</summary>
public static class AgeBands
{
    /// <summary>The inner edges, in hours; band <c>b</c> runs from edge <c>b - 1</c> (0 for the first) to edge <c>b</c> (open for the last).</summary>
    public static IReadOnlyList<double> Edges { get; } = [6, 24, 72, 168, 720, 2160, 8760];

    /// <summary>Number of bands.</summary>
    public static int Count => Edges.Count + 1;

    /// <summary>The band holding age <paramref name="hours"/>.</summary>
    public static int Of(double hours)
    {
        var b = 0;
        while (b < Edges.Count && hours >= Edges[b])
        {
            b++;
        }
        return b;
    }

    /// <summary>A band's name, e.g. <c>1–3 d</c>.</summary>
    public static string Name(int band) => Name(band, band);

    /// <summary>The name of the bands <paramref name="first"/> to <paramref name="last"/> taken together, e.g. <c>30 d–1 y</c>.</summary>
    public static string Name(int first, int last) => (first, last) switch
    {
        (0, _) when last == Count - 1 => "all ages",
        (0, _) => $"< {Label(Edges[last])}",
        _ when last == Count - 1 => $"> {Label(Edges[first - 1])}",
        _ => $"{Label(Edges[first - 1])}–{Label(Edges[last])}",
    };

    /// <summary>The length of <c>[ln a1, ln a2]</c> inside band <paramref name="band"/>: how much of a step in log age the band carries.</summary>
    public static double Overlap(int band, double lnFrom, double lnTo)
    {
        var lo = band == 0 ? double.NegativeInfinity : Math.Log(Edges[band - 1]);
        var hi = band == Count - 1 ? double.PositiveInfinity : Math.Log(Edges[band]);
        return Math.Max(0, Math.Min(lnTo, hi) - Math.Max(lnFrom, lo));
    }

    private static string Label(double hours) => hours switch
    {
        < 24 => string.Create(CultureInfo.InvariantCulture, $"{hours:0} h"),
        8760 => "1 y",
        _ => string.Create(CultureInfo.InvariantCulture, $"{hours / 24:0} d"),
    };
}
