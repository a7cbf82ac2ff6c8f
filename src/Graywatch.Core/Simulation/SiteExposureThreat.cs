namespace Graywatch.Simulation;

/// <summary>Threat e: 3–5 accounts post from a sensitive site on weekdays in working hours and from home at night and on weekends.</summary>
/// <remarks>Working hours are 08:00–17:59 local time (UTC+8), Monday to Friday.</remarks>
internal static class SiteExposureThreat
{
    public const int FirstAccountIndex = 12;
    public const int WorkStartHour = 8;
    public const int WorkEndHour = 18;
    private static readonly string[] SitePoiNames = ["青山空軍基地", "Qingshan Air Base", "青山基地 北門"];
    private static readonly string[] HomeNames = ["日昇社區", "Maple Court", "松園新村", "River Garden Residence", "和平大樓"];

    public static PlantedThreat Plant(Random random, PostFactory factory, int days, SiteCatalog sites)
    {
        var site = sites.Sensitive;
        var count = random.Next(3, 6);
        var people = new List<(SimAccount Account, double Lat, double Lon, List<SimPost> AtSite, List<SimPost> AtHome)>();
        var localOffset = (long)factory.LocalOffset.TotalSeconds;
        var firstMidnight = factory.StartUnix - (((factory.StartUnix + localOffset) % 86_400 + 86_400) % 86_400);
        for (var i = 0; i < count; i++)
        {
            var lang = random.NextDouble() < 0.7 ? CaptionLanguage.TraditionalChinese : CaptionLanguage.English;
            var account = factory.Population.Reserve(random, FirstAccountIndex + i, factory.StartUnix, 400, 0.8, language: lang);
            var home = HomeLocation(random, sites);
            var homeName = HomeNames[i % HomeNames.Length];
            var person = (account, home.Lat, home.Lon, new List<SimPost>(), new List<SimPost>());
            for (var d = 0; d <= days; d++)
            {
                var midnight = firstMidnight + (d * 86_400L);
                var weekday = factory.LocalDay(midnight + 43_200) is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
                var slots = weekday
                    ? new[] { (WorkStartHour, WorkEndHour, true), (WorkStartHour, WorkEndHour, true), (20, 24, false) }
                    : [(10, 24, false), (10, 24, false)];
                foreach (var (from, to, atSite) in slots)
                {
                    var created = midnight + (from * 3600L) + random.NextInt64((to - from) * 3600L);
                    if (created < factory.StartUnix || created >= factory.EndUnix)
                    {
                        continue;
                    }
                    var place = atSite
                        ? Place(random, Phrases.Pick(random, SitePoiNames), "青山路 1 號", site.Latitude, site.Longitude, 0, site.RadiusMeters * 0.5)
                        : Place(random, homeName, $"和平街 {30 + i} 號", home.Lat, home.Lon, 0, 120);
                    var core = atSite
                        ? ThreatPhrases.Pick(random, lang, ThreatPhrases.WorkEnglish, ThreatPhrases.WorkTraditional, ThreatPhrases.WorkTraditional)
                        : ThreatPhrases.Pick(random, lang, ThreatPhrases.HomeEnglish, ThreatPhrases.HomeTraditional, ThreatPhrases.HomeTraditional);
                    string[] tags = [lang == CaptionLanguage.English ? "life" : "日常"];
                    var post = factory.Compose(random, account, created, core, tags, factory.Population.SampleSound(random), place, factory.Engagement.Grow(random, account.Followers, created));
                    (atSite ? person.Item4 : person.Item5).Add(post);
                }
            }
            people.Add(person);
        }
        return new PlantedThreat(
            "site-exposure",
            $"{count} accounts post from {site.Name} ({site.ChineseName}) on weekdays in working hours and from home at night and on weekends.",
            [.. people.SelectMany(p => p.AtSite.Concat(p.AtHome))],
            w =>
            {
                w.WriteStartObject("site");
                w.WriteString("name", site.Name);
                w.WriteString("chineseName", site.ChineseName);
                w.WriteNumber("lat", site.Latitude);
                w.WriteNumber("lon", site.Longitude);
                w.WriteNumber("radiusM", site.RadiusMeters);
                w.WriteEndObject();
                w.WriteString("timeZone", factory.TimeZone);
                w.WriteString("workingHours", $"Mon-Fri {WorkStartHour:00}:00-{WorkEndHour - 1:00}:59 local");
                w.WriteStartArray("accounts");
                foreach (var (account, lat, lon, atSite, atHome) in people)
                {
                    w.WriteStartObject();
                    w.WriteString("id", account.Id);
                    w.WriteString("uniqueId", account.UniqueId);
                    w.WriteStartObject("home");
                    w.WriteNumber("lat", lat);
                    w.WriteNumber("lon", lon);
                    w.WriteEndObject();
                    ThreatPlanter.WritePostIds(w, "sitePostIds", atSite);
                    ThreatPlanter.WritePostIds(w, "homePostIds", atHome);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
    }

    private static (double Lat, double Lon) HomeLocation(Random random, SiteCatalog sites)
    {
        var site = sites.Sensitive;
        while (true)
        {
            var home = Geo.Jitter(random, site.Latitude, site.Longitude, 4000, 12_000);
            if (sites.Decoys.All(d => Geo.DistanceMeters(home.Lat, home.Lon, d.Latitude, d.Longitude) > 1500))
            {
                return home;
            }
        }
    }

    private static SimPlace Place(Random random, string name, string address, double lat, double lon, double minMeters, double maxMeters)
    {
        var (pLat, pLon) = Geo.Jitter(random, lat, lon, minMeters, maxMeters);
        return new SimPlace(TikTokIds.ForName(name), name, address, "Qingshan 青山鄉", pLat, pLon, true);
    }
}
