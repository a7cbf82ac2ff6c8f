namespace Graywatch.Readers.Parsing;

/// <summary>Finds <c>#hashtags</c> written inside free text.</summary>
internal static class TextTags
{
    /// <summary>The normalized hashtags of <paramref name="text"/>: a <c>#</c> followed by letters, digits or <c>_</c>.</summary>
    public static IReadOnlyList<string> Hashtags(string? text)
    {
        if (text is null || !text.Contains('#'))
        {
            return [];
        }
        List<string>? tags = null;
        for (var i = text.IndexOf('#'); i >= 0 && i < text.Length; i = text.IndexOf('#', i + 1))
        {
            var end = i + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_' || char.GetUnicodeCategory(text[end]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
            {
                end++;
            }
            if (end > i + 1)
            {
                Tags.Add(ref tags, text[(i + 1)..end]);
            }
            i = end - 1;
        }
        return Canonical.List(tags);
    }
}
