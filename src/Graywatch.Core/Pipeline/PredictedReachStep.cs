using Graywatch.Detectors;
using Graywatch.Findings;
using Graywatch.Store;
using Graywatch.Trends;
using Graywatch.Virality;

namespace Graywatch.Pipeline;

/// <summary>After the detectors: gives every finding without a predicted reach the forecast reach of the posts and hashtags it names.</summary>
/// <remarks>
/// A finding's predicted reach is the sum of the forecast final views (<see cref="PostForecaster"/>) of the posts among its
/// entities and of the posts carrying its hashtag entities (by its account entities when that covers what it observed), each post counted once. Findings that already carry a
/// prediction, name no forecast post, or whose forecast posts sum to less than their observed reach are left as they are. Reuses the forecasts of the virality detector when it ran
/// on the same connection. Off with <c>virality.fill_reach = false</c>.
/// </remarks>
internal static class PredictedReachStep
{
    private static long? Sum(GraywatchStore store, List<string> posts, List<string> tags, List<string> accounts)
    {
        var reach = store.Scalar(
            $"""
            SELECT sum(predicted)::BIGINT FROM {PostForecaster.Table} f
            WHERE list_contains(?, f.post_id)
               OR (len(?) > 0 AND EXISTS (
                    SELECT 1 FROM posts p WHERE p.platform = f.platform AND p.id = f.post_id
                    AND (len(?) = 0 OR list_contains(?, p.author_id))
                    AND len(list_intersect(list_transform(p.hashtags, h -> lower(ltrim(h, '#'))), ?)) > 0))
            """,
            posts, tags, accounts, accounts, tags);
        return reach is null or DBNull ? null : Convert.ToInt64(reach, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static IReadOnlyList<Finding> Apply(GraywatchStore store, IReadOnlyList<Finding> findings, DetectorSettings settings, GenericHashtags generic, CancellationToken cancellationToken)
    {
        var open = findings.Where(f => f.PredictedReach is null && f.Entities.Any(e => e.Kind is EntityKinds.Post or EntityKinds.Hashtag)).ToList();
        if (open.Count == 0 || settings.Get("virality.fill_reach", "true").Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return findings;
        }
        var options = ForecastOptions.From(settings);
        var exists = Convert.ToInt64(store.Scalar($"SELECT count(*) FROM duckdb_tables() WHERE table_name = '{PostForecaster.Table}' AND temporary") ?? 0L) > 0;
        if (!exists)
        {
            new PostForecaster(store, options).Run(cancellationToken);
        }
        // Discovery tags (#fyp, #foryou…) ride on almost every post: counting their posts would credit a finding with the feed's whole audience.
        var filled = new Dictionary<Finding, long>();
        foreach (var f in open)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var posts = f.Entities.Where(e => e.Kind == EntityKinds.Post).Select(e => e.Id).Distinct().ToList();
            var tags = f.Entities.Where(e => e.Kind == EntityKinds.Hashtag).Select(e => e.Id.TrimStart('#').ToLowerInvariant())
                .Where(t => !generic.Contains(t)).Distinct().ToList();
            var accounts = f.Entities.Where(e => e.Kind == EntityKinds.Account).Select(e => e.Id.TrimStart('@')).Distinct().ToList();
            // Narrowest first: the hashtag posts of the accounts the finding names (a network's own posts), then all
            // posts with its hashtags. A sum below what the finding already counts means the entities do not cover
            // its audience (an overview's top hashtags, say), so the next, wider reading is tried.
            long? reach = null;
            foreach (var by in accounts.Count > 0 ? new[] { accounts, [] } : [accounts])
            {
                var sum = Sum(store, posts, tags, by);
                if (sum is { } r && r >= (f.ObservedReach ?? 0))
                {
                    reach = r;
                    break;
                }
            }
            if (reach is { } found)
            {
                filled[f] = found;
            }
        }
        return [.. findings.Select(f => filled.TryGetValue(f, out var r) ? f with { PredictedReach = r } : f)];
    }
}
