using System.Globalization;
using System.Text.Json;

namespace Graywatch.Simulation;

/// <summary>Plants the five threats (coordination ring, harmful challenge, anger surge, viral outlier, site exposure) and keeps their truth.</summary>
internal static class ThreatPlanter
{
    /// <summary>An upper bound on the posts the planted threats add over a window of <paramref name="days"/> days.</summary>
    public static int EstimatePlantedPosts(int days) =>
        (12 * CoordinationRingThreat.Bursts(days)) + HarmfulChallengeThreat.Total(days) + AngerSurgeThreat.Total(days) + 1 + (5 * 3 * (days + 1));

    /// <summary>Plants the five threats over the factory's window of <paramref name="days"/> days, the stationed accounts at <paramref name="sites"/>.</summary>
    public static IReadOnlyList<PlantedThreat> PlantAll(Random random, PostFactory factory, int days, SiteCatalog sites) =>
    [
        CoordinationRingThreat.Plant(random, factory, days),
        HarmfulChallengeThreat.Plant(random, factory, days),
        AngerSurgeThreat.Plant(random, factory, days),
        ViralOutlierThreat.Plant(random, factory),
        SiteExposureThreat.Plant(random, factory, days, sites),
    ];

    /// <summary>A dedicated sound whose id cannot collide with the population's (its time is not a whole number of days before the start).</summary>
    public static SimSound Sound(PostFactory factory, uint counter, string title, string author) =>
        new(TikTokIds.Make(factory.StartUnix - (7 * 86_400) - 1234, counter, 0x5EED5EEDu), title, author, true);

    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }
        w.WriteEndArray();
    }

    public static void WritePostIds(Utf8JsonWriter w, string name, IEnumerable<SimPost> posts) => WriteStrings(w, name, posts.Select(p => Id(p.Id)));

    public static void WriteAccounts(Utf8JsonWriter w, string name, IEnumerable<SimAccount> accounts)
    {
        w.WriteStartArray(name);
        foreach (var a in accounts)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("uniqueId", a.UniqueId);
            w.WriteNumber("followers", a.Followers);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
