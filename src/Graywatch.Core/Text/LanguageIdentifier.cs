namespace Graywatch.Text;

/// <summary>Tells a text's language from its scripts, its English function words and, where those leave it open, Lingua's letter n-gram models.</summary>
/// <remarks>
/// Chinese when Han characters outweigh Latin letters (one Han character counts as three letters) and kana or hangul do
/// not dominate; Traditional when Traditional-only characters outnumber Simplified-only ones, Simplified when the
/// reverse, Traditional on a tie. Other when kana, hangul or non-ASCII letters (Vietnamese, French…) make more than a
/// sixth of the letters, or there is no letter at all. Plain ASCII text is English outright when it has at most two
/// words, or at least <see cref="SureFunctionWords"/> English function words making at least a quarter of its words;
/// anything else (a title such as "Cappuccino Assasino's Revenge (Animals Maroon 5 Parody)", a caption in Vietnamese
/// written without its accents, a short text with an accented letter) is decided by <see cref="LatinLanguageModel"/>.
/// Measured in docs/evaluation.md (bench mode <c>language-id</c>). Mentions, links and hashtags never count: they were taken out before. Thread-safe.
/// </remarks>
public static class LanguageIdentifier
{
    /// <summary>English function words from which on plain ASCII text is English without asking the model.</summary>
    public const int SureFunctionWords = 2;

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "to", "and", "or", "is", "are", "was", "were", "be", "you", "i", "me", "my", "we", "us", "our", "they",
        "them", "their", "he", "she", "it", "this", "that", "of", "in", "on", "at", "for", "with", "not", "no", "so", "but",
        "just", "what", "all", "do", "don't", "can", "will", "have", "has", "how", "why", "who", "go", "get", "your", "if",
        "up", "out", "about", "like", "from", "by", "there", "here", "now", "too", "very", "im", "i'm", "it's", "its",
    };

    /// <summary>The language from the original text, the same text with its links, mentions and hashtag marks blanked, and its words.</summary>
    internal static (string Language, (string Language, bool Sure) Rules) Identify(string original, string words, ScriptCounts counts, IReadOnlyList<TextToken> tokens)
    {
        var guess = Guess(original, counts, tokens);
        return (guess.Sure ? guess.Language : LatinLanguageModel.IsEnglish(words) ? TextLanguages.English : TextLanguages.Other, guess);
    }

    /// <summary>
    /// The decision from scripts and function words alone: the language it names (the rule before the model, where an
    /// English function word or a text of at most two words made English), and whether it is sure without the model.
    /// </summary>
    internal static (string Language, bool Sure) Guess(string original, ScriptCounts counts, IReadOnlyList<TextToken> tokens)
    {
        var latin = counts.Ascii + counts.OtherLetters;
        if (counts.Han > 0 && counts.Han * 3 >= latin && counts.Kana * 2 < counts.Han && counts.Hangul < counts.Han)
        {
            return (ChineseScriptOf(original), true);
        }
        if (latin == 0 || counts.Kana + counts.Hangul > latin || counts.OtherLetters * 6 > latin)
        {
            return (TextLanguages.Other, true);
        }
        var words = 0;
        var functionWords = 0;
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word || !HasLetter(t.Text))
            {
                continue;
            }
            words++;
            functionWords += EnglishWords.Contains(t.Text) ? 1 : 0;
        }
        // An accented letter ("Buồn ha") or few function words among many ("Troi cho toi hai chan ngan a, the nhung…")
        // leaves it to the model.
        var accented = counts.OtherLetters > 0;
        if (words <= 2)
        {
            return (TextLanguages.English, !accented);
        }
        var sure = !accented && functionWords >= SureFunctionWords && functionWords * 4 >= words;
        return (functionWords > 0 ? TextLanguages.English : TextLanguages.Other, sure);
    }

    private static bool HasLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    private static string ChineseScriptOf(string original)
    {
        var traditional = 0;
        var simplified = 0;
        foreach (var c in original)
        {
            if (ChineseScript.IsTraditionalOnly(c))
            {
                traditional++;
            }
            else if (ChineseScript.IsSimplifiedOnly(c))
            {
                simplified++;
            }
        }
        return simplified > traditional ? TextLanguages.SimplifiedChinese : TextLanguages.TraditionalChinese;
    }
}
