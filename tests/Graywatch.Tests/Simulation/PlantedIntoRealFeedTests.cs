namespace Graywatch.Tests.Simulation;

/// <summary>The same checks on threats planted into the real Vietnamese feed scrape; skipped where shared/data is absent.</summary>
public sealed class PlantedIntoRealFeedTests(PlantedRealFeedFixture real) : IClassFixture<PlantedRealFeedFixture>
{
    private PlantedRun Run
    {
        get
        {
            Skip.If(real.Run is null, "shared/data/tiktok-vn-feed is not on this machine");
            return real.Run!;
        }
    }

    [SkippableFact]
    public void The_ring_is_found_with_member_recall_at_least_095_and_precision_at_least_09() => PlantedChecks.Ring(Run);

    [SkippableFact]
    public void The_harmful_challenge_is_raised() => PlantedChecks.Challenge(Run);

    [SkippableFact]
    public void The_anger_surge_is_raised() => PlantedChecks.Anger(Run);

    [SkippableFact]
    public void The_viral_outlier_is_raised() => PlantedChecks.Viral(Run);

    [SkippableFact]
    public void Stationed_accounts_are_found_with_recall_and_precision_at_least_09() => PlantedChecks.Stationed(Run);

    [SkippableFact]
    public void The_real_posts_raise_at_most_two_high_and_five_medium_stories() => PlantedChecks.RealBudget(Run);
}
