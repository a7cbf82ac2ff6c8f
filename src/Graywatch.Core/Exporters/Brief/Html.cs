using System.Globalization;
using System.Net;

namespace Graywatch.Exporters.Brief;

/// <summary>Encoding and the number and time formats the brief uses in every language.</summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Number(double v) =>
        !double.IsFinite(v) ? "–"
        : v == Math.Floor(v) && Math.Abs(v) < 1e15 ? v.ToString("N0", CultureInfo.InvariantCulture)
        : v.ToString("#,0.###", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Span(DateTimeOffset? start, DateTimeOffset? end) => (start, end) switch
    {
        ({ } s, { } e) when s == e => Time(s),
        ({ } s, { } e) => $"{Time(s)} – {Time(e)}",
        ({ } s, null) => $"{Time(s)} –",
        (null, { } e) => $"– {Time(e)}",
        _ => string.Empty,
    };
}
