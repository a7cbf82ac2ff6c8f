using System.Globalization;

namespace Graywatch.Readers.Parsing;

/// <summary>Typed reads over an <see cref="IFieldSource"/>: the first of several column names wins, bad values quarantine the record.</summary>
internal static class Fields
{
    /// <summary>The first present field among <paramref name="names"/>, as text.</summary>
    public static string? Text(IFieldSource source, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (source.Text(name) is { } text)
            {
                return text;
            }
        }
        return null;
    }

    /// <summary>A required field.</summary>
    /// <exception cref="RecordException">None of the names is present.</exception>
    public static string Required(IFieldSource source, params ReadOnlySpan<string> names) =>
        Text(source, names) ?? throw RecordException.Missing(names[0]);

    /// <summary>A count such as <c>1.4M</c>; null when absent or unknown.</summary>
    public static long? Count(IFieldSource source, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            var text = source.Text(name);
            if (text is null)
            {
                continue;
            }
            if (!CountParser.TryParse(text, out var count))
            {
                throw RecordException.Invalid(name, text, "count");
            }
            return count;
        }
        return null;
    }

    /// <summary>A timestamp (ISO 8601, <c>yyyy-MM-dd HH:mm:ss</c>, Unix seconds or milliseconds); null when absent.</summary>
    public static DateTimeOffset? Time(IFieldSource source, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            var text = source.Text(name);
            if (text is null)
            {
                continue;
            }
            if (!TimeParser.TryParse(text, out var time))
            {
                throw RecordException.Invalid(name, text, "time");
            }
            return time;
        }
        return null;
    }

    /// <summary>A plain number; null when absent.</summary>
    public static double? Number(IFieldSource source, string name)
    {
        var text = source.Text(name);
        if (text is null)
        {
            return null;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw RecordException.Invalid(name, text, "number");
    }

    /// <summary>A duration in seconds (<c>mm:ss</c>, <c>hh:mm:ss</c> or seconds); null when absent.</summary>
    public static double? Duration(IFieldSource source, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            var text = source.Text(name);
            if (text is null)
            {
                continue;
            }
            return TimeParser.TryParseDuration(text, out var seconds) ? seconds : throw RecordException.Invalid(name, text, "duration");
        }
        return null;
    }

    /// <summary>Hashtags from a list field or from text such as <c>#a #b</c> or <c>a, b</c>, normalized.</summary>
    public static IReadOnlyList<string> Hashtags(IFieldSource source, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (source.Items(name) is { } items)
            {
                List<string>? tags = null;
                foreach (var item in items)
                {
                    Tags.Add(ref tags, item);
                }
                return Canonical.List(tags);
            }
            if (source.Text(name) is { } text)
            {
                return Tags.Split(text);
            }
        }
        return [];
    }

    /// <summary>Plain list items (urls, sticker texts) from a list field or delimited text.</summary>
    public static IReadOnlyList<string> Items(IFieldSource source, char[] separators, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (source.Items(name) is { } items)
            {
                return items;
            }
            if (source.Text(name) is { } text)
            {
                return Tags.SplitPlain(text, separators);
            }
        }
        return [];
    }
}
