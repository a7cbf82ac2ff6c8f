using System.Text.Json;
using System.Text.Json.Nodes;
using Graywatch.AppAudit.Reports;
using Graywatch.Testing;

namespace Graywatch.Tests.AppAudit;

/// <summary>The JSON report of the positive smali fixtures, compared with <c>AppAudit/Golden/*.json</c>.</summary>
/// <remarks>Run with <c>GRAYWATCH_UPDATE_GOLDEN=1</c> to rewrite the golden files after an intended change, then review the diff.</remarks>
public sealed class GoldenReportTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [SkippableTheory]
    [InlineData("en")]
    [InlineData("zh-TW")]
    public void Given_every_positive_fixture_then_the_json_report_matches_the_golden_file(string language)
    {
        Fixtures.SkipWithoutSmali();
        using var dir = new TempDir();
        var report = Fixtures.Audit(Fixtures.Apk(dir, "positives.apk", Fixtures.AllPositives()));

        var json = AuditJson.Build(report, language);
        // Hashes and byte counts depend on the deflate and smali builds, not on the audit.
        json.Remove("sha256");
        foreach (var dex in json["dex"]!.AsArray().OfType<JsonObject>())
        {
            dex.Remove("bytes");
        }
        var actual = json.ToJsonString(Indented) + "\n";

        var golden = Path.Combine(Source(), "Golden", $"positives.{language}.json");
        if (Environment.GetEnvironmentVariable("GRAYWATCH_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    private static string Source([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
