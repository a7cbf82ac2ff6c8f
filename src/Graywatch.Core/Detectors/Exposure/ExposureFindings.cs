using System.Globalization;
using Graywatch.Exposure;
using Graywatch.Findings;
using Graywatch.Sites;

namespace Graywatch.Detectors.Exposure;

/// <summary>Turns an <see cref="ExposureReport"/> into findings: site exposure, stationed accounts, unit movements and watch-list matches.</summary>
/// <remarks>
/// Severity follows <see cref="ExposureSeverity"/> (site exposure, stationed accounts, unit movements); a watch-list group
/// is Medium for units and equipment, Low for activity. Stateless.
/// </remarks>
public static class ExposureFindings
{
    public const string Module = "exposure";

    public static IReadOnlyList<ExposureFinding> Build(ExposureReport report, string language)
    {
        var words = new ExposureWords(language);
        var result = new List<ExposureFinding>();
        result.AddRange(report.Sites.Select(s => Site(s, words)));
        result.AddRange(report.Stationed.Select(s => Stationed(s, words)));
        result.AddRange(report.Movements.Select(m => Movement(m, words)));
        result.AddRange(report.Watch.Select(w => Watch(w, report.Registry, words)));
        return result;
    }

    private static ExposureFinding Site(SiteExposure s, ExposureWords words)
    {
        var methods = string.Join(", ", s.ByMethod.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value:N0}"));
        var onlyMentions = s.ByMethod.Keys.All(k => k == PlacementMethod.Mention);
        var (severity, why) = ExposureSeverity.Site(s.Confidence, s.Inside, s.ShowingSite, onlyMentions, s.Site.Name, words);
        var rows = s.Placements.Take(50).Select(p => (IReadOnlyList<string>)[p.PostId, p.AuthorId ?? "", p.CreatedAt is { } t ? Time(t) : "", p.Method,
            p.DistanceMeters is { } d ? d.ToString("0", CultureInfo.InvariantCulture) : "", p.Confidence.ToString("0.00", CultureInfo.InvariantCulture), p.Matched ?? ""]).ToList();
        var accounts = s.Accounts.Select(a => a.Account).ToList();
        var finding = new Finding
        {
            Id = FindingId.From(ExposureDetector.DetectorId, ExposureKinds.SiteExposure, s.Site.Name, s.Site.Origin),
            Module = Module,
            Detector = ExposureDetector.DetectorId,
            Title = words.Format("Site exposed: {0}", s.Site.Name),
            Summary = words.Format("{0} posts by {1} accounts placed in or near {2} ({3} inside its zone); {4} show the site itself (equipment or activity terms). Placed by: {5}.",
                s.Posts.ToString("N0", CultureInfo.InvariantCulture), s.Accounts.Count.ToString("N0", CultureInfo.InvariantCulture), s.Site.Name,
                s.Inside.ToString("N0", CultureInfo.InvariantCulture), s.ShowingSite.ToString("N0", CultureInfo.InvariantCulture), methods),
            Severity = severity,
            Why = why,
            Confidence = s.Confidence,
            Start = s.First,
            End = s.Last,
            Entities = [new EntityRef(EntityKinds.Site, s.Site.Name, s.Site.Category), .. accounts.Take(10).Select(a => new EntityRef(EntityKinds.Account, a))],
            Evidence = new Evidence
            {
                Metrics = new Dictionary<string, double>
                {
                    ["posts"] = s.Posts,
                    ["inside"] = s.Inside,
                    ["accounts"] = s.Accounts.Count,
                    ["showing_site"] = s.ShowingSite,
                    ["min_distance_m"] = s.MinDistanceMeters ?? double.NaN,
                },
                Series = s.PerDay.Count < 2 ? [] : [new Series(words.Get("Posts per day"), words.Get("posts"), [.. s.PerDay.Select(d => new SeriesPoint(d.Day, d.Posts))])],
                Rankings = [new Ranking(words.Get("Accounts"), words.Get("posts"), [.. s.Accounts.Take(10).Select(a => new RankedItem(a.Account, a.Posts, new EntityRef(EntityKinds.Account, a.Account)))])],
                Tables = [new EvidenceTable(words.Get("Placements"), [words.Get("Post"), words.Get("Account"), words.Get("Time"), words.Get("Method"), words.Get("Distance (m)"), words.Get("Confidence"), words.Get("Place")], rows)],
                Members = [.. s.Placements.Select(p => p.PostId)],
                Map = [SitePoint(s.Site), .. s.Placements.Where(p => p.Lat is not null).Take(100).Select(p => new MapPoint("post", p.AuthorId ?? p.PostId, Round(p.Lat!.Value), Round(p.Lon!.Value), null, p.PostId))],
            },
            Caveats = [words.Get("Positions can be wrong or spoofed; a place tag or a mention says less than coordinates.")],
            SuggestedResponse = words.Get("Tell your people: turn off location on posts and in the camera, do not film inside the site, its gates, equipment or drills, and check what the background shows before posting. Ask the platform to remove posts that show the site."),
        };
        return new ExposureFinding(ExposureKinds.SiteExposure, s.Site.Name, accounts, [.. s.Placements.Select(p => p.PostId)], finding);
    }

