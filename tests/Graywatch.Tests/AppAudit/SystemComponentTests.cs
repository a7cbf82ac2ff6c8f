using Graywatch.AppAudit;

namespace Graywatch.Tests.AppAudit;

public sealed class SystemComponentTests
{
    private static readonly SigningCertificate PlatformKey = new("META-INF/CERT.RSA", "EMAILADDRESS=android@android.com, CN=Android, OU=Android, O=Android, L=Mountain View, ST=California, C=US",
        "same", new string('0', 64), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(30));

    private static readonly SigningCertificate DebugKey = new("META-INF/CERT.RSA", "C=US, O=Android, CN=Android Debug", "same", new string('1', 64), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(30));

    [Fact]
    public void The_system_user_id_alone_makes_a_system_component()
    {
        var manifest = new AppManifest { Package = "com.android.settings", SharedUserId = "android.uid.system" };

        var signs = SystemComponent.Signs(manifest, DebugKey);

        Assert.Equal(AppKind.System, SystemComponent.KindOf(manifest, signs));
        Assert.Contains("android.uid.system", Assert.Single(signs).English, StringComparison.Ordinal);
    }

    [Fact]
    public void One_sign_that_any_app_can_copy_is_not_enough_but_two_are()
    {
        var coreOnly = new AppManifest { Package = "com.example.app", CoreApp = true };
        var platformAndCore = new AppManifest { Package = "com.android.shell", CoreApp = true };

        Assert.Equal(AppKind.App, SystemComponent.KindOf(coreOnly, SystemComponent.Signs(coreOnly, DebugKey)));
        Assert.Equal(AppKind.App, SystemComponent.KindOf(new AppManifest { Package = "x" }, SystemComponent.Signs(new AppManifest { Package = "x" }, PlatformKey)));
        Assert.Equal(AppKind.System, SystemComponent.KindOf(platformAndCore, SystemComponent.Signs(platformAndCore, PlatformKey)));
    }

    [Fact]
    public void A_system_component_reading_identifiers_is_at_most_Low_with_the_verdict_first_and_an_ordinary_app_keeps_its_level()
    {
        var system = new AppManifest { Package = "com.android.networkstack", SharedUserId = "android.uid.networkstack" };
        var rule = new Graywatch.AppAudit.Rules.AuditRule { Id = "wifi-mac", Title = "Wi-Fi MAC address", Severity = Graywatch.Findings.Severity.High, Explain = "x" };
        HarvestFinding[] findings = [new HarvestFinding(rule, [new CallSite("A", "b()", "c", "classes.dex")], 1, true)];

        var asSystem = RiskAssessor.Assess(findings, [], [], system, null);
        var asApp = RiskAssessor.Assess(findings, [], [], new AppManifest { Package = "com.example" }, null);

        Assert.Equal(Graywatch.Findings.Severity.Low, asSystem.Level);
        Assert.Equal(SystemComponent.Verdict.English, asSystem.Reasons[0].English);
        Assert.Equal(Graywatch.Findings.Severity.High, asApp.Level);
        Assert.Equal(AppKind.App, asApp.Kind);
    }
}
