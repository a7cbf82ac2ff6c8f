using System.Text.Json;
using Graywatch.Findings;
using Graywatch.Text.Incitement;

namespace Graywatch.Detectors.Incitement;

/// <summary>The incitement detector's one severity rule, from evidence strength, reach and harm (docs/incitement.md, "Severity").</summary>
/// <remarks>
/// A post's evidence is <b>explicit</b> when its reasons name violence together with a target group, or a call to
/// action with at least two of a time, a place and a target; <b>strong</b> when it scores at least
/// <see cref="StrongScore"/> with at least two kinds of reason besides the hostility model's; <b>weak</b> otherwise (model scores alone, or one
/// word). Nothing is High under confidence <see cref="MinHighConfidence"/>. Thread-safe.
/// </remarks>
public static class IncitementSeverity
{
    /// <summary>Confidence below this is never High.</summary>
    public const double MinHighConfidence = 0.6;

    /// <summary>The score a strong post needs (with two kinds of reason).</summary>
    public const double StrongScore = 0.7;

    /// <summary>Views an explicit post needs for High.</summary>
    public const long ExplicitHighViews = 10_000;

    /// <summary>Strong or explicit posts, by as many accounts, that High asks for when no single post is explicit.</summary>
    public const int ManyPosts = 3;

    /// <summary>Views those posts must have reached together.</summary>
    public const long ManyPostsHighViews = 100_000;

    /// <summary>The evidence of one scored post, from its score and its reasons (the JSON stored in <c>text_scores</c>).</summary>
    public static PostEvidence Of(double incitement, string reasonsJson)
    {
        using var doc = JsonDocument.Parse(reasonsJson);
        var kinds = doc.RootElement.EnumerateArray().Select(e => e.GetProperty("kind").GetString() ?? "").ToHashSet(StringComparer.Ordinal);
        var details = (kinds.Contains(SignalKinds.Time) ? 1 : 0) + (kinds.Contains(SignalKinds.Place) ? 1 : 0) + (kinds.Contains(SignalKinds.Target) ? 1 : 0);
        if ((kinds.Contains(SignalKinds.Violence) && kinds.Contains(SignalKinds.Target)) || (kinds.Contains(SignalKinds.CallToAction) && details >= 2))
        {
            return PostEvidence.Explicit;
        }
        return incitement >= StrongScore && kinds.Count(k => k != SignalKinds.Hostility) >= 2 ? PostEvidence.Strong : PostEvidence.Weak;
    }

    /// <summary>
    /// Inciting posts reaching far. High: confidence at least <see cref="MinHighConfidence"/> and either an explicit post with
    /// <see cref="ExplicitHighViews"/> views, or <see cref="ManyPosts"/> strong or explicit posts by as many accounts with
    /// <see cref="ManyPostsHighViews"/> views together. Medium: a strong or explicit post. Low: weak evidence only.
    /// </summary>
    public static (Severity Severity, string? Why) ReachingFar(double confidence, IReadOnlyList<(PostEvidence Evidence, long Views, string Author)> posts, IncitementWords words)
    {
        var solid = posts.Where(p => p.Evidence != PostEvidence.Weak).ToList();
        var explicitReach = posts.Where(p => p.Evidence == PostEvidence.Explicit).Select(p => p.Views).DefaultIfEmpty(0).Max();
        var authors = solid.Select(p => p.Author).Distinct(StringComparer.Ordinal).Count();
        var views = solid.Sum(p => p.Views);
        if (confidence >= MinHighConfidence && explicitReach >= ExplicitHighViews)
        {
            return (Severity.High, words.Format("A post naming violence against a group, or calling people to a time and place, has reached {0} views.", IncitementWords.Count(explicitReach)));
        }
        if (confidence >= MinHighConfidence && solid.Count >= ManyPosts && authors >= ManyPosts && views >= ManyPostsHighViews)
        {
            return (Severity.High, words.Format("{0} strongly inciting posts by {1} accounts have reached {2} views together.", solid.Count, authors, IncitementWords.Count(views)));
        }
        return (solid.Count > 0 ? Severity.Medium : Severity.Low, null);
    }

    /// <summary>
    /// Anger rising on a hashtag. High: confidence at least <see cref="MinHighConfidence"/>, half or more of the posts angry
    /// since the change, at least <paramref name="minPosts"/> posts since by at least <see cref="ManyPosts"/> accounts, and
    /// one of them inciting (score 0.5 or more). Medium otherwise.
    /// </summary>
    public static (Severity Severity, string? Why) AngerRising(double confidence, double shareAfter, int postsAfter, int authorsAfter, bool inciting, int minPosts, IncitementWords words) =>
        confidence >= MinHighConfidence && shareAfter >= 0.5 && postsAfter >= minPosts && authorsAfter >= ManyPosts && inciting
            ? (Severity.High, words.Format("{0} of {1} posts since the change are angry, by {2} accounts, and some incite.", IncitementWords.Percent(shareAfter), IncitementWords.Count(postsAfter), authorsAfter))
            : (Severity.Medium, null);
}