    private static ExposureFinding Stationed(StationedAccount s, ExposureWords words)
    {
        var homeText = s.Home is { } h ? words.Format("; a separate home place is also visible ({0} posts at night and weekends)", h.Posts.Count) : "";
        var posts = s.Work.Posts.OrderBy(p => p.CreatedAt).ToList();
        var (severity, why) = ExposureSeverity.Stationed(s.Confidence, s.Work.Posts.Count, s.Work.Days, s.DistanceMeters, s.Site.Name, words);
        var finding = new Finding
        {
            Id = FindingId.From(ExposureDetector.DetectorId, ExposureKinds.Stationed, s.AccountId, s.Site.Name),
            Module = Module,
            Detector = ExposureDetector.DetectorId,
            Title = words.Format("Likely stationed at {0}: {1}", s.Site.Name, s.AccountId),
            Summary = words.Format("{0} posts from a place {1} m from {2} in weekday working hours ({3} of its posts there, on {4} days){5}.",
                s.Work.Posts.Count, s.DistanceMeters.ToString("0", CultureInfo.InvariantCulture), s.Site.Name,
                (s.Work.WorkShare * 100).ToString("0", CultureInfo.InvariantCulture) + "%", s.Work.Days, homeText),
            Severity = severity,
            Why = why,
            Confidence = s.Confidence,
            Start = posts[0].CreatedAt,
            End = posts[^1].CreatedAt,
            Entities = [new EntityRef(EntityKinds.Account, s.AccountId), new EntityRef(EntityKinds.Site, s.Site.Name, s.Site.Category)],
            Evidence = new Evidence
            {
                Metrics = new Dictionary<string, double>
                {
                    ["located_posts"] = s.LocatedPosts,
                    ["work_posts"] = s.Work.Posts.Count,
                    ["work_share"] = s.Work.WorkShare,
                    ["work_days"] = s.Work.Days,
                    ["distance_m"] = s.DistanceMeters,
                    ["home_posts"] = s.Home?.Posts.Count ?? 0,
                },
                Tables = [new EvidenceTable(words.Get("Work-place posts"), [words.Get("Post"), words.Get("Time")], [.. posts.Take(50).Select(p => (IReadOnlyList<string>)[p.PostId, Time(p.CreatedAt)])])],
                Members = [.. posts.Select(p => p.PostId)],
                Map = [SitePoint(s.Site), new MapPoint("work", s.AccountId, Round(s.Work.Lat), Round(s.Work.Lon), null, s.AccountId)],
            },
            Caveats =
            [
                words.Get("Privacy: this infers where a person works and lives. Use it only to protect the people concerned, keep it confidential, and do not publish it."),
                words.Get("Working hours are read in local time from the post's longitude unless exposure.utc_offset is set."),
            ],
            SuggestedResponse = words.Get("Contact the account holder through the chain of command: explain what their posts reveal, ask them to remove location data and the site posts, and review their privacy settings."),
        };
        return new ExposureFinding(ExposureKinds.Stationed, s.Site.Name, [s.AccountId], [.. posts.Select(p => p.PostId)], finding);
    }

