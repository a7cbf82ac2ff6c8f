using Graywatch.Sites;

namespace Graywatch.Exposure;

/// <summary>Reads where an account works and lives from its located posts, and whether its work place is a sensitive site.</summary>
/// <remarks>
/// The account's most recent <see cref="ExposureOptions.MaxPoints"/> located posts are clustered with <see cref="Dbscan"/>
/// (<see cref="ExposureOptions.EpsMeters"/>, <see cref="ExposureOptions.MinPoints"/>). A cluster is a work place when at least
/// <see cref="ExposureOptions.RoleShare"/> of its posts fall in weekday working hours, a home when as many fall at night or at
/// weekends (local time, see <see cref="ExposureOptions.Local"/>). A work place whose centre lies in a site's zone or vicinity
/// makes the account "likely stationed" there. Confidence starts at 0.5 and grows with the work share, the number of working
/// days seen, a separate home place, and the centre lying inside the site (not only near it); at most 0.95. Stateless.
/// </remarks>
public sealed class PatternOfLife(SiteIndex sites, ExposureOptions options)
{
    /// <summary>The account's places, each with its role.</summary>
    public IReadOnlyList<PlaceCluster> Places(IReadOnlyList<LocatedPost> posts)
    {
        var recent = posts.Count > options.MaxPoints ? [.. posts.OrderByDescending(p => p.CreatedAt).Take(options.MaxPoints)] : posts;
        var (labels, count) = Dbscan.Run([.. recent.Select(p => (p.Lat, p.Lon))], options.EpsMeters, options.MinPoints);
        var clusters = new List<PlaceCluster>(count);
        for (var c = 0; c < count; c++)
        {
            var members = new List<LocatedPost>();
            for (var i = 0; i < labels.Length; i++)
            {
                if (labels[i] == c)
                {
                    members.Add(recent[i]);
                }
            }
            clusters.Add(Describe(members));
        }
        clusters.Sort((a, b) => b.Posts.Count.CompareTo(a.Posts.Count));
        return clusters;
    }

    /// <summary>"Likely stationed at SITE", or null when the account has too few located posts or no work place at a site.</summary>
    public StationedAccount? Stationed(string accountId, IReadOnlyList<LocatedPost> posts)
    {
        if (posts.Count < options.MinLocatedPosts)
        {
            return null;
        }
        var places = Places(posts);
        StationedAccount? best = null;
        foreach (var work in places.Where(p => p.Role == PlaceRole.Work))
        {
            if (sites.Nearest(work.Lat, work.Lon) is not { } hit)
            {
                continue;
            }
            var home = places.FirstOrDefault(p => p.Role == PlaceRole.Home && !ReferenceEquals(p, work));
            var confidence = 0.5 + (0.2 * Math.Clamp((work.WorkShare - options.RoleShare) / (1 - options.RoleShare + 1e-9), 0, 1))
                + (0.1 * Math.Min(1, work.Days / 5.0)) + (home is null ? 0 : 0.1) + (hit.Inside ? 0.05 : -0.15);
            confidence = Math.Round(Math.Clamp(confidence, 0.05, 0.95), 2);
            if (best is null || confidence > best.Confidence)
            {
                var kept = new HashSet<string>(work.Posts.Select(p => p.PostId).Concat(home?.Posts.Select(p => p.PostId) ?? []), StringComparer.Ordinal);
                best = new StationedAccount(accountId, hit.Site, confidence, Math.Round(hit.DistanceMeters, 1), work, home, posts.Count,
                    [.. posts.Where(p => !kept.Contains(p.PostId))]);
            }
        }
        return best;
    }

    /// <summary>Groups of at least <see cref="ExposureOptions.MovementMinAccounts"/> stationed accounts seen together away from their sites within <see cref="ExposureOptions.MovementWindow"/>.</summary>
    public IReadOnlyList<UnitMovement> Movements(IReadOnlyList<StationedAccount> stationed)
    {
        var away = stationed.SelectMany(s => s.Away
            .Where(p => Haversine.Meters(p.Lat, p.Lon, s.Site.Latitude, s.Site.Longitude) > s.Site.RadiusMeters + sites.VicinityMeters)
            .Select(p => (Account: s, Post: p))).ToList();
        if (away.Count < options.MovementMinAccounts)
        {
            return [];
        }
        var (labels, count) = Dbscan.Run([.. away.Select(a => (a.Post.Lat, a.Post.Lon))], options.EpsMeters * 2, options.MovementMinAccounts);
        var result = new List<UnitMovement>();
        for (var c = 0; c < count; c++)
        {
            var members = away.Where((_, i) => labels[i] == c).OrderBy(a => a.Post.CreatedAt).ToList();
            var bestFrom = 0;
            var bestTo = -1;
            var bestAccounts = 0;
            for (int from = 0, to = 0; from < members.Count; from++)
            {
                while (to < members.Count && members[to].Post.CreatedAt - members[from].Post.CreatedAt <= options.MovementWindow)
                {
                    to++;
                }
                var accounts = members.Skip(from).Take(to - from).Select(m => m.Account.AccountId).Distinct(StringComparer.Ordinal).Count();
                if (accounts > bestAccounts)
                {
                    (bestFrom, bestTo, bestAccounts) = (from, to - 1, accounts);
                }
            }
            if (bestAccounts < options.MovementMinAccounts)
            {
                continue;
            }
            var window = members.Skip(bestFrom).Take(bestTo - bestFrom + 1).ToList();
            var lat = window.Average(w => w.Post.Lat);
            var lon = window.Average(w => w.Post.Lon);
            var confidence = Math.Round(Math.Min(0.9, (0.4 + (0.1 * bestAccounts)) * window.Average(w => w.Account.Confidence) / 0.95), 2);
            result.Add(new UnitMovement(lat, lon, window[0].Post.CreatedAt, window[^1].Post.CreatedAt,
                [.. window.Select(w => w.Account.AccountId).Distinct(StringComparer.Ordinal)], [.. window.Select(w => w.Post)],
                [.. window.Select(w => w.Account.Site).DistinctBy(s => s.Index)], sites.Nearest(lat, lon), confidence));
        }
        return result;
    }

    private PlaceCluster Describe(List<LocatedPost> members)
    {
        var work = 0;
        var home = 0;
        var days = new HashSet<DateOnly>();
        foreach (var p in members)
        {
            var local = options.Local(p.CreatedAt, p.Lon);
            days.Add(DateOnly.FromDateTime(local.DateTime));
            var weekend = local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var hour = local.Hour;
            if (!weekend && hour >= options.WorkStart && hour < options.WorkEnd)
            {
                work++;
            }
            else if (weekend || hour >= options.NightStart || hour < options.NightEnd)
            {
                home++;
            }
        }
        var n = (double)members.Count;
        var role = work / n >= options.RoleShare ? PlaceRole.Work : home / n >= options.RoleShare ? PlaceRole.Home : PlaceRole.Other;
        return new PlaceCluster(members.Average(m => m.Lat), members.Average(m => m.Lon), members, Math.Round(work / n, 3), Math.Round(home / n, 3), days.Count, role);
    }
}
