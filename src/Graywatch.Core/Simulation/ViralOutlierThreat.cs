namespace Graywatch.Simulation;

/// <summary>Threat d: a post by an account with a few hundred followers that reaches about 1,000 times the views of its peers (more where real views vary more, see <see cref="EngagementModel.ViralMultiplier"/>).</summary>
internal static class ViralOutlierThreat
{
    public const int AccountIndex = 17;
    public static PlantedThreat Plant(Random random, PostFactory factory)
    {
        var author = factory.Population.Reserve(random, AccountIndex, factory.StartUnix, 500, 0.3);
        var created = factory.EndUnix - (36 * 3600) + random.Next(0, 3600);
        var peerMedian = factory.Engagement.PeerMedianViews(author.Followers);
        var multiplier = factory.Engagement.ViralMultiplier;
        var engagement = factory.Engagement.GrowTo(random, created, Math.Min(multiplier * peerMedian, factory.Engagement.MaxViews), 0.97, 40);
        var core = Phrases.Pick(random, Phrases.EnglishCaptions);
        var post = factory.Compose(random, author, created, core, ["fyp", "funny"], factory.Population.SampleSound(random), null, engagement);
        return new PlantedThreat(
            "viral-outlier",
            $"@{author.UniqueId} ({author.Followers} followers) posts a video that reaches about {multiplier:N0}× the views of its peers.",
            [post],
            w =>
            {
                w.WriteString("postId", ThreatPlanter.Id(post.Id));
                w.WriteString("accountId", author.Id);
                w.WriteString("uniqueId", author.UniqueId);
                w.WriteNumber("followers", author.Followers);
                w.WriteString("createdAt", PostFactory.Unix(created));
                w.WriteNumber("expectedPeerViews", Math.Round(peerMedian));
                w.WriteNumber("multiplier", multiplier);
                w.WriteStartArray("viewsByRound");
                foreach (var v in engagement.Views)
                {
                    w.WriteNumberValue(v);
                }
                w.WriteEndArray();
            });
    }
}
