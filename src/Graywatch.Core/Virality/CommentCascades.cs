using Graywatch.Store;

namespace Graywatch.Virality;

/// <summary>Re-forecasts the posts with enough timed comments by <see cref="Seismic"/> on their comment cascade.</summary>
/// <remarks>
/// Events are the post (its author's followers) and its comments up to the last snapshot, each with its author's followers
/// when known and the mean of the known ones otherwise; n* is the mean follower count of the cascade's accounts, so
/// <c>p̂·n*</c> is the branching number. The predicted growth of comments multiplies the views. Comments are reactions,
/// not reshares: the audience a comment reaches is an assumption, stated in the finding's caveats.
/// </remarks>
internal sealed class CommentCascades(GraywatchStore store, ForecastOptions options)
{
    public void Apply(CancellationToken cancellationToken)
    {
        var rows = store.Query(
            $"""
            WITH f AS (SELECT platform, post_id, epoch_us(created_at) AS c0, epoch_us(last_at) AS t1 FROM {PostForecaster.Table}),
            a AS (SELECT platform, id, arg_max(followers, observed_at) AS followers FROM accounts GROUP BY platform, id),
            e AS (
                SELECT f.platform, f.post_id, (f.t1 - f.c0) / 1e6 AS observe, (epoch_us(c.created_at) - f.c0) / 1e6 AS t, a.followers
                FROM f JOIN comments c ON c.platform = f.platform AND c.post_id = f.post_id
                LEFT JOIN a ON a.platform = c.platform AND a.id = c.author_id
                WHERE c.created_at IS NOT NULL AND epoch_us(c.created_at) BETWEEN f.c0 AND f.t1
            ),
            n AS (SELECT platform, post_id FROM e GROUP BY platform, post_id HAVING count(*) >= ?)
            SELECT e.platform, e.post_id, e.observe, e.t, e.followers, pa.followers
            FROM e JOIN n USING (platform, post_id)
            JOIN posts p ON p.platform = e.platform AND p.id = e.post_id
            LEFT JOIN a pa ON pa.platform = p.platform AND pa.id = p.author_id
            ORDER BY e.platform, e.post_id, e.t
            """,
            r => (Platform: r.GetString(0), Post: r.GetString(1), Observe: r.GetDouble(2), T: r.GetDouble(3),
                Followers: r.IsDBNull(4) ? (double?)null : r.GetInt64(4), Author: r.IsDBNull(5) ? (double?)null : r.GetInt64(5)),
            options.SeismicMinEvents);
        foreach (var post in rows.GroupBy(r => (r.Platform, r.Post)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var first = post.First();
            var known = post.Select(r => r.Followers).Append(first.Author).OfType<double>().ToList();
            var mean = known.Count > 0 ? Math.Max(1, known.Average()) : 1;
            var events = new List<CascadeEvent> { new(0, first.Author ?? mean) };
            events.AddRange(post.Select(r => new CascadeEvent(Math.Max(r.T, 1e-3), r.Followers ?? mean)));
            var forecast = Seismic.Predict(events, first.Observe, new SeismicOptions { NStar = mean });
            if (forecast.Model != "seismic" || !double.IsFinite(forecast.PredictedSize))
            {
                continue;
            }
            var growth = forecast.PredictedSize / forecast.ObservedSize;
            var low = forecast.Low / forecast.ObservedSize;
            var high = double.IsFinite(forecast.High) ? forecast.High / forecast.ObservedSize : 1e6;
            store.Execute(
                $"""
                UPDATE {PostForecaster.Table} SET model = 'seismic', fit = 'comments',
                    predicted = CAST(round(views * ?) AS BIGINT), low = CAST(round(views * ?) AS BIGINT),
                    high = CAST(round(least(9e18, views * ?)) AS BIGINT)
                WHERE platform = ? AND post_id = ?
                """,
                growth, low, high, post.Key.Platform, post.Key.Post);
        }
    }
}
