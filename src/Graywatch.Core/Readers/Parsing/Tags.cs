namespace Graywatch.Readers.Parsing;

/// <summary>Normalizes hashtags (no <c>#</c>, lower case, original script) and splits tag lists.</summary>
internal static class Tags
{
    private static readonly char[] s_listSeparators = [',', ' ', '\t', ';', '#', '，', '、', '\u3000'];

    /// <summary>One tag without <c>#</c> and lower-cased, or null when nothing is left.</summary>
    public static string? Normalize(string? tag)
    {
        if (tag is null)
        {
            return null;
        }
        var span = tag.AsSpan().Trim().TrimStart('#').Trim();
        if (span.IsEmpty)
        {
            return null;
        }
        foreach (var c in span)
        {
            if (char.IsUpper(c))
            {
                return span.ToString().ToLowerInvariant();
            }
        }
        return span.Length == tag.Length ? tag : span.ToString();
    }

    /// <summary>Adds a normalized tag to <paramref name="tags"/> unless it is empty or already there.</summary>
    public static void Add(ref List<string>? tags, string? tag)
    {
        var normal = Normalize(tag);
        if (normal is null)
        {
            return;
        }
        tags ??= new List<string>(4);
        if (!tags.Contains(normal))
        {
            tags.Add(normal);
        }
    }

    /// <summary>Splits a list written as text (<c>a, b</c>, <c>#a #b</c>) into normalized tags.</summary>
    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        List<string>? tags = null;
        if (Bracketed(text) is { } items)
        {
            foreach (var item in items)
            {
                Add(ref tags, item);
            }
            return tags is null ? [] : tags;
        }
        foreach (var part in text.Split(s_listSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            Add(ref tags, part);
        }
        return tags is null ? [] : tags;
    }

    /// <summary>Splits a list of plain values (mentions, urls, stickers) without changing their case.</summary>
    public static IReadOnlyList<string> SplitPlain(string? text, params char[] separators)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        return Bracketed(text) ?? text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>
    /// The items of a list written in brackets, as Python (<c>['a', 'b']</c>, what pandas writes for a list cell) or
    /// JSON (<c>["a","b"]</c>) write it; null when <paramref name="text"/> is not such a list.
    /// </summary>
    public static string[]? Bracketed(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length < 2 || span[0] != '[' || span[^1] != ']')
        {
            return null;
        }
        var items = new List<string>();
        foreach (var range in span[1..^1].Split(','))
        {
            var item = span[1..^1][range].Trim().Trim('\'').Trim('"').Trim();
            if (!item.IsEmpty)
            {
                items.Add(item.ToString());
            }
        }
        return [.. items];
    }

    /// <summary>A mention without its leading <c>@</c>.</summary>
    public static string? Mention(string? name)
    {
        var trimmed = name?.Trim().TrimStart('@');
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
