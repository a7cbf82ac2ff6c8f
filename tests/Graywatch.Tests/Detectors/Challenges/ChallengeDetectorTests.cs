using Graywatch.Detectors;
using Graywatch.Detectors.Challenges;
using Graywatch.Findings;
using Graywatch.Ingest;
using Graywatch.Store;
using Graywatch.Testing;
using Graywatch.Tests.Simulation;

namespace Graywatch.Tests.Detectors.Challenges;

public sealed class ChallengeDetectorTests : IClassFixture<SimulatedSample>
{
    private readonly SimulatedSample _sample;

    public ChallengeDetectorTests(SimulatedSample sample) => _sample = sample;

    private static async Task<IReadOnlyList<Finding>> Detect(GraywatchStore store, DetectorSettings? settings = null) =>
        await new ChallengeDetector().DetectAsync(new DetectorContext(store, Some.Clock(), settings ?? DetectorSettings.Empty), CancellationToken.None);

    [Fact]
    public async Task The_planted_harmful_challenge_is_flagged_with_its_posts_as_evidence()
    {
        using var store = Some.Store();
        await new Ingestor(store, new IngestOptions(), Some.Clock()).IngestAsync([_sample.Directory], null, CancellationToken.None);
        var truth = _sample.Threat("harmful-challenge");
        var planted = truth.GetProperty("postIds").EnumerateArray().Select(e => e.GetString()!).ToHashSet();

        var findings = await Detect(store);

        var harmful = Assert.Single(findings, f => f.Severity >= Severity.High);
        Assert.Contains(harmful.Entities, e => e.Kind == EntityKinds.Hashtag && e.Id == "blackoutchallenge");
        Assert.Contains(harmful.Entities, e => e.Kind == EntityKinds.Hashtag && e.Id == "窒息挑戰");
        var flagged = harmful.Evidence.Members.ToHashSet();
        var recall = (double)flagged.Count(planted.Contains) / planted.Count;
        var precision = (double)flagged.Count(planted.Contains) / flagged.Count;
        Assert.True(recall >= 0.95, $"recall {recall}");
        Assert.True(precision >= 0.9, $"precision {precision}");
        Assert.NotNull(harmful.SuggestedResponse);
        Assert.NotEmpty(harmful.Caveats);
        Assert.Single(harmful.Evidence.Series);
    }

    [Fact]
    public async Task An_empty_watch_list_turns_the_harmful_challenge_into_an_ordinary_one()
    {
        using var store = Some.Store();
        await new Ingestor(store, new IngestOptions(), Some.Clock()).IngestAsync([_sample.Directory], null, CancellationToken.None);

        var findings = await Detect(store, new DetectorSettings(new Dictionary<string, string> { ["harmful.terms"] = "" }));

        Assert.DoesNotContain(findings, f => f.Severity >= Severity.High);
    }

    [Fact]
    public async Task A_hashtag_naming_a_challenge_in_Chinese_is_a_challenge_with_its_lifecycle()
    {
        using var store = Some.Store();
        var seed = new StoreSeeder(store);
        var day = Some.Time.AddDays(-5);
        var n = 0;
        foreach (var (d, count) in new[] { (0, 1), (1, 2), (2, 4), (3, 8), (4, 3) })
        {
            for (var i = 0; i < count; i++)
            {
                seed.Add(Some.Post($"p{n}", day.AddDays(d).AddHours(i), $"user{n}", "舞蹈挑戰"));
                n++;
            }
        }
        seed.Add(Some.Post("other", day, "zed", "food"));

        var challenge = Assert.Single(new Graywatch.Trends.ChallengeFinder(
            new Graywatch.Trends.TrendAnalyzer(store, new Graywatch.Trends.TrendOptions())).Find(Graywatch.Trends.TrendScope.All));

        Assert.Equal(["舞蹈挑戰"], challenge.Hashtags);
        Assert.Equal(18, challenge.Posts);
        Assert.Equal(18, challenge.Authors);
        Assert.Equal(8, challenge.PeakPosts);
        Assert.Equal(day.AddDays(3).Date, challenge.PeakTime.UtcDateTime.Date);
        Assert.True(challenge.Growth > 0);
        Assert.Equal(Graywatch.Trends.ChallengePhase.Emerging, challenge.Phase);
    }
}
