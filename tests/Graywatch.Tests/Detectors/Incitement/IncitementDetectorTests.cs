using Graywatch.Detectors;
using Graywatch.Detectors.Incitement;
using Graywatch.Findings;
using Graywatch.Ingest;
using Graywatch.Store;
using Graywatch.Testing;
using Graywatch.Tests.Simulation;

namespace Graywatch.Tests.Detectors.Incitement;

public sealed class IncitementDetectorTests : IClassFixture<SimulatedSample>
{
    private readonly SimulatedSample _sample;

    public IncitementDetectorTests(SimulatedSample sample) => _sample = sample;

    private static async Task<IReadOnlyList<Finding>> Detect(GraywatchStore store) =>
        await new IncitementDetector().DetectAsync(new DetectorContext(store, Some.Clock(), DetectorSettings.Empty), CancellationToken.None);

    [Fact]
    public async Task Anger_rising_finds_the_planted_anger_surge_with_its_change_point_and_angry_posts()
    {
        using var store = Some.Store();
        await new Ingestor(store, new IngestOptions(), Some.Clock()).IngestAsync([_sample.Directory], null, CancellationToken.None);
        var truth = _sample.Threat("anger-surge");
        var surgeStart = DateTimeOffset.Parse(truth.GetProperty("surgeStart").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var angry = truth.GetProperty("angryPostIds").EnumerateArray().Select(e => e.GetString()!).ToHashSet();

        var findings = await Detect(store);

        var rising = Assert.Single(findings, f => f.Id == FindingId.From(IncitementDetector.DetectorId, "anger-rising", "waterpricehike"));
        Assert.True(Math.Abs((rising.Start!.Value - surgeStart).TotalDays) <= 1, $"change-point {rising.Start} vs surge {surgeStart}");
        Assert.True(rising.Evidence.Metrics["share_after"] > rising.Evidence.Metrics["share_before"]);
        Assert.NotEmpty(rising.Evidence.Members);
        Assert.All(rising.Evidence.Members, id => Assert.Contains(id, angry));
        Assert.Single(rising.Evidence.Series[0].Intervals);
    }

    [Fact]
    public async Task Every_text_is_scored_once_and_a_rerun_scores_nothing_new()
    {
        using var store = Some.Store();
        await new Ingestor(store, new IngestOptions(), Some.Clock()).IngestAsync([_sample.Directory], null, CancellationToken.None);
        var scorer = new Graywatch.Text.Incitement.TextScoreUpdater(Graywatch.Text.Incitement.TextScorer.Create(DetectorSettings.Empty));

        var first = scorer.Update(store, CancellationToken.None);
        var second = scorer.Update(store, CancellationToken.None);

        var posts = Convert.ToInt64(store.Scalar("SELECT count(DISTINCT id) FROM posts WHERE trim(text) <> ''"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(first >= posts, $"{first} scored, {posts} posts");
        Assert.Equal(0, second);
        Assert.Equal(first, Convert.ToInt64(store.Scalar("SELECT count(*) FROM text_scores"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Inciting_posts_that_reach_far_are_listed_with_their_reasons()
    {
        using var store = Some.Store();
        await new Ingestor(store, new IngestOptions(), Some.Clock()).IngestAsync([_sample.Directory], null, CancellationToken.None);

        var findings = await Detect(store);

        var far = Assert.Single(findings, f => f.Id == FindingId.From(IncitementDetector.DetectorId, "reaching-far"));
        var table = Assert.Single(far.Evidence.Tables);
        Assert.All(table.Rows, row => Assert.NotEmpty(row[4]));
        Assert.Contains(table.Rows, row => row[4].Contains("call_to_action", StringComparison.Ordinal));
    }

    [Fact]
    public void The_change_point_is_the_day_the_share_of_anger_jumps()
    {
        (int, int)[] days = [(0, 5), (1, 5), (0, 5), (0, 5), (14, 17), (28, 32)];

        var change = AngerChangePoint.Find(days);

        Assert.NotNull(change);
        Assert.Equal(4, change.Index);
        Assert.True(change.Statistic > 10.83);
    }
}
