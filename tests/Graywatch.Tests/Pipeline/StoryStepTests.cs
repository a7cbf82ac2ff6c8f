using Graywatch.Findings;
using Graywatch.Pipeline;
using Graywatch.Store;
using Graywatch.Testing;
using Graywatch.Trends;

namespace Graywatch.Tests.Pipeline;

public sealed class StoryStepTests : IDisposable
{
    private readonly GraywatchStore _store = Some.Store();

    public void Dispose() => _store.Dispose();

    private static Finding Part(string id, Severity severity, params EntityRef[] entities) =>
        Some.Finding(id, severity, $"Finding {id}") with { Entities = entities, Confidence = 0.8 };

    private (IReadOnlyList<Finding> Findings, IReadOnlyList<Finding> Stories) Group(params Finding[] findings) =>
        StoryStep.Apply(_store, findings, GenericHashtags.ListOnly, "en", CancellationToken.None);

    [Fact]
    public void Given_a_site_finding_and_the_accounts_stationed_there_when_grouped_then_they_are_one_story_with_the_strongest_severity()
    {
        var site = new EntityRef(EntityKinds.Site, "Qingshan Air Base");
        var (findings, stories) = Group(
            Part("exposure-1", Severity.High, site, new EntityRef(EntityKinds.Account, "amy"), new EntityRef(EntityKinds.Account, "ken")),
            Part("exposure-2", Severity.Medium, new EntityRef(EntityKinds.Account, "amy"), site),
            Part("exposure-3", Severity.Low, new EntityRef(EntityKinds.Account, "ken"), site),
            Part("other-1", Severity.Medium, new EntityRef(EntityKinds.Hashtag, "cats")));

        Assert.Equal(2, stories.Count);
        var story = stories[0];
        Assert.Equal(Severity.High, story.Severity);
        Assert.Equal(["exposure-1", "exposure-2", "exposure-3"], story.Parts.Select(p => p.Id));
        Assert.Equal("Finding exposure-1", story.Title);
        Assert.StartsWith("story-", story.Id, StringComparison.Ordinal);
        Assert.All(findings.Where(f => f.Id.StartsWith("exposure", StringComparison.Ordinal)), f => Assert.Equal(story.Id, f.StoryId));
        Assert.NotEqual(story.Id, findings.Single(f => f.Id == "other-1").StoryId);
    }

    [Fact]
    public void Given_two_hashtags_that_travel_together_when_grouped_then_their_findings_are_one_story()
    {
        // The same campaign written in two scripts: every #水價上漲 post also carries #waterpricehike.
        var seed = new StoreSeeder(_store);
        for (var i = 0; i < 6; i++)
        {
            seed.Add(Some.Post($"p{i}", Some.Time.AddMinutes(i), $"u{i}", "waterpricehike", i < 3 ? "水價上漲" : "angry"));
        }
        seed.Add(Some.Post("q", Some.Time, "z", "cats"));

        var (_, stories) = Group(
            Part("anger-1", Severity.High, new EntityRef(EntityKinds.Hashtag, "水價上漲")),
            Part("anger-2", Severity.High, new EntityRef(EntityKinds.Hashtag, "waterpricehike")),
            Part("cats-1", Severity.Medium, new EntityRef(EntityKinds.Hashtag, "cats")));

        Assert.Equal(2, stories.Count);
        Assert.Equal(2, stories.Single(s => s.Parts.Count > 1).Parts.Count);
    }

    [Fact]
    public void Given_findings_that_share_only_a_discovery_hashtag_when_grouped_then_they_stay_apart()
    {
        var (_, stories) = Group(
            Part("a", Severity.High, new EntityRef(EntityKinds.Hashtag, "fyp"), new EntityRef(EntityKinds.Hashtag, "dance")),
            Part("b", Severity.High, new EntityRef(EntityKinds.Hashtag, "fyp"), new EntityRef(EntityKinds.Hashtag, "cooking")));

        Assert.Equal(2, stories.Count);
    }

    [Fact]
    public void Given_two_detectors_on_the_same_post_when_grouped_then_one_story_names_both_detectors_and_keeps_every_part_evidence()
    {
        var post = new EntityRef(EntityKinds.Post, "7506832682593094928");
        var viral = Part("virality-1", Severity.Medium, post) with { Evidence = new Evidence { Metrics = new Dictionary<string, double> { ["predicted"] = 9 } } };
        var overnight = Part("virality-2", Severity.High, post, new EntityRef(EntityKinds.Account, "tom")) with { Why = "Far over its followers." };

        var (_, stories) = Group(viral, overnight);

        var story = Assert.Single(stories);
        Assert.Equal("Far over its followers.", story.Why);
        Assert.Equal(9, story.Parts.Single(p => p.Id == "virality-1").Evidence.Metrics["predicted"]);
        Assert.Contains("Finding virality-1", story.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_findings_stay_stories_of_their_own_and_a_story_id_does_not_change_when_a_weaker_part_joins()
    {
        var tag = new EntityRef(EntityKinds.Hashtag, "drill");
        var (_, alone) = Group(Part("x-1", Severity.High, tag), Part("overview-1", Severity.Info, tag));
        var (_, joined) = Group(Part("x-1", Severity.High, tag), Part("x-2", Severity.Low, tag), Part("overview-1", Severity.Info, tag));

        Assert.Equal(2, alone.Count);
        Assert.Equal(alone[0].Id, joined[0].Id);
        Assert.Equal(2, joined[0].Parts.Count);
    }
}
