using System.Globalization;
using System.Text.RegularExpressions;

namespace Graywatch.Text;

/// <summary>Prepares a text: folds full-width forms, case and script; takes out links, mentions, hashtags and emoji; tokenizes (jieba for Chinese); tells the language.</summary>
/// <remarks>
/// Language: Chinese when Han characters outweigh Latin letters (one Han character counts as three letters) and kana
/// or hangul do not dominate; Traditional when Traditional-only characters outnumber Simplified-only ones, Simplified
/// when the reverse, Traditional on a tie. English when the Latin letters are plain ASCII and an English function word
/// occurs (or the text has at most two words); otherwise other. Empty or emoji-only text is other. Thread-safe.
/// </remarks>
public static partial class TextPreparer
{
    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "to", "and", "or", "is", "are", "was", "were", "be", "you", "i", "me", "my", "we", "us", "our", "they",
        "them", "their", "he", "she", "it", "this", "that", "of", "in", "on", "at", "for", "with", "not", "no", "so", "but",
        "just", "what", "all", "do", "don't", "can", "will", "have", "has", "how", "why", "who", "go", "get", "your", "if",
        "up", "out", "about", "like", "from", "by", "there", "here", "now", "too", "very", "im", "i'm", "it's", "its",
    };

    /// <summary>Prepares one text; null or blank gives an empty text of language other.</summary>
    public static PreparedText Prepare(string? text)
    {
        text ??= "";
        var folded = Fold(text);
        var hashtags = new List<string>();
        var mentions = new List<string>();
        var urls = new List<string>();
        var emoji = new List<string>();
        var tokens = new List<TextToken>();
        var hanRuns = new List<string>();
        var blank = folded.ToCharArray();
        foreach (Match m in Markers().Matches(folded))
        {
            if (m.Groups["url"].Success)
            {
                urls.Add(text.Substring(m.Index, m.Length));
                tokens.Add(new TextToken("<url>", TokenKind.Url, m.Index));
                Array.Fill(blank, ' ', m.Index, m.Length);
            }
            else if (m.Groups["mention"].Success)
            {
                mentions.Add(text.Substring(m.Index + 1, m.Length - 1));
                tokens.Add(new TextToken("@user", TokenKind.Mention, m.Index));
                Array.Fill(blank, ' ', m.Index, m.Length);
            }
            else
            {
                hashtags.Add(m.Groups["tag"].Value);
                blank[m.Index] = ' ';
                if (m.Value.EndsWith('#'))
                {
                    blank[m.Index + m.Length - 1] = ' ';
                }
            }
        }
        var counts = Tokenize(new string(blank), tokens, hanRuns, emoji);
        tokens.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new PreparedText
        {
            Original = text,
            Folded = folded,
            Language = Identify(text, counts, tokens),
            Tokens = tokens,
            HanRuns = hanRuns,
            Hashtags = hashtags,
            Mentions = mentions,
            Urls = urls,
            Emoji = emoji,
        };
    }

    /// <summary>Full-width to half-width, ideographic space to space, lower case, Traditional to Simplified; same length as the input.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (span, t) =>
    {
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            c = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            };
            span[i] = c < '\u3400' ? char.ToLowerInvariant(c) : ChineseScript.ToSimplified(c);
        }
    });

    private static ScriptCounts Tokenize(string s, List<TextToken> tokens, List<string> hanRuns, List<string> emoji)
    {
        var counts = new ScriptCounts();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (ChineseScript.IsHan(c))
            {
                var start = i;
                while (i < s.Length && ChineseScript.IsHan(s[i]))
                {
                    i++;
                }
                var run = s[start..i];
                counts.Han += run.Length;
                hanRuns.Add(run);
                var offset = start;
                foreach (var word in ChineseSegmenter.Cut(run))
                {
                    tokens.Add(new TextToken(word, TokenKind.Chinese, offset));
                    offset += word.Length;
                }
            }
            else if (char.IsLetterOrDigit(c) || (c == '\'' && i > 0 && char.IsLetter(s[i - 1])))
            {
                var start = i;
                while (i < s.Length && !ChineseScript.IsHan(s[i]) && (char.IsLetterOrDigit(s[i]) || s[i] == '\'' || char.GetUnicodeCategory(s[i]) == UnicodeCategory.NonSpacingMark))
                {
                    Count(s[i], ref counts);
                    i++;
                }
                tokens.Add(new TextToken(s[start..i].Trim('\''), TokenKind.Word, start));
            }
            else if (IsEmojiAt(s, i, out var length))
            {
                var e = s.Substring(i, length);
                emoji.Add(e);
                tokens.Add(new TextToken(e, TokenKind.Emoji, i));
                i += length;
            }
            else
            {
                i++;
            }
        }
        return counts;
    }

    private static void Count(char c, ref ScriptCounts counts)
    {
        if (c is >= 'a' and <= 'z')
        {
            counts.Ascii++;
        }
        else if (c is >= '\u3040' and <= '\u30FF')
        {
            counts.Kana++;
        }
        else if (c is >= '\uAC00' and <= '\uD7AF')
        {
            counts.Hangul++;
        }
        else if (char.IsLetter(c))
        {
            counts.OtherLetters++;
        }
    }

    private static bool IsEmojiAt(string s, int i, out int length)
    {
        length = 0;
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            var cp = char.ConvertToUtf32(s[i], s[i + 1]);
            if (cp is >= 0x1F000 and <= 0x1FAFF)
            {
                length = 2;
            }
        }
        else if (s[i] is (>= '\u2600' and <= '\u27BF') or (>= '\u2B00' and <= '\u2BFF'))
        {
            length = 1;
        }
        return length > 0;
    }

    private static string Identify(string original, ScriptCounts counts, List<TextToken> tokens)
    {
        var latin = counts.Ascii + counts.OtherLetters;
        if (counts.Han > 0 && counts.Han * 3 >= latin && counts.Kana * 2 < counts.Han && counts.Hangul < counts.Han)
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
        if (latin == 0 || counts.Kana + counts.Hangul > latin || counts.OtherLetters * 6 > latin)
        {
            return TextLanguages.Other;
        }
        var words = 0;
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }
            words++;
            if (EnglishWords.Contains(t.Text))
            {
                return TextLanguages.English;
            }
        }
        return words <= 2 ? TextLanguages.English : TextLanguages.Other;
    }

    [GeneratedRegex(@"(?<url>(?:https?://|www\.)\S+)|(?<mention>(?<![\w@])@[\w.]{1,40})|#(?<tag>[\p{L}\p{N}_]{1,100})#?", RegexOptions.CultureInvariant)]
    private static partial Regex Markers();

    private struct ScriptCounts
    {
        public int Han;
        public int Ascii;
        public int Kana;
        public int Hangul;
        public int OtherLetters;
    }
}
