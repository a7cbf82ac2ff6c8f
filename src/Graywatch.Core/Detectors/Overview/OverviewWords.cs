using System.Globalization;
using Graywatch.Findings;
using Graywatch.Localization;

namespace Graywatch.Detectors.Overview;

/// <summary>The overview's sentences in the run's language; numbers and times are written the same in every language.</summary>
internal sealed class OverviewWords(string language, IReadOnlyList<string> samplingCaveats)
{
    public string Get(string key) => Strings.Get(language, key);

    public string Summary(PostSpan span, EngagementCoverage engagement, RankedItem? topHashtag)
    {
        var parts = new List<string>
        {
            span.First is { } first && span.Last is { } last
                ? Format("{0} posts by {1} accounts, {2} to {3}.", Count(span.Posts), Count(span.Authors), Time(first), Time(last))
                : Format("{0} posts by {1} accounts; no post has a creation time.", Count(span.Posts), Count(span.Authors)),
        };
        if (engagement.PostsWithSnapshots > 0)
        {
            parts.Add(Format("{0} views in the latest engagement snapshots.", Count(engagement.Views)));
        }
        if (topHashtag?.Entity is { } tag)
        {
            parts.Add(Format("Most used hashtag: #{0} ({1} posts).", tag.Id, Count((long)topHashtag.Value)));
        }
        return string.Join(' ', parts);
    }

    /// <summary>What a reader must keep in mind about the data; <paramref name="span"/> is null for an empty store.</summary>
    public IReadOnlyList<string> DataQuality(
        PostSpan? span, EngagementCoverage? engagement, IReadOnlyList<(string Kind, long Count)> quarantine, long fileTimeSources)
    {
        var caveats = new List<string>(samplingCaveats);
        if (span is { Posts: > 0 } && engagement is not null)
        {
            if (engagement.SingleSnapshotPosts > 0)
            {
                caveats.Add(Format("Engagement counts come from a single snapshot for {0} of posts with counts, so their growth cannot be measured.",
                    Percent(engagement.SingleSnapshotPosts, engagement.PostsWithSnapshots)));
            }
            if (engagement.PostsWithSnapshots < span.Posts)
            {
                caveats.Add(Format("{0} of posts have no engagement counts.", Percent(span.Posts - engagement.PostsWithSnapshots, span.Posts)));
            }
            if (span.WithoutCreatedAt > 0)
            {
                caveats.Add(Format("{0} of posts lack a creation time and are missing from the volume chart.", Percent(span.WithoutCreatedAt, span.Posts)));
            }
        }
        if (quarantine.Count > 0)
        {
            var kinds = string.Join(", ", quarantine.Select(q => $"{q.Kind}: {Count(q.Count)}"));
            caveats.Add(Format("{0} records quarantined ({1}).", Count(quarantine.Sum(q => q.Count)), kinds));
        }
        if (fileTimeSources > 0)
        {
            caveats.Add(Format("Collection time inferred from file time for {0} files.", Count(fileTimeSources)));
        }
        return caveats;
    }

    private string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Percent(long part, long whole) =>
        (whole == 0 ? 0 : 100.0 * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
