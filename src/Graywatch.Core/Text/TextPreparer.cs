using System.Globalization;
using System.Text.RegularExpressions;

namespace Graywatch.Text;

/// <summary>Prepares a text: folds full-width forms, case and script; takes out links, mentions, hashtags and emoji; tokenizes (jieba for Chinese); tells the language.</summary>
/// <remarks>The language comes from <see cref="LanguageIdentifier"/>. Thread-safe.</remarks>
public static partial class TextPreparer
{
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
        var words = new string(blank);
        var counts = Tokenize(words, tokens, hanRuns, emoji);
        tokens.Sort((a, b) => a.Start.CompareTo(b.Start));
        var (language, rules) = LanguageIdentifier.Identify(text, words, counts, tokens);
        return new PreparedText
        {
            Original = text,
            Folded = folded,
            Words = words,
            Language = language,
            RuleLanguage = rules,
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
        var counts = default(ScriptCounts);
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

    [GeneratedRegex(@"(?<url>(?:https?://|www\.)\S+)|(?<mention>(?<![\w@])@[\w.]{1,40})|#(?<tag>[\p{L}\p{N}_]{1,100})#?", RegexOptions.CultureInvariant)]
    private static partial Regex Markers();
}
