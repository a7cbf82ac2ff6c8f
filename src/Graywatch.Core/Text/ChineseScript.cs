namespace Graywatch.Text;

/// <summary>Folds Traditional Chinese characters to Simplified, one character for one, so one model and one word list serve both scripts.</summary>
/// <remarks>
/// The table (<c>Resources/text/hant-hans.tsv</c>, 2,853 pairs) is ICU's Traditional-Simplified transform applied to every
/// CJK ideograph, made by <c>scripts/make-hant-hans.sh</c>. Character-for-character folding keeps offsets, so spans found in
/// folded text are spans of the original. Thread-safe.
/// </remarks>
public static class ChineseScript
{
    private static readonly Dictionary<char, char> ToSimplifiedMap = Load();
    private static readonly HashSet<char> SimplifiedOnly = [.. ToSimplifiedMap.Values.Where(v => !ToSimplifiedMap.ContainsKey(v))];

    /// <summary>The Simplified form of one character (the character itself when it has none).</summary>
    public static char ToSimplified(char c) => c >= '\u3400' && ToSimplifiedMap.TryGetValue(c, out var s) ? s : c;

    /// <summary>The text with every Traditional character folded to Simplified; same length.</summary>
    public static string ToSimplified(string text) => string.Create(text.Length, text, static (span, t) =>
    {
        for (var i = 0; i < t.Length; i++)
        {
            span[i] = ToSimplified(t[i]);
        }
    });

    /// <summary>True for a character only Traditional text uses.</summary>
    public static bool IsTraditionalOnly(char c) => c >= '\u3400' && ToSimplifiedMap.ContainsKey(c);

    /// <summary>True for a character only Simplified text uses.</summary>
    public static bool IsSimplifiedOnly(char c) => c >= '\u3400' && SimplifiedOnly.Contains(c);

    /// <summary>True for a CJK ideograph (basic block, extension A, compatibility ideographs).</summary>
    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    private static Dictionary<char, char> Load()
    {
        using var stream = TextResources.Open("hant-hans.tsv")
            ?? throw new InvalidOperationException("the Traditional-Simplified table is not embedded");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<char, char>(3000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 3 && line[1] == '\t')
            {
                map[line[0]] = line[2];
            }
        }
        return map;
    }
}
