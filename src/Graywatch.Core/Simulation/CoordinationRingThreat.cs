namespace Graywatch.Simulation;

/// <summary>Threat a: 8–12 accounts push one campaign hashtag and one sound in bursts, every post of a burst within 30 s.</summary>
internal static class CoordinationRingThreat
{
    public const string Hashtag = "harmonybridge";
    public const int WindowSeconds = 30;
    private static readonly string[] Stems = ["truthseeker_", "peacefan_", "bridgebuilder_", "dailyharmony_", "onefamily_", "calmvoice_"];

    public static int Bursts(int days) => Math.Clamp(days, 3, 8);

    public static PlantedThreat Plant(Random random, PostFactory factory, int days)
    {
        var size = random.Next(8, 13);
        var members = new List<SimAccount>(size);
        for (var i = 0; i < size; i++)
        {
            members.Add(factory.Population.Reserve(random, i, factory.StartUnix, 1500, 0.6, Stems[i % Stems.Length]));
        }
        var sound = ThreatPlanter.Sound(factory, 1, "Harmony Bridge (original)", "harmony.voices");
        var bursts = new List<(long Start, List<SimPost> Posts)>();
        var count = Bursts(days);
        for (var b = 0; b < count; b++)
        {
            var dayStart = factory.StartUnix + (b * days * 86_400L / count);
            var start = factory.RandomTime(random, dayStart, Math.Min(dayStart + 86_400, factory.EndUnix - WindowSeconds));
            var posts = new List<SimPost>();
            var skipped = random.Next(size + 3);
            for (var m = 0; m < size; m++)
            {
                if (m == skipped)
                {
                    continue;
                }
                var author = members[m];
                var created = start + random.Next(0, WindowSeconds - 1);
                var core = ThreatPhrases.Pick(random, author.Language, ThreatPhrases.RingEnglish, ThreatPhrases.RingTraditional, ThreatPhrases.RingSimplified);
                string[] tags = random.NextDouble() < 0.5 ? [Hashtag] : [Hashtag, "fyp"];
                var engagement = factory.Engagement.Grow(random, author.Followers, created, 0.3);
                posts.Add(factory.Compose(random, author, created, core, tags, sound, null, engagement));
            }
            bursts.Add((start, posts));
        }
        return new PlantedThreat(
            "coordination-ring",
            $"{size} accounts post #{Hashtag} with the same sound in {count} bursts, each burst within {WindowSeconds} s.",
            [.. bursts.SelectMany(b => b.Posts)],
            w =>
            {
                w.WriteString("hashtag", Hashtag);
                w.WriteString("soundId", ThreatPlanter.Id(sound.Id));
                w.WriteString("soundTitle", sound.Title);
                w.WriteNumber("windowSeconds", WindowSeconds);
                ThreatPlanter.WriteAccounts(w, "accounts", members);
                w.WriteStartArray("bursts");
                foreach (var (start, posts) in bursts)
                {
                    w.WriteStartObject();
                    w.WriteString("start", PostFactory.Unix(posts.Min(p => p.CreateTime)));
                    w.WriteString("end", PostFactory.Unix(posts.Max(p => p.CreateTime)));
                    ThreatPlanter.WritePostIds(w, "postIds", posts);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
    }
}
