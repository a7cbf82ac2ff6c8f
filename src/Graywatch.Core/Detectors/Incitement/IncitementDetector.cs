using System.Text.Json;
using Graywatch.Findings;
using Graywatch.Store;
using Graywatch.Text.Incitement;

namespace Graywatch.Detectors.Incitement;

/// <summary>Scores every post, sticker text, transcript and comment, then finds inciting posts that reach far and topics whose anger is rising.</summary>
/// <remarks>
/// Settings (<c>incitement.*</c>): <c>min_score</c> (0.5) an inciting text; <c>min_views</c> (1000) reach for the
/// reaching-far finding; <c>top</c> (20) posts listed; <c>anger_threshold</c> (0.4) an angry post; <c>min_posts</c> (20)
/// posts a hashtag needs; <c>min_rise</c> (0.2) rise of the anger share; <c>min_statistic</c> (10.83, p &lt; 0.001) of the
/// change-point; <c>topics</c> (5) anger-rising findings at most; <c>high_min_posts</c> (10) posts since the change a High
/// anger-rising finding needs. Severity follows <see cref="IncitementSeverity"/>. Scores persist in <c>text_scores</c>.
/// </remarks>
public sealed class IncitementDetector : IDetector
{
    public const string DetectorId = "incitement";

    public string Id => DetectorId;

    public string Module => "incitement";

