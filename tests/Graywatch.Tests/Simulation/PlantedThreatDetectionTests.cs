namespace Graywatch.Tests.Simulation;

/// <summary>Each threat planted into a feed-shaped export is found by its detector, as <c>analyze</c> reports it.</summary>
public sealed class PlantedThreatDetectionTests(PlantedFeedFixture feed) : IClassFixture<PlantedFeedFixture>
{
    [Fact]
    public void The_ring_is_found_with_member_recall_at_least_095_and_precision_at_least_09() => PlantedChecks.Ring(feed.Run);

    [Fact]
    public void The_harmful_challenge_is_raised() => PlantedChecks.Challenge(feed.Run);

    [Fact]
    public void The_anger_surge_is_raised() => PlantedChecks.Anger(feed.Run);

    [Fact]
    public void The_viral_outlier_is_raised() => PlantedChecks.Viral(feed.Run);

    [Fact]
    public void Stationed_accounts_are_found_with_recall_and_precision_at_least_09() => PlantedChecks.Stationed(feed.Run);
}
