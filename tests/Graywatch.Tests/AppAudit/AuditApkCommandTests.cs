using System.Text.Json;
using Graywatch.Cli.Infrastructure;
using Graywatch.Testing;
using Graywatch.Tests.Cli;

namespace Graywatch.Tests.AppAudit;

public sealed class AuditApkCommandTests
{
    private static string PositiveApk(TempDir dir)
    {
        Fixtures.SkipWithoutSmali();
        return Fixtures.Apk(dir, "app.apk", Fixtures.AllPositives());
    }

    [SkippableFact]
    public async Task Given_json_then_one_object_has_package_version_permissions_findings_trackers_endpoints_and_risk()
    {
        using var dir = new TempDir();
        var (code, output) = await CliRun.RunAsync("audit-apk", PositiveApk(dir), "--json");

        Assert.Equal(ExitCodes.Done, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("org.graywatch.fixture", root.GetProperty("package").GetString());
        Assert.Equal("1.2.3", root.GetProperty("version").GetString());
        Assert.Equal(2, root.GetProperty("permissions").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("trackers").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("endpoints").ValueKind);
        Assert.Equal("high", root.GetProperty("risk").GetProperty("level").GetString());
        Assert.NotEmpty(root.GetProperty("risk").GetProperty("reasons").EnumerateArray());
        var rules = root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();
        Assert.Equal(15, rules.Count);
        var site = root.GetProperty("findings")[0].GetProperty("call_sites")[0];
        Assert.StartsWith("fixture.", site.GetProperty("class").GetString(), StringComparison.Ordinal);
        Assert.Equal("collect(Ljava/lang/Object;)V", site.GetProperty("method").GetString());
    }

    [SkippableFact]
    public async Task Given_out_and_zh_TW_then_a_self_contained_chinese_html_report_and_the_json_are_written()
    {
        using var dir = new TempDir();
        var (code, output) = await CliRun.RunAsync("audit-apk", PositiveApk(dir), "--out", dir["out"], "--lang", "zh-TW");

        Assert.Equal(ExitCodes.Done, code);
        Assert.Contains("這個 App 能得知您哪些資訊", output, StringComparison.Ordinal);
        var html = File.ReadAllText(dir["out/app-audit.html"]);
        Assert.Contains("<html lang=\"zh-TW\">", html, StringComparison.Ordinal);
        Assert.Contains("Wi-Fi MAC 位址", html, StringComparison.Ordinal);
        Assert.Contains("fixture.wifimac.ByReflection", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(dir["out/app-audit.json"]));
        Assert.Equal("org.graywatch.fixture", json.RootElement.GetProperty("package").GetString());
    }

    [SkippableFact]
    public async Task Given_the_terminal_then_citizens_read_what_the_app_learns_and_analysts_read_the_call_sites()
    {
        using var dir = new TempDir();
        var (code, output) = await CliRun.RunAsync("audit-apk", PositiveApk(dir));

        Assert.Equal(ExitCodes.Done, code);
        Assert.Contains("What this app can learn about you", output, StringComparison.Ordinal);
        Assert.Contains("What you can do", output, StringComparison.Ordinal);
        Assert.Contains("fixture.imei.Positive.collect(Ljava/lang/Object;)V", output, StringComparison.Ordinal);
        Assert.Contains("android.telephony.TelephonyManager.getDeviceId()", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_file_that_is_not_an_apk_then_the_exit_code_is_3_with_the_file_and_reason_and_no_stack_trace()
    {
        using var dir = new TempDir();
        var (code, output) = await CliRun.RunAsync("audit-apk", dir.Write("junk.apk", "this is not a zip file at all"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("junk.apk", output, StringComparison.Ordinal);
        Assert.Contains("end-of-central-directory", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_missing_file_then_the_exit_code_is_3()
    {
        using var dir = new TempDir();
        var (code, output) = await CliRun.RunAsync("audit-apk", dir["missing.apk"]);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("missing.apk", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Given_a_user_rules_file_then_its_rule_is_applied_alongside_the_shipped_ones()
    {
        using var dir = new TempDir();
        var apk = PositiveApk(dir);
        var rules = dir.Write("rules.json", """
            { "rules": [ { "id": "ssid", "severity": "medium", "title": "Wi-Fi network name",
              "match": [ { "call": "Landroid/net/wifi/WifiInfo;->getMacAddress" } ] } ] }
            """);

        var (code, output) = await CliRun.RunAsync("audit-apk", apk, "--json", "--rules", rules);

        Assert.Equal(ExitCodes.Done, code);
        using var doc = JsonDocument.Parse(output);
        var ids = doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();
        Assert.Contains("ssid", ids);
        Assert.Contains("wifi-mac", ids);
    }

    [SkippableFact]
    public async Task Given_a_user_trackers_file_then_its_signature_is_matched()
    {
        using var dir = new TempDir();
        var apk = PositiveApk(dir);
        var trackers = dir.Write("trackers.json", """{ "trackers": [ { "name": "Fixture Analytics", "owner": "Graywatch", "classes": ["fixture.imei."] } ] }""");

        var (code, output) = await CliRun.RunAsync("audit-apk", apk, "--json", "--trackers", trackers);

        Assert.Equal(ExitCodes.Done, code);
        using var doc = JsonDocument.Parse(output);
        var hit = Assert.Single(doc.RootElement.GetProperty("trackers").EnumerateArray());
        Assert.Equal("Fixture Analytics", hit.GetProperty("name").GetString());
        Assert.Equal(2, hit.GetProperty("classes").GetInt32());
    }

    [Fact]
    public async Task Given_a_malformed_rules_file_then_the_exit_code_is_3_and_names_it()
    {
        using var dir = new TempDir();
        var apk = dir.Write("a.apk", "x");
        var rules = dir.Write("bad-rules.json", """{ "rules": [ { "id": "x", "title": "x", "match": [ { "call": "no arrow" } ] } ] }""");

        var (code, output) = await CliRun.RunAsync("audit-apk", apk, "--rules", rules);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("bad-rules.json", output, StringComparison.Ordinal);
    }
}
