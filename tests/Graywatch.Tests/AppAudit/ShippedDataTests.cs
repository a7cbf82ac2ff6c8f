using Graywatch.AppAudit;
using Graywatch.AppAudit.Reports;
using Graywatch.AppAudit.Rules;
using Graywatch.Localization;

namespace Graywatch.Tests.AppAudit;

public sealed class ShippedDataTests
{
    [Fact]
    public void Every_shipped_rule_has_a_severity_wording_in_both_languages_and_at_least_one_matcher()
    {
        Assert.All(RuleSet.Default.Rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.TitleZh), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Explain), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.ExplainZh), r.Id);
            Assert.NotEmpty(r.Match);
        });
    }

    [Fact]
    public void Every_advice_and_risk_sentence_has_a_traditional_chinese_translation()
    {
        var report = new AppAuditReport
        {
            File = "x.apk",
            Sha256 = "",
            Manifest = new AppManifest { Package = "x" },
            Findings = [.. RuleSet.Default.Rules.Select(r => new HarvestFinding(r, [], 1, false))],
            Trackers = [new TrackerHit("T", "O", "analytics", 1, "a.B")],
            Risk = new AppRisk(Graywatch.Findings.Severity.High, []),
        };

        Assert.All(AuditAdvice.For(report), a => Assert.NotEqual(a, Strings.Get(Strings.TraditionalChinese, a)));
        var risk = RiskAssessor.Assess(report.Findings, report.Trackers, [new PermissionInfo("android.permission.CAMERA", "dangerous", null, null)]);
        Assert.All(risk.Reasons, r => Assert.NotEqual(r.English, r.TraditionalChinese));
    }

    [Fact]
    public void Tracker_signatures_are_package_prefixes_and_owners_are_bare_domains()
    {
        Assert.All(TrackerCatalog.Default.Trackers, t => Assert.All(t.Classes, c => Assert.DoesNotContain('/', c)));
        Assert.All(TrackerCatalog.Default.Owners.SelectMany(o => o.Domains), d => Assert.DoesNotContain("://", d, StringComparison.Ordinal));
        Assert.Equal("ByteDance", TrackerCatalog.Default.OwnerOf("api16-normal-c-useast1a.tiktokv.com"));
    }
}
