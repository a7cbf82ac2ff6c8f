using Graywatch.Testing;

namespace Graywatch.Tests.AppAudit;

public sealed class RuleFixtureTests
{
    public static TheoryData<string> Rules() => [.. Fixtures.Rules];

    [SkippableTheory]
    [MemberData(nameof(Rules))]
    public void Given_the_positive_smali_fixture_of_a_rule_when_audited_then_the_rule_fires_with_the_fixture_class_and_method(string rule)
    {
        Fixtures.SkipWithoutSmali();
        using var dir = new TempDir();
        var report = Fixtures.Audit(Fixtures.Apk(dir, "positive.apk", Fixtures.DexFor(rule, "positive")));

        var finding = Assert.Single(report.Findings, f => f.Rule.Id == rule);
        var expected = Directory.GetFiles(Path.Combine(Fixtures.SmaliRoot, rule, "positive"), "*.smali").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(expected, finding.CallSites.Select(s => s.Class[(s.Class.LastIndexOf('.') + 1)..]).Distinct().Order(StringComparer.Ordinal));
        Assert.All(finding.CallSites, s =>
        {
            Assert.StartsWith("fixture.", s.Class, StringComparison.Ordinal);
            Assert.Equal("collect(Ljava/lang/Object;)V", s.Method);
            Assert.Equal("classes.dex", s.Dex);
        });
    }

    [SkippableTheory]
    [MemberData(nameof(Rules))]
    public void Given_the_negative_smali_fixture_of_a_rule_when_audited_then_the_rule_stays_silent(string rule)
    {
        Fixtures.SkipWithoutSmali();
        using var dir = new TempDir();
        var report = Fixtures.Audit(Fixtures.Apk(dir, "negative.apk", Fixtures.DexFor(rule, "negative")));

        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == rule);
    }

    [SkippableFact]
    public void Given_every_rule_id_of_the_issue_then_each_has_a_positive_and_a_negative_fixture()
    {
        string[] ids = ["wifi-mac", "bluetooth-mac", "imei", "imsi", "sim-serial", "phone-number", "android-id", "advertising-id", "hardware-serial", "location", "clipboard", "installed-apps", "arp-table", "reflection", "native-code"];

        Assert.Equal(ids.Order(StringComparer.Ordinal), Fixtures.Rules);
        Assert.Equal(ids.Order(StringComparer.Ordinal), Graywatch.AppAudit.Rules.RuleSet.Default.Rules.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(ids, id =>
        {
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(Fixtures.SmaliRoot, id, "positive")));
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(Fixtures.SmaliRoot, id, "negative")));
        });
    }

    [SkippableFact]
    public void Given_a_wifi_mac_read_hidden_behind_reflection_then_the_finding_says_so()
    {
        Fixtures.SkipWithoutSmali();
        using var dir = new TempDir();
        var report = Fixtures.Audit(Fixtures.Apk(dir, "r.apk", Fixtures.DexFor("wifi-mac", "positive")));

        var site = Assert.Single(report.Findings.Single(f => f.Rule.Id == "wifi-mac").CallSites, s => s.Class.EndsWith("ByReflection", StringComparison.Ordinal));
        Assert.Equal("reflection: \"getMacAddress\"", site.Via);
    }

    [SkippableFact]
    public void Given_fixtures_split_over_two_dex_files_then_each_call_site_names_its_dex_file()
    {
        Fixtures.SkipWithoutSmali();
        using var dir = new TempDir();
        var report = Fixtures.Audit(Fixtures.Apk(dir, "multi.apk", Fixtures.DexFor("imei", "positive"), Fixtures.DexFor("wifi-mac", "positive")));

        Assert.Equal(["classes.dex", "classes2.dex"], report.DexFiles.Select(d => d.Name));
        Assert.All(report.Findings.Single(f => f.Rule.Id == "imei").CallSites, s => Assert.Equal("classes.dex", s.Dex));
        Assert.All(report.Findings.Single(f => f.Rule.Id == "wifi-mac").CallSites, s => Assert.Equal("classes2.dex", s.Dex));
        Assert.True(report.Findings.Single(f => f.Rule.Id == "imei").PermissionHeld);
    }
}
