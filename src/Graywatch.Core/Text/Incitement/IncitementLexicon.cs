using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graywatch.Text.Incitement;

/// <summary>The English and Chinese word lists behind the explainable incitement signals: calls to action, times, places, targets, dehumanizing and violent terms.</summary>
/// <remarks>
/// The built-in lists are <c>Resources/text/incitement-lexicon.json</c> (documented in docs/incitement.md). A file in the
/// same shape adds terms to them, or replaces them when it says <c>"replace": true</c>. English terms match whole words;
/// Chinese terms match anywhere. Terms and text are folded alike (case, full-width, Traditional to Simplified).
/// Immutable and thread-safe.
/// </remarks>
public sealed class IncitementLexicon
{
    private static readonly Lazy<IncitementLexicon> BuiltIn = new(() => Build([ReadBuiltIn()]));
    private readonly List<(string Kind, Regex Regex)> _english;
    private readonly List<(string Kind, Regex Regex)> _chinese;

    private IncitementLexicon(List<(string Kind, Regex Regex)> english, List<(string Kind, Regex Regex)> chinese)
    {
        _english = english;
        _chinese = chinese;
    }

    /// <summary>The built-in lists.</summary>
    public static IncitementLexicon Default => BuiltIn.Value;

    /// <summary>The built-in lists extended (or replaced) by a JSON file.</summary>
    /// <exception cref="Readers.InputException">The file is not valid JSON or holds an invalid pattern.</exception>
    public static IncitementLexicon FromFile(string path)
    {
        JsonDocument extra;
        try
        {
            extra = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new Readers.InputException(path, (int)(e.LineNumber ?? 0) + 1, $"invalid word-list JSON: {e.Message}");
        }
        var replace = extra.RootElement.TryGetProperty("replace", out var r) && r.ValueKind == JsonValueKind.True;
        try
        {
            return Build(replace ? [extra] : [ReadBuiltIn(), extra]);
        }
        catch (ArgumentException e)
        {
            throw new Readers.InputException(path, 1, $"invalid pattern: {e.Message}");
        }
    }

    /// <summary>Every hit in a prepared text's words (never in its links, mentions or hashtag marks), in order of position.</summary>
    public List<LexiconMatch> Match(PreparedText text)
    {
        var hits = new List<LexiconMatch>();
        var hasWords = false;
        foreach (var t in text.Tokens)
        {
            hasWords |= t.Kind is TokenKind.Word or TokenKind.Emoji;
        }
        if (hasWords)
        {
            Collect(_english, text.Words, hits);
        }
        if (text.HanRuns.Count > 0)
        {
            Collect(_chinese, text.Words, hits);
        }
        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return hits;
    }

    private static void Collect(List<(string Kind, Regex Regex)> lists, string folded, List<LexiconMatch> hits)
    {
        foreach (var (kind, regex) in lists)
        {
            for (var m = regex.Match(folded); m.Success; m = m.NextMatch())
            {
                hits.Add(new LexiconMatch(kind, m.Index, m.Length));
            }
        }
    }

    private static JsonDocument ReadBuiltIn()
    {
        using var stream = TextResources.Open("incitement-lexicon.json") ?? throw new InvalidOperationException("the incitement word lists are not embedded");
        return JsonDocument.Parse(stream);
    }

    private static IncitementLexicon Build(IReadOnlyList<JsonDocument> sources) =>
        new(Compile(sources, "en", wholeWords: true), Compile(sources, "zh", wholeWords: false));

    private static List<(string Kind, Regex Regex)> Compile(IReadOnlyList<JsonDocument> sources, string language, bool wholeWords)
    {
        var result = new List<(string, Regex)>();
        foreach (var kind in SignalKinds.Lists)
        {
            var alternatives = new List<string>();
            foreach (var source in sources)
            {
                if (!source.RootElement.TryGetProperty(language, out var lang) || !lang.TryGetProperty(kind, out var lists))
                {
                    continue;
                }
                alternatives.AddRange(Strings(lists, "terms").Select(t => Regex.Escape(TextPreparer.Fold(t.Trim()))));
                alternatives.AddRange(Strings(lists, "patterns").Select(p => "(?:" + p + ")"));
            }
            if (alternatives.Count == 0)
            {
                continue;
            }
            var body = string.Join("|", alternatives.Distinct(StringComparer.Ordinal).OrderByDescending(a => a.Length));
            var pattern = wholeWords ? $@"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])" : $"(?:{body})";
            result.Add((kind, new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant)));
        }
        return result;
    }

    private static IEnumerable<string> Strings(JsonElement lists, string name) =>
        lists.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).Where(s => s.Length > 0)
            : [];
}