    public Task<IReadOnlyList<Finding>> DetectAsync(DetectorContext context, CancellationToken cancellationToken)
    {
        var s = context.Settings;
        if (Convert.ToInt64(context.Store.Scalar(
                "SELECT (SELECT count(*) FROM posts WHERE coalesce(text, '') <> '' OR len(sticker_texts) > 0 OR coalesce(transcript, '') <> '') + (SELECT count(*) FROM comments WHERE coalesce(text, '') <> '')") ?? 0L,
                System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            context.Notes.Skip(Localization.Strings.Get(context.Language, "no caption, sticker, transcript or comment to score"));
            return Task.FromResult<IReadOnlyList<Finding>>([]);
        }
        new TextScoreUpdater(TextScorer.Create(s)).Update(context.Store, cancellationToken);
        var words = new IncitementWords(context.Language);
        var findings = new List<Finding>();
        if (ReachingFar(context.Store, s, words) is { } far)
        {
            findings.Add(far);
        }
        findings.AddRange(AngerRising(context.Store, s, context.GenericHashtags, words, cancellationToken));
        return Task.FromResult<IReadOnlyList<Finding>>(findings);
    }

    private Finding? ReachingFar(GraywatchStore store, DetectorSettings s, IncitementWords words)
    {
        var minScore = s.Get("incitement.min_score", 0.5);
        var minViews = s.Get("incitement.min_views", 1000);
        var top = Math.Max(1, s.Get("incitement.top", 20));
        var rows = store.Query("""
            WITH sc AS (SELECT platform, record_id AS post_id, max(incitement) AS inc, arg_max(reasons, incitement) AS reasons
                        FROM text_scores WHERE record_kind IN ('post', 'sticker', 'transcript') GROUP BY ALL HAVING max(incitement) >= $1),
                 v AS (SELECT platform, post_id, max(views) AS views FROM snapshots GROUP BY ALL),
                 p AS (SELECT DISTINCT ON (platform, id) platform, id, author_id, author_name, created_at, text FROM posts)
            SELECT p.platform, p.id, coalesce(p.author_id, ''), coalesce(p.author_name, p.author_id, ''), p.created_at, coalesce(p.text, ''),
                   sc.inc, sc.reasons, coalesce(v.views, 0) AS views, count(*) OVER () AS total
            FROM sc JOIN p ON p.platform = sc.platform AND p.id = sc.post_id
            LEFT JOIN v ON v.platform = sc.platform AND v.post_id = sc.post_id
            WHERE coalesce(v.views, 0) >= $2
            ORDER BY sc.inc * ln(2 + coalesce(v.views, 0)) DESC, p.id
            LIMIT $3
            """,
            r => (Platform: r.GetString(0), Id: r.GetString(1), AuthorId: r.GetString(2), Author: r.GetString(3),
                  Created: r.IsDBNull(4) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(4), Text: r.GetString(5),
                  Incitement: r.GetFloat(6), Reasons: r.GetString(7), Views: r.GetInt64(8), Total: r.GetInt64(9)),
            minScore, minViews, top);
        if (rows.Count == 0)
        {
            return null;
        }
        var most = rows.MaxBy(r => r.Views);
        var reach = rows.Sum(r => r.Views);
        var graded = rows.Select(r => (Evidence: IncitementSeverity.Of(r.Incitement, r.Reasons), r.Views, Author: r.AuthorId, r.Incitement)).ToList();
        var solid = graded.Where(g => g.Evidence != PostEvidence.Weak).ToList();
        // Confidence is that of the posts the severity rests on: the strong and explicit ones when there are any.
        var confidence = Math.Round((solid.Count > 0 ? solid : graded).Average(g => g.Incitement), 2);
        var (severity, why) = IncitementSeverity.ReachingFar(confidence, [.. graded.Select(g => (g.Evidence, g.Views, g.Author))], words);
        return new Finding
        {
            Id = FindingId.From(DetectorId, "reaching-far"),
            Module = Module,
            Detector = Id,
            Title = words.Get("Inciting posts reaching far"),
            Summary = words.Format("{0} posts score {1} or more for incitement; the most reached has {2} views: {3}",
                IncitementWords.Count(rows[0].Total), IncitementWords.Score(minScore), IncitementWords.Count(most.Views), Reasons(most.Reasons)),
            Severity = severity,
            Why = why,
            Confidence = confidence,
            ObservedReach = reach,
            Start = rows.Min(r => r.Created),
            End = rows.Max(r => r.Created),
            Entities = [.. rows.Take(5).Select(r => new EntityRef(EntityKinds.Post, r.Id))],
            Evidence = new Evidence
            {
                Metrics = new Dictionary<string, double>
                {
                    ["inciting_posts"] = rows[0].Total,
                    ["listed_posts"] = rows.Count,
                    ["listed_views"] = reach,
                    ["max_incitement"] = Math.Round(rows.Max(r => r.Incitement), 3),
                    ["explicit_posts"] = graded.Count(g => g.Evidence == PostEvidence.Explicit),
                    ["strong_posts"] = graded.Count(g => g.Evidence == PostEvidence.Strong),
                },
                Rankings = [new Ranking(words.Get("Most-reached inciting posts"), words.Get("views"),
                    [.. rows.Take(10).Select(r => new RankedItem(Excerpt(r.Text, 60), r.Views, new EntityRef(EntityKinds.Post, r.Id)))])],
                Tables = [new EvidenceTable(words.Get("Most-reached inciting posts"),
                    [words.Get("Post"), words.Get("Author"), words.Get("Views"), words.Get("Incitement"), words.Get("Reasons"), words.Get("Text")],
                    [.. rows.Select(r => (IReadOnlyList<string>)[r.Id, r.Author, IncitementWords.Count(r.Views), IncitementWords.Score(r.Incitement), Reasons(r.Reasons), Excerpt(r.Text, 140)])])],
                Members = [.. rows.Select(r => r.Id)],
            },
            Caveats = [words.Get("Scores come from text models and word lists: read the posts and their reasons before acting."),
                words.Get("Models trained on public tweets and Weibo posts can miss slang, irony and code words.")],
            SuggestedResponse = words.Get("Report the posts with a call to action at a time and place to the platform and, where violence is named, to the police; brief the community leaders of the targeted group."),
        };
    }

    /// <remarks>Discovery hashtags (#fyp…) are no topic: they are left out of the topics and the chart.</remarks>
    private IEnumerable<Finding> AngerRising(GraywatchStore store, DetectorSettings s, Trends.GenericHashtags generic, IncitementWords words, CancellationToken cancellationToken)
    {
        var angry = s.Get("incitement.anger_threshold", 0.4);
        var minPosts = s.Get("incitement.min_posts", 20);
        var minRise = s.Get("incitement.min_rise", 0.2);
        var minStatistic = s.Get("incitement.min_statistic", 10.83);
        var topics = s.Get("incitement.topics", 5);
        var rows = store.Query("""
            WITH sc AS (SELECT platform, record_id, max(anger) AS anger FROM text_scores WHERE record_kind IN ('post', 'sticker', 'transcript') GROUP BY ALL),
                 p AS (SELECT DISTINCT ON (platform, id) platform, id, created_at, hashtags FROM posts WHERE created_at IS NOT NULL AND len(hashtags) > 0),
                 d AS (SELECT lower(u.h) AS tag, date_trunc('day', p.created_at) AS day, count(*) AS n, count(*) FILTER (WHERE sc.anger >= $1) AS angry
                       FROM p JOIN sc ON sc.platform = p.platform AND sc.record_id = p.id, unnest(p.hashtags) AS u(h)
                       GROUP BY ALL)
            SELECT tag, day, n, angry FROM d QUALIFY sum(n) OVER (PARTITION BY tag) >= $2
            ORDER BY tag, day
            """,
            r => (Tag: r.GetString(0), Day: r.GetFieldValue<DateTimeOffset>(1), Posts: (int)r.GetInt64(2), Angry: (int)r.GetInt64(3)),
            angry, minPosts);
        var first = rows.Count == 0 ? default : rows.Min(r => r.Day);
        var last = rows.Count == 0 ? default : rows.Max(r => r.Day);
        var risen = new List<(string Tag, AngerChangePoint Change, List<DateTimeOffset> Days, List<(int Angry, int Posts)> Counts)>();
        var byTopic = new List<(string Tag, int Angry, Series Series)>();
        foreach (var g in rows.Where(r => !generic.Contains(r.Tag)).GroupBy(r => r.Tag))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var perDay = g.ToDictionary(r => r.Day);
            var days = new List<DateTimeOffset>();
            var counts = new List<(int Angry, int Posts)>();
            for (var d = first; d <= last; d = d.AddDays(1))
            {
                days.Add(d);
                counts.Add(perDay.TryGetValue(d, out var r) ? (r.Angry, r.Posts) : (0, 0));
            }
            var series = new Series(words.Get("Share of angry posts per day"), words.Get("share"),
                [.. days.Select((d, i) => new SeriesPoint(d, counts[i].Posts == 0 ? 0 : Math.Round((double)counts[i].Angry / counts[i].Posts, 3)))]);
            byTopic.Add((g.Key, counts.Sum(c => c.Angry), series with { Name = "#" + g.Key }));
            var change = AngerChangePoint.Find(counts);
            if (change is not null && change.ShareAfter - change.ShareBefore >= minRise && change.Statistic >= minStatistic)
            {
                risen.Add((g.Key, change, days, counts));
            }
        }
        foreach (var (tag, change, days, counts) in risen.OrderByDescending(r => r.Change.Statistic).Take(topics))
        {
            yield return Rising(store, tag, change, days, counts, angry, s.Get("incitement.high_min_posts", 10), words);
        }
        var shown = byTopic.Where(t => t.Angry > 0).OrderByDescending(t => t.Angry).ThenBy(t => t.Tag, StringComparer.Ordinal).Take(6).ToList();
        if (shown.Count > 0)
        {
            yield return new Finding
            {
                Id = FindingId.From(DetectorId, "anger-by-topic"),
                Module = Module,
                Detector = Id,
                Title = words.Get("Anger share by topic"),
                Summary = words.Format("Daily share of angry posts for the {0} hashtags with the most angry posts.", shown.Count),
                Severity = Severity.Info,
                Start = first,
                End = last.AddDays(1),
                Entities = [.. shown.Select(t => new EntityRef(EntityKinds.Hashtag, t.Tag))],
                Evidence = new Evidence { Series = [.. shown.Select(t => t.Series)] },
                Caveats = [words.Get("Scores come from text models and word lists: read the posts and their reasons before acting.")],
            };
        }
    }

