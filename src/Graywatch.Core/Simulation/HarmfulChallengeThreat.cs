using System.Globalization;

namespace Graywatch.Simulation;

/// <summary>Threat b: a dangerous challenge whose daily post count grows then decays, posted by many distinct authors.</summary>
internal static class HarmfulChallengeThreat
{
    public static readonly string[] Hashtags = ["blackoutchallenge", "窒息挑戰", "窒息挑战"];

    public static int Total(int days) => 15 * days;

    public static PlantedThreat Plant(Random random, PostFactory factory, int days)
    {
        var counts = DailyCounts(days);
        var sound = ThreatPlanter.Sound(factory, 2, "blackout challenge sound", "challenge.sounds");
        var used = new HashSet<SimAccount>();
        var posts = new List<SimPost>();
        for (var d = 0; d < days; d++)
        {
            var dayStart = factory.StartUnix + (d * 86_400L);
            for (var i = 0; i < counts[d]; i++)
            {
                var author = factory.Population.UniformAuthor(random);
                for (var tries = 0; tries < 20 && used.Contains(author); tries++)
                {
                    author = factory.Population.UniformAuthor(random);
                }
                used.Add(author);
                var created = factory.RandomTime(random, dayStart, dayStart + 86_400);
                var core = string.Format(CultureInfo.InvariantCulture, ThreatPhrases.Pick(random, author.Language, ThreatPhrases.ChallengeEnglish, ThreatPhrases.ChallengeTraditional, ThreatPhrases.ChallengeSimplified), d + 1);
                var tags = author.Language switch
                {
                    CaptionLanguage.English => random.NextDouble() < 0.5 ? new[] { Hashtags[0] } : [Hashtags[0], "fyp"],
                    CaptionLanguage.TraditionalChinese => random.NextDouble() < 0.5 ? [Hashtags[1]] : [Hashtags[1], Hashtags[0]],
                    _ => random.NextDouble() < 0.5 ? [Hashtags[2]] : [Hashtags[2], Hashtags[0]],
                };
                var postSound = random.NextDouble() < 0.7 ? sound : factory.Population.SampleSound(random);
                posts.Add(factory.Compose(random, author, created, core, tags, postSound, null, factory.Engagement.Grow(random, author.Followers, created, 1.5)));
            }
        }
        return new PlantedThreat(
            "harmful-challenge",
            $"#{Hashtags[0]} / #{Hashtags[1]} spreads over {days} days (daily posts grow then decay) among {used.Count} distinct authors; captions name dangerous acts.",
            posts,
            w =>
            {
                ThreatPlanter.WriteStrings(w, "hashtags", Hashtags);
                w.WriteString("soundId", ThreatPlanter.Id(sound.Id));
                w.WriteNumber("distinctAuthors", used.Count);
                w.WriteStartArray("dailyCounts");
                for (var d = 0; d < days; d++)
                {
                    w.WriteStartObject();
                    w.WriteString("day", PostFactory.Unix(factory.StartUnix + (d * 86_400L)));
                    w.WriteNumber("posts", counts[d]);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                ThreatPlanter.WriteStrings(w, "dangerWords", ThreatPhrases.DangerWords);
                ThreatPlanter.WriteStrings(w, "authorIds", used.Select(a => a.Id));
                ThreatPlanter.WritePostIds(w, "postIds", posts);
            });
    }

    /// <summary>A bell of daily counts peaking a little after the middle of the window; at least one post a day.</summary>
    private static int[] DailyCounts(int days)
    {
        var peak = 0.55 * (days - 1);
        var width = 0.22 * days;
        var weights = Enumerable.Range(0, days).Select(d => Math.Exp(-Math.Pow(d - peak, 2) / (2 * width * width))).ToArray();
        var sum = weights.Sum();
        return [.. weights.Select(x => Math.Max(1, (int)Math.Round(Total(days) * x / sum * 0.95)))];
    }
}
