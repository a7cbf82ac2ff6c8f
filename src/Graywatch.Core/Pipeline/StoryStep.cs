using Graywatch.Coordination;
using Graywatch.Findings;
using Graywatch.Localization;
using Graywatch.Store;
using Graywatch.Trends;

namespace Graywatch.Pipeline;

/// <summary>After the detectors: groups the findings about one event into a story, so that one event is one card.</summary>
/// <remarks>
/// Two findings of severity Low or above belong to one story when they name the same site or the same post, when both are
/// Medium or above and share at least two accounts and half of the smaller one's, or when they centre on the same hashtag, or on hashtags that travel
/// together (at least half of the rarer tag's posts carry both). A finding centres on a hashtag when it names at most three
/// hashtags that are not generic (<see cref="GenericHashtags"/>); generic tags never link. Grouping is transitive.
/// Info findings (overviews, trend lists, communities) describe the landscape and stay stories of their own.
/// A story's anchor is its strongest part (severity, then the most entities: the part that sums the event up, then
/// confidence, then id); the story's id is made from the anchor's
/// id, so it is stable while the anchor is. The story takes the strongest severity, the anchor's title, summary, why and
/// response, every part's entities and caveats, the widest time span and the largest reach. Stateless.
/// </remarks>
internal static class StoryStep
{
    public const string Detector = "story";

    private const int MaxFocusTags = 3;

    /// <summary>The stories, most severe first, and the findings with their <see cref="Finding.StoryId"/>.</summary>
    public static (IReadOnlyList<Finding> Findings, IReadOnlyList<Finding> Stories) Apply(
        GraywatchStore store, IReadOnlyList<Finding> findings, GenericHashtags generic, string language, CancellationToken cancellationToken)
    {
        var sets = new UnionFind(findings.Count);
        var linkable = Enumerable.Range(0, findings.Count).Where(i => findings[i].Severity > Severity.Info).ToList();

        // Findings that share a site, a post or a focus hashtag.
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var focus = new Dictionary<int, List<string>>();
        foreach (var i in linkable)
        {
            var f = findings[i];
            var tags = f.Entities.Where(e => e.Kind == EntityKinds.Hashtag).Select(e => GenericHashtags.Normalize(e.Id))
                .Where(t => t.Length > 0 && !generic.Contains(t)).Distinct().ToList();
            var keys = f.Entities.Where(e => e.Kind is EntityKinds.Site or EntityKinds.Post).Select(e => $"{e.Kind}\u001f{e.Id}").ToList();
            if (tags.Count is > 0 and <= MaxFocusTags)
            {
                focus[i] = tags;
                keys.AddRange(tags.Select(t => $"hashtag\u001f{t}"));
            }
            foreach (var key in keys.Distinct())
            {
                if (byKey.TryGetValue(key, out var other))
                {
                    sets.Union(i, other);
                }
                else
                {
                    byKey[key] = i;
                }
            }
        }

        // Medium and stronger findings that name mostly the same accounts (two or more of them): a weak finding's top
        // accounts are often just the most active posters, who would glue unrelated events together.
        var strong = linkable.Where(i => findings[i].Severity >= Severity.Medium).ToList();
        var accounts = strong.ToDictionary(i => i, i => findings[i].Entities.Where(e => e.Kind == EntityKinds.Account)
            .Select(e => e.Id.TrimStart('@')).ToHashSet(StringComparer.Ordinal));
        for (var a = 0; a < strong.Count; a++)
        {
            for (var b = a + 1; b < strong.Count; b++)
            {
                var (x, y) = (accounts[strong[a]], accounts[strong[b]]);
                var shared = x.Count(y.Contains);
                if (shared >= 2 && shared * 2 >= Math.Min(x.Count, y.Count))
                {
                    sets.Union(strong[a], strong[b]);
                }
            }
        }

        // Hashtags that travel together: the anger campaign written in two scripts is one event.
        var tagged = focus.SelectMany(p => p.Value.Select(t => (Tag: t, Finding: p.Key))).ToList();
        var distinctTags = tagged.Select(t => t.Tag).Distinct().ToList();
        if (distinctTags.Count > 1)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (a, b) in Together(store, distinctTags))
            {
                foreach (var fa in tagged.Where(t => t.Tag == a))
                {
                    foreach (var fb in tagged.Where(t => t.Tag == b))
                    {
                        sets.Union(fa.Finding, fb.Finding);
                    }
                }
            }
        }

        var stories = new List<Finding>();
        var storyOf = new Dictionary<int, string>();
        foreach (var group in Enumerable.Range(0, findings.Count).GroupBy(sets.Find))
        {
            var parts = group.Select(i => findings[i])
                .OrderByDescending(f => f.Severity).ThenByDescending(f => f.Entities.Count).ThenByDescending(f => f.Confidence)
                .ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
            var story = Build(parts, language);
            stories.Add(story);
            foreach (var i in group)
            {
                storyOf[i] = story.Id;
            }
        }
        var withStory = findings.Select((f, i) => f with { StoryId = storyOf[i] }).ToList();
        return (withStory, [.. stories.OrderByDescending(s => s.Severity).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => s with { Parts = [.. s.Parts.Select(p => p with { StoryId = s.Id })] })]);
    }

    private static Finding Build(List<Finding> parts, string language)
    {
        var anchor = parts[0];
        var summary = parts.Count == 1
            ? anchor.Summary
            : anchor.Summary + " " + string.Format(System.Globalization.CultureInfo.InvariantCulture,
                Strings.Get(language, "Related findings: {0}."), string.Join("; ", parts.Skip(1).Select(p => p.Title)));
        return new Finding
        {
            Id = FindingId.From(Detector, anchor.Id),
            Module = anchor.Module,
            Detector = Detector,
            Title = anchor.Title,
            Summary = summary,
            Severity = anchor.Severity,
            Confidence = anchor.Confidence,
            ObservedReach = parts.Max(p => p.ObservedReach),
            PredictedReach = parts.Max(p => p.PredictedReach),
            Start = parts.Min(p => p.Start),
            End = parts.Max(p => p.End),
            Entities = [.. parts.SelectMany(p => p.Entities).DistinctBy(e => (e.Kind, e.Id))],
            Caveats = [.. parts.SelectMany(p => p.Caveats).Distinct(StringComparer.Ordinal)],
            SuggestedResponse = anchor.SuggestedResponse,
            Why = anchor.Why,
            Parts = parts,
        };
    }

    /// <summary>Pairs of the given tags such that at least half of the rarer tag's posts carry both.</summary>
    private static List<(string A, string B)> Together(GraywatchStore store, List<string> tags) => store.Query(
        $"""
        WITH t AS ({GenericHashtags.TagRows}),
        f AS (SELECT * FROM t WHERE list_contains({Sql.TextList(tags)}, tag)),
        n AS (SELECT tag, count(*) AS posts FROM f GROUP BY tag)
        SELECT a.tag, b.tag
        FROM f a JOIN f b ON a.platform = b.platform AND a.id = b.id AND a.tag < b.tag
        JOIN n na ON na.tag = a.tag JOIN n nb ON nb.tag = b.tag
        GROUP BY a.tag, b.tag, na.posts, nb.posts
        HAVING count(*) * 2 >= least(na.posts, nb.posts)
        """,
        r => (r.GetString(0), r.GetString(1)));
}