    private Finding Rising(GraywatchStore store, string tag, AngerChangePoint change, List<DateTimeOffset> days, List<(int Angry, int Posts)> counts, double angry, int highMinPosts, IncitementWords words)
    {
        var since = days[change.Index];
        var angryPosts = store.Query("""
            WITH sc AS (SELECT platform, record_id, max(anger) AS anger, max(incitement) AS inc FROM text_scores WHERE record_kind IN ('post', 'sticker', 'transcript') GROUP BY ALL)
            SELECT DISTINCT ON (p.id) p.id, p.created_at, coalesce(p.text, ''), sc.anger, sc.inc, coalesce(p.author_id, p.author_name, '')
            FROM posts p JOIN sc ON sc.platform = p.platform AND sc.record_id = p.id
            WHERE p.created_at >= $1 AND list_contains(list_transform(p.hashtags, x -> lower(x)), $2) AND sc.anger >= $3
            ORDER BY p.id
            """,
            r => (Id: r.GetString(0), Created: r.GetFieldValue<DateTimeOffset>(1), Text: r.GetString(2), Anger: r.GetFloat(3), Incitement: r.GetFloat(4), Author: r.GetString(5)),
            since, tag, angry);
        var authors = angryPosts.Select(e => e.Author).Distinct(StringComparer.Ordinal).Count();
        var examples = angryPosts.OrderByDescending(e => e.Incitement).ThenByDescending(e => e.Anger).ThenBy(e => e.Id, StringComparer.Ordinal).Take(10).ToList();
        var name = "#" + tag;
        var confidence = Math.Round(Math.Min(0.95, 0.5 + (change.Statistic / 100)), 2);
        var (severity, why) = IncitementSeverity.AngerRising(confidence, change.ShareAfter, change.PostsAfter, authors, examples.Any(e => e.Incitement >= 0.5), highMinPosts, words);
        return new Finding
        {
            Id = FindingId.From(DetectorId, "anger-rising", tag),
            Module = Module,
            Detector = Id,
            Title = words.Format("Anger rising: {0}", name),
            Summary = words.Format("The share of angry posts with {0} rose from {1} to {2} on {3} ({4} posts since; change-point statistic {5}).",
                name, IncitementWords.Percent(change.ShareBefore), IncitementWords.Percent(change.ShareAfter), IncitementWords.Day(since),
                IncitementWords.Count(change.PostsAfter), change.Statistic.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)),
            Severity = severity,
            Why = why,
            Confidence = confidence,
            Start = since,
            End = days[^1].AddDays(1),
            Entities = [new EntityRef(EntityKinds.Hashtag, tag), .. examples.Take(5).Select(e => new EntityRef(EntityKinds.Post, e.Id))],
            Evidence = new Evidence
            {
                Metrics = new Dictionary<string, double>
                {
                    ["share_before"] = Math.Round(change.ShareBefore, 3),
                    ["share_after"] = Math.Round(change.ShareAfter, 3),
                    ["posts_after"] = change.PostsAfter,
                    ["posts"] = counts.Sum(c => c.Posts),
                    ["angry_posts"] = counts.Sum(c => c.Angry),
                    ["angry_accounts_after"] = authors,
                    ["change_statistic"] = Math.Round(change.Statistic, 2),
                },
                Series = [new Series(words.Get("Share of angry posts per day"), words.Get("share"),
                    [.. days.Select((d, i) => new SeriesPoint(d, counts[i].Posts == 0 ? 0 : Math.Round((double)counts[i].Angry / counts[i].Posts, 3)))])
                {
                    Intervals = [new MarkedInterval(since, days[^1].AddDays(1), words.Get("angrier from here"))],
                }],
                Tables = [new EvidenceTable(words.Get("Angriest posts since the change"),
                    [words.Get("Post"), words.Get("Time"), words.Get("Anger"), words.Get("Incitement"), words.Get("Text")],
                    [.. examples.Select(e => (IReadOnlyList<string>)[e.Id, e.Created.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                        IncitementWords.Score(e.Anger), IncitementWords.Score(e.Incitement), Excerpt(e.Text, 140)])])],
                Members = [.. examples.Select(e => e.Id)],
            },
            Caveats = [words.Get("Scores come from text models and word lists: read the posts and their reasons before acting.")],
            SuggestedResponse = words.Get("Watch the topic; answer the grievance with facts from a trusted voice before calls to gather spread."),
        };
    }

    private static string Reasons(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return string.Join("; ", doc.RootElement.EnumerateArray().Select(e => $"{e.GetProperty("kind").GetString()}: \"{e.GetProperty("span").GetString()}\""));
    }

    private static string Excerpt(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
