using System.Globalization;
using System.Text.Json;

namespace Graywatch.Readers.Parsing;

/// <summary>Reads typed fields from JSON objects, forgiving about numbers written as strings and strict about bad values.</summary>
/// <remarks>Field names may be dotted paths (<c>authorMeta.name</c>): a flat key of that name wins over the nested path.</remarks>
internal static class JsonValues
{
    /// <summary>The property <paramref name="name"/> (or dotted path), or null when absent or JSON null.</summary>
    public static JsonElement? Get(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (obj.TryGetProperty(name, out var value))
        {
            return value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : value;
        }
        var dot = name.IndexOf('.');
        if (dot > 0 && obj.TryGetProperty(name[..dot], out var inner))
        {
            return Get(inner, name[(dot + 1)..]);
        }
        return null;
    }

    /// <summary>A scalar as text: strings as they are, numbers as their exact JSON token (ids never go through double).</summary>
    public static string? Scalar(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString() is { Length: > 0 } s ? s : null,
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        _ => null,
    };

    /// <summary>The first of <paramref name="names"/> present, as text.</summary>
    public static string? Text(JsonElement obj, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Scalar(Get(obj, name)) is { } text)
            {
                return text;
            }
        }
        return null;
    }

    /// <summary>A count written as a number or as text such as <c>1.4M</c>; null when absent.</summary>
    /// <exception cref="RecordException">The value is not a count.</exception>
    public static long? Count(JsonElement obj, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Get(obj, name) is not { } value)
            {
                continue;
            }
            if (value.ValueKind == JsonValueKind.Number)
            {
                // The rule of every reader (the generic reader's CountParser): a count is not negative, a fraction rounds.
                if (value.TryGetInt64(out var n) && n >= 0)
                {
                    return n;
                }
                if (value.TryGetDecimal(out var d) && d >= 0 && d <= long.MaxValue)
                {
                    return (long)Math.Round(d, MidpointRounding.AwayFromZero);
                }
            }
            else if (value.ValueKind == JsonValueKind.String && CountParser.TryParse(value.GetString(), out var count))
            {
                if (count is null)
                {
                    continue;
                }
                return count;
            }
            throw RecordException.Invalid(name, value.GetRawText(), "count");
        }
        return null;
    }

    /// <summary>A plain number (coordinates, durations); null when absent.</summary>
    /// <exception cref="RecordException">The value is not a number.</exception>
    public static double? Number(JsonElement obj, string name)
    {
        if (Get(obj, name) is not { } value)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString();
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                return d;
            }
        }
        throw RecordException.Invalid(name, value.GetRawText(), "number");
    }

    /// <summary>A duration in the field's own unit; null when absent.</summary>
    /// <exception cref="RecordException">The value is not a number, or is negative (as the generic reader's durations).</exception>
    public static double? Duration(JsonElement obj, string name)
    {
        var d = Number(obj, name);
        return d is { } v && !(v >= 0 && double.IsFinite(v)) ? throw RecordException.Invalid(name, v.ToString(CultureInfo.InvariantCulture), "duration") : d;
    }

    /// <summary>A timestamp (Unix seconds or milliseconds, ISO 8601); null when absent.</summary>
    /// <exception cref="RecordException">The value is not a time.</exception>
    public static DateTimeOffset? Time(JsonElement obj, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Get(obj, name) is not { } value || value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()))
            {
                continue;
            }
            if (TimeParser.TryParse(value, out var time))
            {
                return time;
            }
            throw RecordException.Invalid(name, value.GetRawText(), "time");
        }
        return null;
    }

    /// <summary>A boolean written as JSON, or as <c>true</c>/<c>false</c>/<c>1</c>/<c>0</c> text.</summary>
    public static bool? Bool(JsonElement obj, string name) => Get(obj, name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.Number } v => v.GetRawText() != "0",
        { ValueKind: JsonValueKind.String } v => v.GetString()?.Trim().ToLowerInvariant() switch
        {
            "true" or "1" or "yes" => true,
            "false" or "0" or "no" => false,
            _ => null,
        },
        _ => null,
    };

    /// <summary>Adds every string (or number token) found in <paramref name="value"/>, however deeply nested, to <paramref name="into"/>.</summary>
    public static void CollectStrings(JsonElement? value, ref List<string>? into, string? onlyProperty = null)
    {
        if (value is not { } v)
        {
            return;
        }
        switch (v.ValueKind)
        {
            case JsonValueKind.String or JsonValueKind.Number:
                if (Scalar(v) is { } text && !string.IsNullOrWhiteSpace(text))
                {
                    into ??= [];
                    into.Add(text);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in v.EnumerateArray())
                {
                    CollectStrings(item, ref into, onlyProperty);
                }
                break;
            case JsonValueKind.Object:
                foreach (var property in v.EnumerateObject())
                {
                    if (onlyProperty is null || property.NameEquals(onlyProperty))
                    {
                        CollectStrings(property.Value, ref into, null);
                    }
                }
                break;
        }
    }

    /// <summary>The strings of an array, or of a delimited string, as a list (empty when absent).</summary>
    public static IReadOnlyList<string> Strings(JsonElement obj, string name, string? objectProperty = null)
    {
        var value = Get(obj, name);
        if (value is { ValueKind: JsonValueKind.String } s)
        {
            return Tags.SplitPlain(s.GetString(), ',', ' ');
        }
        List<string>? list = null;
        CollectStrings(value, ref list, objectProperty);
        return list is null ? [] : list;
    }
}
