namespace Graywatch.Tests.Simulation;

/// <summary>The planted-threat checks on real exports of other tools, planted in their own format; skipped where shared/data is absent.</summary>
public sealed class PlantedIntoRealExportsTests(PlantedRealExportsFixture real) : IClassFixture<PlantedRealExportsFixture>
{
    private static readonly Dictionary<string, string> Exports = new(StringComparer.Ordinal)
    {
        ["real-exports/zs-decoder-csv/tiktok-test.csv"] = "zeeschuimer-decoder-csv",
        ["real-exports/zs-decoder-ndjson/tiktok-test.ndjson"] = "zeeschuimer",
    };

    private static readonly Dictionary<string, Action<PlantedRun>> Checks = new(StringComparer.Ordinal)
    {
        ["coordination-ring"] = PlantedChecks.Ring,
        ["harmful-challenge"] = PlantedChecks.Challenge,
        ["anger-surge"] = PlantedChecks.Anger,
        ["viral-outlier"] = PlantedChecks.Viral,
        ["site-exposure"] = PlantedChecks.Stationed,
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var export in Exports.Keys)
        {
            foreach (var kind in Checks.Keys)
            {
                cases.Add(export, kind);
            }
        }
        return cases;
    }

    public static TheoryData<string> Files() => [.. Exports.Keys];

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void The_threats_a_format_can_carry_are_planted_in_the_exports_own_format(string export)
    {
        var run = real.Run(export);
        Skip.If(run is null, $"shared/data/{export} is not on this machine");

        var carriers = run!.Truth.GetProperty("plantedInto").GetProperty("carriers").EnumerateArray()
            .ToDictionary(c => c.GetProperty("kind").GetString()!, c => c.GetProperty("format").GetString()!);
        Assert.All(Checks.Keys.Where(k => k != "site-exposure"), k => Assert.Equal(Exports[export], carriers[k]));
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Each_planted_threat_is_found_in_a_real_export_planted_in_its_own_format(string export, string kind)
    {
        var run = real.Run(export);
        Skip.If(run is null, $"shared/data/{export} is not on this machine");

        Checks[kind](run!);
    }
}
