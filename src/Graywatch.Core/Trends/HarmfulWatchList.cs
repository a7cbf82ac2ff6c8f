using System.Text;
using Graywatch.Detectors;

namespace Graywatch.Trends;

/// <summary>The harmful-challenge watch list: harm terms, dangerous acts, self-harm and victims' names, in English and Chinese.</summary>
/// <remarks>
/// Settings: <c>harmful.terms</c> replaces the default list, <c>harmful.extra_terms</c> adds to it, <c>harmful.victims</c>
/// adds names (none by default: they depend on the case). Comma-separated; matched case-insensitively in captions and
/// hashtags. Terms in Latin script must start at a word boundary ("cutting" does not match "haircutting", but
/// "blackout" matches "#blackoutchallenge"); Chinese terms match anywhere. The default list is in docs/trends.md.
/// Immutable.
/// </remarks>
public sealed class HarmfulWatchList
{
    /// <summary>Dangerous acts and harm terms of known harmful challenges (blackout/choking, pills, fire, chroming, surfing vehicles…).</summary>
    public static readonly IReadOnlyList<string> DefaultTerms =
    [
        // Dangerous acts, English.
        "blackout", "black out", "pass out", "passing out", "passed out", "choke", "choking", "strangle", "suffocat", "hold your breath",
        "fainted", "skull breaker", "skullbreaker", "tide pod", "laundry pod", "benadryl", "nyquil chicken", "fire challenge",
        "set yourself on fire", "salt and ice", "cinnamon challenge", "chroming", "huffing", "train surfing", "car surfing",
        "hot water challenge", "boiling water", "jump off", "milk crate", "pass-out", "scarf game",
        // Self-harm, English.
        "self harm", "selfharm", "self-harm", "suicide", "kill myself", "killmyself", "unalive", "cut myself", "overdose",
        // Dangerous acts, Traditional and Simplified Chinese.
        "窒息", "昏倒", "暈倒", "晕倒", "暈過去", "晕过去", "憋氣", "憋气", "掐脖子", "勒脖子", "勒頸", "勒颈", "吞藥", "吞药",
        "吃洗衣球", "跳樓", "跳楼", "點火", "点火", "燒傷", "烧伤", "扒火車", "扒火车",
        // Self-harm, Traditional and Simplified Chinese.
        "自殘", "自残", "自殺", "自杀", "割腕", "輕生", "轻生",
    ];

    public HarmfulWatchList(IEnumerable<string> terms)
    {
        Terms = [.. terms.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    public static HarmfulWatchList Default { get; } = new(DefaultTerms);

    public IReadOnlyList<string> Terms { get; }

    public static HarmfulWatchList From(DetectorSettings settings)
    {
        var baseTerms = Split(settings.Get("harmful.terms")) ?? DefaultTerms;
        return new HarmfulWatchList([.. baseTerms, .. Split(settings.Get("harmful.extra_terms")) ?? [], .. Split(settings.Get("harmful.victims")) ?? []]);
    }

    /// <summary>An RE2 pattern (DuckDB's regex engine) that matches any term; null when the list is empty.</summary>
    internal string? Pattern()
    {
        if (Terms.Count == 0)
        {
            return null;
        }
        return string.Join('|', Terms.OrderByDescending(t => t.Length).Select(t =>
        {
            var escaped = Escape(t);
            return char.IsAsciiLetterOrDigit(t[0]) ? @"\b" + escaped : escaped;
        }));
    }

    private static string Escape(string term)
    {
        var sb = new StringBuilder(term.Length);
        foreach (var c in term)
        {
            if (@"\.+*?()|[]{}^$".Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static IReadOnlyList<string>? Split(string? text) =>
        text is null ? null : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
