namespace Graywatch.Tests.Simulation;

/// <summary>What "found" means for each planted kind.</summary>
internal static class PlantedChecks
{
    public static void Ring(PlantedRun run)
    {
        InAStory(run, run.Findings.Where(f => f.GetProperty("detector").GetString() == "coordination"
            && f.GetProperty("severity").GetString() is "medium" or "high" or "critical"
            && PlantedRun.Entities(f, "hashtag").Contains(run.Threat("coordination-ring").GetProperty("hashtag").GetString()!)));
        var (recall, precision) = run.RingScore();
        Assert.True(recall >= 0.95, $"ring member recall {recall:0.00}");
        Assert.True(precision >= 0.9, $"ring member precision {precision:0.00}");
    }

    public static void Challenge(PlantedRun run) =>
        InAStory(run, run.Alerts("mobilization", PlantedRun.Strings(run.Threat("harmful-challenge").GetProperty("hashtags")))
            .Where(f => f.GetProperty("detector").GetString() == "challenges"));

    public static void Anger(PlantedRun run) =>
        InAStory(run, run.Alerts("incitement", PlantedRun.Strings(run.Threat("anger-surge").GetProperty("hashtags")))
            .Where(f => f.GetProperty("title").GetString()!.StartsWith("Anger rising", StringComparison.Ordinal)));

    public static void Viral(PlantedRun run) =>
        InAStory(run, run.AlertsOnPost("virality", run.Threat("viral-outlier").GetProperty("postId").GetString()!));

    /// <summary>At least one of the findings exists, and its story is Medium or stronger and keeps it as a part.</summary>
    private static void InAStory(PlantedRun run, IEnumerable<System.Text.Json.JsonElement> findings)
    {
        var found = findings.ToList();
        Assert.NotEmpty(found);
        Assert.Contains(found, f =>
        {
            var story = run.StoryOf(f);
            return story.GetProperty("severity").GetString() is "medium" or "high" or "critical"
                && story.GetProperty("parts").EnumerateArray().Any(p => p.GetProperty("id").GetString() == f.GetProperty("id").GetString());
        });
    }

    /// <summary>The real posts around the planted threats stay within the organic false-alarm budget.</summary>
    public static void RealBudget(PlantedRun run)
    {
        var real = run.RealStories();
        var high = real.Where(s => s.GetProperty("severity").GetString() is "high" or "critical").Select(s => s.GetProperty("title").GetString()).ToList();
        var medium = real.Where(s => s.GetProperty("severity").GetString() == "medium").Select(s => s.GetProperty("title").GetString()).ToList();
        Assert.True(high.Count <= 2, "High on real posts: " + string.Join("; ", high));
        Assert.True(medium.Count <= 5, "Medium on real posts: " + string.Join("; ", medium));
    }

    public static void Stationed(PlantedRun run)
    {
        var (recall, precision) = run.StationedScore();
        Assert.True(recall >= 0.9, $"stationed recall {recall:0.00}");
        Assert.True(precision >= 0.9, $"stationed precision {precision:0.00}");
    }
}
