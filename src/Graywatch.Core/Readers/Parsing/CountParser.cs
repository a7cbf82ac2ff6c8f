using System.Globalization;

namespace Graywatch.Readers.Parsing;

/// <summary>Parses engagement counts the way a person reads them: <c>1.4M</c>, <c>304.9K</c>, <c>1,234</c>, <c>3 videos</c>.</summary>
/// <remarks>
/// Suffixes: K (10^3), M (10^6), B (10^9), w/万/萬 (10^4), 亿/億 (10^8), any case. Arithmetic is decimal, so
/// <c>304.9K</c> is exactly 304,900; a fractional result is rounded half away from zero. A trailing word
/// (<c>videos</c>, <c>views</c>) is ignored. Empty text, <c>-</c>, <c>N/A</c>, <c>null</c> and a button label TikTok shows instead of a hidden count
/// (<c>Share</c>, <c>Like</c>, <c>Comment</c>, <c>Save</c>) mean "unknown".
/// Thread-safe.
/// </remarks>
public static class CountParser
{
    /// <summary>Parses <paramref name="text"/>; true with a null count for "unknown", false when the text is not a count.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out long? count)
    {
        count = null;
        text = text.Trim();
        if (IsUnknown(text))
        {
            return true;
        }

        var numberEnd = 0;
        while (numberEnd < text.Length && (char.IsAsciiDigit(text[numberEnd]) || text[numberEnd] is '.' or ','))
        {
            numberEnd++;
        }
        if (numberEnd == 0 || !TryParseNumber(text[..numberEnd], out var value))
        {
            return false;
        }

        var rest = text[numberEnd..].TrimStart();
        decimal multiplier = 1;
        if (rest.Length > 0 && (rest.Length == 1 || !char.IsAsciiLetter(rest[1])) && Multiplier(rest[0]) is { } m)
        {
            multiplier = m;
            rest = rest[1..];
        }
        if (!IsTrailingWord(rest))
        {
            return false;
        }

        var result = Math.Round(value * multiplier, MidpointRounding.AwayFromZero);
        if (result > long.MaxValue)
        {
            return false;
        }
        count = (long)result;
        return true;
    }

    /// <summary>Parses <paramref name="text"/>, or returns null when it is unknown or not a count.</summary>
    public static long? ParseOrNull(string? text) => TryParse(text, out var count) ? count : null;

    private static bool IsUnknown(ReadOnlySpan<char> text) =>
        text.IsEmpty || text is "-" or "--" or "—"
        || text.Equals("N/A", StringComparison.OrdinalIgnoreCase)
        || text.Equals("NA", StringComparison.OrdinalIgnoreCase)
        || text.Equals("null", StringComparison.OrdinalIgnoreCase)
        || text.Equals("none", StringComparison.OrdinalIgnoreCase)
        || text.Equals("nan", StringComparison.OrdinalIgnoreCase)
        || IsButtonLabel(text);

    /// <summary>TikTok shows the button's label instead of a count it hides; scrapers copy the label ("Share").</summary>
    private static bool IsButtonLabel(ReadOnlySpan<char> text) =>
        text.Equals("share", StringComparison.OrdinalIgnoreCase)
        || text.Equals("like", StringComparison.OrdinalIgnoreCase)
        || text.Equals("comment", StringComparison.OrdinalIgnoreCase)
        || text.Equals("save", StringComparison.OrdinalIgnoreCase)
        || text.Equals("favorite", StringComparison.OrdinalIgnoreCase);

    private static bool TryParseNumber(ReadOnlySpan<char> digits, out decimal value)
    {
        value = 0;
        var comma = digits.IndexOf(',');
        if (comma >= 0)
        {
            // Commas are thousands separators only: "1,234" or "12,345,678.5", never "1,5".
            var dot = digits.IndexOf('.');
            var whole = dot < 0 ? digits : digits[..dot];
            if (comma == 0 || comma > 3)
            {
                return false;
            }
            for (var i = comma; i < whole.Length; i += 4)
            {
                if (whole[i] != ',' || i + 4 > whole.Length || whole.Slice(i + 1, 3).ContainsAny(",."))
                {
                    return false;
                }
            }
            if (dot >= 0 && digits[dot..].Contains(','))
            {
                return false;
            }
        }
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value);
    }

    private static decimal? Multiplier(char suffix) => suffix switch
    {
        'k' or 'K' or '千' => 1_000m,
        'm' or 'M' => 1_000_000m,
        'b' or 'B' => 1_000_000_000m,
        'w' or 'W' or '万' or '萬' => 10_000m,
        '亿' or '億' => 100_000_000m,
        _ => null,
    };

    private static bool IsTrailingWord(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return true;
        }
        if (!char.IsWhiteSpace(rest[0]) && !char.IsLetter(rest[0]))
        {
            return false;
        }
        foreach (var c in rest)
        {
            if (!char.IsLetter(c) && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return true;
    }
}
