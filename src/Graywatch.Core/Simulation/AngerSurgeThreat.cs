namespace Graywatch.Simulation;

/// <summary>Threat c: a topic hashtag whose posts turn angry, with calls to gather, over the last two days of the window.</summary>
internal static class AngerSurgeThreat
{
    public static readonly string[] Hashtags = ["waterpricehike", "水價上漲", "水价上涨"];
    private const int CalmPerDay = 5;
    private static readonly int[] AngryPerDay = [15, 30];

    public static int Total(int days) => (CalmPerDay * days) + AngryPerDay.Sum();

    public static PlantedThreat Plant(Random random, PostFactory factory, int days)
    {
        var surgeStart = factory.StartUnix + ((days - AngryPerDay.Length) * 86_400L);
        var calm = new List<SimPost>();
        var angry = new List<SimPost>();
        for (var d = 0; d < days; d++)
        {
            var dayStart = factory.StartUnix + (d * 86_400L);
            var surgeDay = dayStart >= surgeStart ? (int)((dayStart - surgeStart) / 86_400) : -1;
            var calmCount = surgeDay < 0 ? CalmPerDay : 2;
            var angryCount = surgeDay < 0 ? 0 : AngryPerDay[surgeDay];
            for (var i = 0; i < calmCount + angryCount; i++)
            {
                var isAngry = i >= calmCount;
                var author = factory.Population.UniformAuthor(random);
                var created = factory.RandomTime(random, dayStart, dayStart + 86_400);
                var core = isAngry
                    ? ThreatPhrases.Pick(random, author.Language, ThreatPhrases.AngryEnglish, ThreatPhrases.AngryTraditional, ThreatPhrases.AngrySimplified)
                    : ThreatPhrases.Pick(random, author.Language, ThreatPhrases.CalmEnglish, ThreatPhrases.CalmTraditional, ThreatPhrases.CalmSimplified);
                if (isAngry && random.NextDouble() < 0.6)
                {
                    core += " " + ThreatPhrases.Pick(random, author.Language, ThreatPhrases.CallsEnglish, ThreatPhrases.CallsTraditional, ThreatPhrases.CallsSimplified);
                }
                string[] tags = author.Language switch
                {
                    CaptionLanguage.English => [Hashtags[0]],
                    CaptionLanguage.TraditionalChinese => [Hashtags[1], Hashtags[0]],
                    _ => [Hashtags[2], Hashtags[0]],
                };
                var post = factory.Compose(random, author, created, core, tags, factory.Population.SampleSound(random), null, factory.Engagement.Grow(random, author.Followers, created, isAngry ? 3.0 : 1.0));
                (isAngry ? angry : calm).Add(post);
            }
        }
        return new PlantedThreat(
            "anger-surge",
            $"#{Hashtags[0]} / #{Hashtags[1]} turns angry from {PostFactory.Unix(surgeStart)}, with calls to gather at City Hall at 3 pm.",
            [.. calm, .. angry],
            w =>
            {
                ThreatPlanter.WriteStrings(w, "hashtags", Hashtags);
                w.WriteString("surgeStart", PostFactory.Unix(surgeStart));
                ThreatPlanter.WriteStrings(w, "angerWords", ThreatPhrases.AngerWords);
                ThreatPlanter.WriteStrings(w, "callsToAction", [.. ThreatPhrases.CallsEnglish, .. ThreatPhrases.CallsTraditional, .. ThreatPhrases.CallsSimplified]);
                ThreatPlanter.WritePostIds(w, "calmPostIds", calm);
                ThreatPlanter.WritePostIds(w, "angryPostIds", angry);
            });
    }
}
