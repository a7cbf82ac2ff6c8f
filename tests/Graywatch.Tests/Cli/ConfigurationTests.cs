using System.Text.RegularExpressions;
using Graywatch.Cli.Infrastructure;
using Graywatch.Configuration;
using Graywatch.Testing;

namespace Graywatch.Tests.Cli;

public sealed partial class ConfigurationTests
{
    public static TheoryData<string[]> Verbs => new()
    {
        new[] { "stats" },
        new[] { "raw", "1" },
        new[] { "trends" },
        new[] { "forecast" },
        new[] { "coord", "--out", "OUT" },
        new[] { "exposure" },
        new[] { "ingest", "CSV" },
        new[] { "analyze", "--out", "OUT" },
        new[] { "score-text", "hello" },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task A_typo_inside_a_settings_section_is_bad_input_naming_the_key_and_the_known_ones_in_every_verb(string[] verb)
    {
        using var dir = new TempDir();
        var csv = dir.Write("a.csv", "id,author,created_at,views\n1,alice,2026-05-01T10:00:00Z,5\n");
        await CliRun.RunAsync("ingest", csv, "--db", dir["s.duckdb"]);
        var config = dir.Write("bad.json", """{"detectors": {"exposure": {"sitez": "sites.csv"}}}""");
        var args = verb.Select(a => a switch { "OUT" => dir["out"], "CSV" => csv, _ => a }).Concat(["--config", config]);
        if (verb[0] != "score-text")
        {
            args = args.Concat(["--db", dir["s.duckdb"]]);
        }

        var (code, output) = await CliRun.RunAsync([.. args]);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("bad.json", output, StringComparison.Ordinal);
        Assert.Contains("exposure.sitez", output, StringComparison.Ordinal);
        Assert.Contains("exposure.sites", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typo_in_the_reader_options_is_bad_input_naming_the_known_option()
    {
        using var dir = new TempDir();
        var csv = dir.Write("a.csv", "id,author,created_at,views\n1,alice,2026-05-01T10:00:00Z,5\n");
        var config = dir.Write("bad.json", """{"readers": {"platfrom": "twitter"}}""");

        var (code, output) = await CliRun.RunAsync("ingest", csv, "--db", dir["s.duckdb"], "--config", config);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("platfrom", output, StringComparison.Ordinal);
        Assert.Contains("platform", output.Replace("platfrom", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Known_keys_nested_or_flat_load_with_their_values()
    {
        using var dir = new TempDir();
        var path = dir.Write("good.json", """
            {"readers": {"platform": "twitter"},
             "detectors": {"incitement": {"accurate": true}, "coord.min_repeats": 2, "harmful.extra_terms": ["a", "b"], "exposure": {"watch": {"extra_units": "x"}}}}
            """);

        var config = GraywatchConfig.Load(path);

        Assert.Equal("twitter", config.Readers["platform"]);
        Assert.Equal("true", config.Detectors["incitement.accurate"]);
        Assert.Equal("2", config.Detectors["coord.min_repeats"]);
        Assert.Equal("a,b", config.Detectors["harmful.extra_terms"]);
        Assert.Equal("x", config.Detectors["exposure.watch.extra_units"]);
    }

    [Fact]
    public void Every_setting_key_the_code_reads_is_in_the_registry()
    {
        var read = new List<(string Key, string File)>();
        foreach (var project in new[] { "src/Graywatch.Core", "src/Graywatch.Cli" })
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryFiles.Path(project), "*.cs", SearchOption.AllDirectories)
                         .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
            {
                var text = File.ReadAllText(file);
                read.AddRange(SettingsGet().Matches(text).Select(m => (m.Groups["key"].Value, file)));
                read.AddRange(SectionLiteral().Matches(text).Select(m => (m.Groups["key"].Value, file)));
            }
        }

        Assert.True(read.Count > 80, $"the scan found only {read.Count} keys: its patterns no longer match the code");
        var missing = read.Where(r => !Known(r.Key)).Select(r => $"{r.Key} ({Path.GetFileName(r.File)})").Distinct().ToList();
        Assert.True(missing.Count == 0, "keys read in code but missing from SettingKeys: " + string.Join(", ", missing));
    }

    private static bool Known(string key)
    {
        if (!key.Contains('{', StringComparison.Ordinal))
        {
            return SettingKeys.Detectors.Contains(key);
        }
        // An interpolated key such as exposure.watch.{key}: some registered key must fill the hole.
        var pattern = new Regex("^" + string.Join("[a-z_]+", Hole().Split(key).Select(Regex.Escape)) + "$", RegexOptions.IgnoreCase);
        return SettingKeys.Detectors.Any(pattern.IsMatch);
    }

    // settings.Get("a.b"), s.Get("a.b"), Settings.Get($"a.{x}"): the receivers that hold detector settings.
    [GeneratedRegex("""\b(?:\w*[sS]ettings|s)\.Get\(\s*\$?"(?<key>[a-z_]+\.[a-z_.{}]+)"\s*[,)]""")]
    private static partial Regex SettingsGet();

    // Any literal of a known section ("trends.generic_min_share"), read through a helper rather than Get.
    [GeneratedRegex("""(?<!\w)\$?"(?<key>(?:coord|emerging_trends|exposure|harmful|hijack|incitement|overview|trends|virality)\.[a-z_.{}]+)"(?!\w)""")]
    private static partial Regex SectionLiteral();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Hole();
}