    private static ExposureFinding Movement(UnitMovement m, ExposureWords words)
    {
        var place = m.Nearest?.Site.Name ?? words.Get("a place with no listed site");
        var home = string.Join(", ", m.HomeSites.Select(s => s.Name));
        var (severity, why) = ExposureSeverity.Movement(m.Confidence, m.Accounts.Count, home, words);
        var finding = new Finding
        {
            Id = FindingId.From(ExposureDetector.DetectorId, ExposureKinds.UnitMovement, home, Round(m.Lat).ToString(CultureInfo.InvariantCulture), Round(m.Lon).ToString(CultureInfo.InvariantCulture), Time(m.Start)),
            Module = Module,
            Detector = ExposureDetector.DetectorId,
            Title = words.Format("Unit movement: {0} stationed accounts together near {1}", m.Accounts.Count, place),
            Summary = words.Format("{0} accounts stationed at {1} posted within {2} of each other at one place between {3} and {4}.",
                m.Accounts.Count, home, "600 m", Time(m.Start), Time(m.End)),
            Severity = severity,
            Why = why,
            Confidence = m.Confidence,
            Start = m.Start,
            End = m.End,
            Entities = [.. m.Accounts.Select(a => new EntityRef(EntityKinds.Account, a)), .. m.HomeSites.Select(s => new EntityRef(EntityKinds.Site, s.Name, s.Category))],
            Evidence = new Evidence
            {
                Metrics = new Dictionary<string, double> { ["accounts"] = m.Accounts.Count, ["posts"] = m.Posts.Count, ["lat"] = Round(m.Lat), ["lon"] = Round(m.Lon) },
                Tables = [new EvidenceTable(words.Get("Placements"), [words.Get("Post"), words.Get("Time")], [.. m.Posts.Select(p => (IReadOnlyList<string>)[p.PostId, Time(p.CreatedAt)])])],
                Members = [.. m.Posts.Select(p => p.PostId)],
                Map = [.. m.HomeSites.Select(SitePoint), new MapPoint("movement", place, Round(m.Lat), Round(m.Lon))],
            },
            Caveats = [words.Get("Privacy: this infers where a person works and lives. Use it only to protect the people concerned, keep it confidential, and do not publish it.")],
            SuggestedResponse = words.Get("Treat as a possible movement leak: confirm with the unit, ask the accounts to remove the posts, and remind the unit of operational security before moves."),
        };
        return new ExposureFinding(ExposureKinds.UnitMovement, m.Nearest?.Site.Name, m.Accounts, [.. m.Posts.Select(p => p.PostId)], finding);
    }

    private static ExposureFinding Watch(WatchGroup g, SiteRegistry registry, ExposureWords words)
    {
        var category = words.Get(g.Category.ToString().ToLowerInvariant());
        var sites = g.Sites.Select(i => registry.Sites[i]).ToList();
        var finding = new Finding
        {
            Id = FindingId.From(ExposureDetector.DetectorId, ExposureKinds.Watchlist, g.Category.ToString()),
            Module = Module,
            Detector = ExposureDetector.DetectorId,
            Title = words.Format("Watch list: {0} terms in {1} posts", category, g.Posts.ToString("N0", CultureInfo.InvariantCulture)),
            Summary = words.Format("{0} posts by {1} accounts mention watch-listed {2} terms; top: {3}.", g.Posts.ToString("N0", CultureInfo.InvariantCulture),
                g.Accounts.Count.ToString("N0", CultureInfo.InvariantCulture), category, string.Join(", ", g.Terms.Take(5).Select(t => t.Term))),
            Severity = g.Category == WatchCategory.Activity ? Severity.Low : Severity.Medium,
            Confidence = 0.5,
            Start = g.First,
            End = g.Last,
            Entities = [.. sites.Take(5).Select(s => new EntityRef(EntityKinds.Site, s.Name, s.Category)), .. g.Accounts.Take(5).Select(a => new EntityRef(EntityKinds.Account, a.Account))],
            Evidence = new Evidence
            {
                Metrics = new Dictionary<string, double> { ["posts"] = g.Posts, ["accounts"] = g.Accounts.Count, ["sites"] = sites.Count },
                Rankings =
                [
                    new Ranking(words.Get("Matched watch-list terms"), words.Get("posts"), [.. g.Terms.Take(10).Select(t => new RankedItem(t.Term, t.Posts))]),
                    new Ranking(words.Get("Accounts"), words.Get("posts"), [.. g.Accounts.Take(10).Select(a => new RankedItem(a.Account, a.Posts, new EntityRef(EntityKinds.Account, a.Account)))]),
                ],
                Members = g.PostIds,
            },
            Caveats = [words.Get("Watch-list matches are keywords, not judgements: read the matching posts before acting.")],
            SuggestedResponse = words.Get("Read the matching posts; brief the people who posted them on what not to show."),
        };
        return new ExposureFinding(ExposureKinds.Watchlist, sites.Count == 1 ? sites[0].Name : null, [.. g.Accounts.Select(a => a.Account)], g.PostIds, finding);
    }

    private static MapPoint SitePoint(Site s) => new("site", s.Name, Round(s.Latitude), Round(s.Longitude), s.RadiusMeters, s.Name);

    private static double Round(double v) => Math.Round(v, 5);

    private static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
