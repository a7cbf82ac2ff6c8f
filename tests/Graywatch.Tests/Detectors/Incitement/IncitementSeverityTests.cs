using Graywatch.Detectors;
using Graywatch.Detectors.Incitement;
using Graywatch.Findings;
using Graywatch.Ingest;
using Graywatch.Testing;
using Graywatch.Text.Incitement;

namespace Graywatch.Tests.Detectors.Incitement;

public sealed class IncitementSeverityTests
{
    private static readonly IncitementWords English = new("en");

    private static readonly TextScorer Scorer = TextScorer.Create(DetectorSettings.Empty);

    private static PostEvidence EvidenceOf(string text)
    {
        var score = Scorer.Score(text);
        var reasons = System.Text.Json.JsonSerializer.Serialize(score.Reasons.Select(r => new { kind = r.Kind, span = r.Span }));
        return IncitementSeverity.Of(score.Incitement, reasons);
    }

    [Theory]
    [InlineData("Kill them all, those immigrants are vermin", PostEvidence.Explicit)]
    [InlineData("Everyone go to City Hall tomorrow at 3pm!", PostEvidence.Explicit)]
    [InlineData("Cappuccino Assasino's Revenge (Animals Maroon 5 Parody)", PostEvidence.Weak)]
    [InlineData("I am so angry about the water bill", PostEvidence.Weak)]
    public void A_post_is_explicit_only_with_violence_against_a_target_or_a_call_with_details(string text, PostEvidence expected)
    {
        Assert.Equal(expected, EvidenceOf(text));
    }

    [Fact]
    public void A_single_weak_post_is_never_High_however_far_it_reaches()
    {
        var (severity, why) = IncitementSeverity.ReachingFar(0.9, [(PostEvidence.Weak, 5_000_000L, "a")], English);

        Assert.Equal(Severity.Low, severity);
        Assert.Null(why);
    }

    [Fact]
    public void A_single_explicit_post_reaching_ten_thousand_is_High_and_says_why()
    {
        var (severity, why) = IncitementSeverity.ReachingFar(0.7, [(PostEvidence.Explicit, 12_000L, "a")], English);

        Assert.Equal(Severity.High, severity);
        Assert.Contains("12,000", why, StringComparison.Ordinal);
        var (zh, zhWhy) = IncitementSeverity.ReachingFar(0.7, [(PostEvidence.Explicit, 12_000L, "a")], new IncitementWords("zh-TW"));
        Assert.Equal(Severity.High, zh);
        Assert.Contains("觀看", zhWhy, StringComparison.Ordinal);
    }

    [Fact]
    public void Confidence_under_six_tenths_is_never_High()
    {
        Assert.NotEqual(Severity.High, IncitementSeverity.ReachingFar(0.59, [(PostEvidence.Explicit, 1_000_000L, "a")], English).Severity);
        Assert.NotEqual(Severity.High, IncitementSeverity.AngerRising(0.59, 1, 50, 40, true, 10, English).Severity);
    }

    [Fact]
    public void Strong_posts_need_three_accounts_and_a_hundred_thousand_views_together_for_High()
    {
        (PostEvidence, long, string)[] oneAccount = [(PostEvidence.Strong, 60_000, "a"), (PostEvidence.Strong, 60_000, "a"), (PostEvidence.Strong, 60_000, "a")];
        (PostEvidence, long, string)[] threeAccounts = [(PostEvidence.Strong, 60_000, "a"), (PostEvidence.Strong, 60_000, "b"), (PostEvidence.Strong, 60_000, "c")];

        Assert.Equal(Severity.Medium, IncitementSeverity.ReachingFar(0.8, oneAccount, English).Severity);
        var (severity, why) = IncitementSeverity.ReachingFar(0.8, threeAccounts, English);
        Assert.Equal(Severity.High, severity);
        Assert.NotNull(why);
    }

    [SkippableFact]
    public async Task The_real_feed_raises_no_High_incitement_finding_for_its_meme_title()
    {
        var raw = SharedData.File("tiktok-vn-feed/raw_data.csv");
        Skip.If(raw is null, "tiktok-vn-feed is not on this machine");
        using var store = Some.Store();
        await new Ingestor(store, new IngestOptions(), Some.Clock()).IngestAsync([raw], null, CancellationToken.None);

        var findings = await new IncitementDetector().DetectAsync(new DetectorContext(store, Some.Clock(), DetectorSettings.Empty), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Severity >= Severity.High);
        Assert.DoesNotContain(findings, f => f.Evidence.Tables.Any(t => t.Rows.Any(r => r.Any(c => c.Contains("Cappuccino", StringComparison.Ordinal)))));
    }

    [Fact]
    public async Task The_bundled_sample_still_raises_its_planted_anger_campaign_and_every_High_says_why()
    {
        using var store = Some.Store();
        await new Ingestor(store, new IngestOptions(), Some.Clock()).IngestAsync([RepositoryFiles.Path("samples/tiktok")], null, CancellationToken.None);

        var findings = await new IncitementDetector().DetectAsync(new DetectorContext(store, Some.Clock(), DetectorSettings.Empty), CancellationToken.None);

        Assert.Contains(findings, f => f.Severity == Severity.High && f.Title.Contains("waterpricehike", StringComparison.Ordinal));
        Assert.All(findings.Where(f => f.Severity >= Severity.High), f => Assert.False(string.IsNullOrWhiteSpace(f.Why)));
        Assert.All(findings.Where(f => f.Severity >= Severity.High), f => Assert.True(f.Confidence >= 0.6));
    }
}
