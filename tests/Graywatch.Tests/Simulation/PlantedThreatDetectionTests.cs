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
}

/// <summary>What "found" means for each planted kind.</summary>
internal static class PlantedChecks
{
    public static void Ring(PlantedRun run)
    {
        var (recall, precision) = run.RingScore();
        Assert.True(recall >= 0.95, $"ring member recall {recall:0.00}");
        Assert.True(precision >= 0.9, $"ring member precision {precision:0.00}");
    }

    public static void Challenge(PlantedRun run) =>
        Assert.Contains(run.Alerts("mobilization", PlantedRun.Strings(run.Threat("harmful-challenge").GetProperty("hashtags"))),
            f => f.GetProperty("detector").GetString() == "challenges");

    public static void Anger(PlantedRun run) =>
        Assert.Contains(run.Alerts("incitement", PlantedRun.Strings(run.Threat("anger-surge").GetProperty("hashtags"))),
            f => f.GetProperty("title").GetString()!.StartsWith("Anger rising", StringComparison.Ordinal));

    public static void Viral(PlantedRun run) =>
        Assert.NotEmpty(run.AlertsOnPost("virality", run.Threat("viral-outlier").GetProperty("postId").GetString()!));

    public static void Stationed(PlantedRun run)
    {
        var (recall, precision) = run.StationedScore();
        Assert.True(recall >= 0.9, $"stationed recall {recall:0.00}");
        Assert.True(precision >= 0.9, $"stationed precision {precision:0.00}");
    }
}
