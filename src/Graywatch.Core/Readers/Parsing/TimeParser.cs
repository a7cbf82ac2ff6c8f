using System.Globalization;
using System.Text.Json;

namespace Graywatch.Readers.Parsing;

/// <summary>Parses timestamps (ISO 8601, <c>yyyy-MM-dd HH:mm:ss</c>, Unix seconds or milliseconds) and <c>mm:ss</c> durations.</summary>
/// <remarks>
/// Every result is UTC. A time without an offset is taken as UTC. A Unix number above 10^11 is milliseconds
/// (10^11 seconds is the year 5138), otherwise seconds. Thread-safe.
/// </remarks>
public static class TimeParser
{
    private const long MillisecondsThreshold = 100_000_000_000;

    /// <summary>Parses a timestamp written as text.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }
        if (IsNumeric(text))
        {
            return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                && TryFromUnix(number, out value);
        }
        if (!char.IsAsciiDigit(text[0]))
        {
            return false;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            value = parsed.ToUniversalTime();
            return true;
        }
        return false;
    }

    /// <summary>Parses a timestamp held in a JSON value: a Unix number, or a string in any form <see cref="TryParse(ReadOnlySpan{char}, out DateTimeOffset)"/> reads.</summary>
    public static bool TryParse(JsonElement element, out DateTimeOffset value)
    {
        value = default;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetDecimal(out var number) && TryFromUnix(number, out value),
            JsonValueKind.String => TryParse(element.GetString(), out value),
            _ => false,
        };
    }

    /// <summary>Converts a Unix time in seconds, or milliseconds when above 10^11, to UTC.</summary>
    public static bool TryFromUnix(decimal number, out DateTimeOffset value)
    {
        value = default;
        var ms = Math.Abs(number) > MillisecondsThreshold ? number : number * 1000m;
        if (ms < -62_135_596_800_000m || ms > 253_402_300_799_999m)
        {
            return false;
        }
        value = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(ms, MidpointRounding.AwayFromZero));
        return true;
    }

    /// <summary>Converts a number of seconds since the Unix epoch, however small (<c>0</c>, <c>59</c>: relative times), to UTC.</summary>
    public static bool TryFromSeconds(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var seconds)
            || seconds < -62_135_596_800m || seconds > 253_402_300_799m)
        {
            return false;
        }
        value = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000m, MidpointRounding.AwayFromZero));
        return true;
    }

    /// <summary>Parses a duration written as <c>mm:ss</c>, <c>hh:mm:ss</c> or plain seconds, to seconds.</summary>
    public static bool TryParseDuration(ReadOnlySpan<char> text, out double seconds)
    {
        seconds = 0;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }
        double total = 0;
        var parts = 0;
        foreach (var range in text.Split(':'))
        {
            var part = text[range];
            if (part.IsEmpty || !double.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
            {
                return false;
            }
            total = (total * 60) + n;
            parts++;
        }
        if (parts > 3)
        {
            return false;
        }
        seconds = total;
        return true;
    }

    private static bool IsNumeric(ReadOnlySpan<char> text)
    {
        var start = text[0] == '-' ? 1 : 0;
        if (start == text.Length)
        {
            return false;
        }
        var dots = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '.')
            {
                dots++;
            }
            else if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }
        // "2024.05" is not a timestamp we guess at; a Unix number has at least 5 digits.
        return dots <= 1 && text.Length - start - dots >= 5;
    }
}
