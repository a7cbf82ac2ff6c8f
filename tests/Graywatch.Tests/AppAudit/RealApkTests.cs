using Graywatch.AppAudit;
using Graywatch.Testing;

namespace Graywatch.Tests.AppAudit;

/// <summary>The real APKs in <c>shared/data/apk-fixtures</c> (skipped when absent).</summary>
public sealed class RealApkTests
{
    private static readonly string[] DataRules = ["wifi-mac", "bluetooth-mac", "imei", "imsi", "sim-serial", "phone-number", "android-id", "advertising-id", "hardware-serial", "location", "clipboard", "installed-apps", "arp-table"];

    private static AppAuditReport Audit(string name)
    {
        var path = SharedData.File("apk-fixtures/" + name);
        Skip.If(path is null, $"apk-fixtures/{name} is not on this machine");
        return Fixtures.Audit(path);
    }

    [SkippableFact]
    public void NetworkStack_reads_the_wifi_mac_in_its_getMacAddress_method()
    {
        var report = Audit("NetworkStack_210000000.apk");

        Assert.Equal("com.google.android.networkstack", report.Manifest.Package);
        Assert.Equal(210000000, report.Manifest.VersionCode);
        Assert.Contains("android.permission.ACCESS_WIFI_STATE", report.Manifest.RequestedPermissions);
        var wifi = report.Findings.Single(f => f.Rule.Id == "wifi-mac");
        var site = Assert.Single(wifi.CallSites);
        Assert.Equal("android.net.util.InterfaceParams", site.Class);
        Assert.StartsWith("getMacAddress(", site.Method, StringComparison.Ordinal);
        Assert.Equal("java.net.NetworkInterface.getHardwareAddress()", site.Via);
        Assert.True(wifi.PermissionHeld);
        Assert.Equal("High", wifi.Rule.Severity.ToString());
        Assert.Contains("O=Google Inc.", report.Certificate!.Subject, StringComparison.Ordinal);
        Assert.Equal(64, report.Certificate.Sha256.Length);
        Assert.Contains("lib/arm64-v8a/libnetworkstackutilsjni.so", report.NativeLibraries);
    }

    [SkippableTheory]
    [InlineData("en", "component of Android itself", "Nothing to uninstall")]
    [InlineData("zh-TW", "Android 本身的元件", "沒有可解除安裝的東西")]
    public async Task NetworkStack_is_judged_a_system_component_in_the_json_and_html_reports(string language, string verdict, string advice)
    {
        var report = Audit("NetworkStack_210000000.apk");

        Assert.Equal(AppKind.System, report.Risk.Kind);
        Assert.Equal(Graywatch.Findings.Severity.Low, report.Risk.Level);
        Assert.Contains(report.Risk.Signs, s => s.English.Contains("android.uid.networkstack", StringComparison.Ordinal));
        Assert.DoesNotContain(Graywatch.AppAudit.Reports.AuditAdvice.For(report), a => a.Contains("Do not install", StringComparison.Ordinal));
        var json = Graywatch.AppAudit.Reports.AuditJson.Build(report, language);
        Assert.Equal("system", json["risk"]!["app_kind"]!.GetValue<string>());
        Assert.Equal("low", json["risk"]!["level"]!.GetValue<string>());
        Assert.Contains(verdict, json["risk"]!["reasons"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        using var html = new MemoryStream();
        await new Graywatch.AppAudit.Reports.AuditHtmlReport(language).WriteAsync(report, html, CancellationToken.None);
        var page = System.Text.Encoding.UTF8.GetString(html.ToArray());
        Assert.Contains(verdict, page, StringComparison.Ordinal);
        Assert.Contains(advice, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Do not install", page, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("app-prod-debug.apk")]
    [InlineData("TestActivity.apk")]
    public void Ordinary_apps_keep_their_verdict(string name)
    {
        var report = Audit(name);

        Assert.Equal(AppKind.App, report.Risk.Kind);
        Assert.Empty(report.Risk.Signs);
        Assert.Equal("app", Graywatch.AppAudit.Reports.AuditJson.Build(report, "en")["risk"]!["app_kind"]!.GetValue<string>());
    }

    [SkippableFact]
    public void App_prod_debug_names_getDeviceId_and_android_id_only_in_code_that_reads_no_identifier()
    {
        // SOURCE.md found "getDeviceId" and "android_id" by grepping strings. The call sites show what they are:
        // KeyEvent.getDeviceId() (an input-device number) and R$styleable fields such as MenuItem_android_id; the one
        // Settings.Secure.getString call reads "enabled_notification_listeners". None of them is the IMEI or the Android ID.
        var report = Audit("app-prod-debug.apk");

        Assert.Equal("com.greenaddress.abcore", report.Manifest.Package);
        Assert.Equal(["classes.dex", "classes2.dex"], report.DexFiles.Select(d => d.Name));
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id is "imei" or "android-id");
        var location = report.Findings.Single(f => f.Rule.Id == "location");
        Assert.Equal("android.support.v7.app.TwilightManager", Assert.Single(location.CallSites).Class);
        Assert.False(location.PermissionHeld);
    }

    [SkippableTheory]
    [InlineData("TestActivity.apk")]
    [InlineData("TC-debug.apk")]
    [InlineData("duplicate.permisssions_9999999.apk")]
    public void Negative_controls_harvest_nothing(string name)
    {
        var report = Audit(name);

        Assert.DoesNotContain(report.Findings, f => DataRules.Contains(f.Rule.Id));
        Assert.Empty(report.Trackers);
        Assert.True(report.Risk.Level <= Graywatch.Findings.Severity.Low);
        Assert.NotNull(report.Certificate);
    }

    [SkippableTheory]
    [InlineData("NetworkStack_210000000.apk")]
    [InlineData("app-prod-debug.apk")]
    public void The_v2_signing_block_names_the_same_certificate_as_the_jar_signature(string name)
    {
        var path = SharedData.File("apk-fixtures/" + name);
        Skip.If(path is null, $"apk-fixtures/{name} is not on this machine");
        using var archive = Graywatch.AppAudit.Zip.ApkArchive.Open(path);

        var fromBlock = SigningBlockReader.Read(archive);

        Assert.NotNull(fromBlock);
        Assert.StartsWith("APK Signing Block", fromBlock.Entry, StringComparison.Ordinal);
        Assert.Equal(Fixtures.Audit(path).Certificate!.Sha256, fromBlock.Sha256);
    }

    [SkippableFact]
    public void A_permission_declared_twice_is_listed_once()
    {
        var report = Audit("duplicate.permisssions_9999999.apk");

        Assert.Single(report.Manifest.RequestedPermissions, p => p == "android.permission.INTERNET");
        Assert.Contains(report.Permissions, p => p.Name == "android.permission.WRITE_EXTERNAL_STORAGE" && p.Protection == "dangerous");
    }

    [SkippableFact]
    public void The_synthetic_multidex_file_without_a_manifest_is_audited_with_a_warning()
    {
        var report = Audit("multidex.apk");

        Assert.Equal(["classes.dex", "classes2.dex"], report.DexFiles.Select(d => d.Name));
        Assert.Contains(report.Warnings, w => w.Contains("AndroidManifest.xml is missing", StringComparison.Ordinal));
    }
}
