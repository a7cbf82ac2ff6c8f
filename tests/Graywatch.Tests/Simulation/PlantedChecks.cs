namespace Graywatch.Tests.Simulation;

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
