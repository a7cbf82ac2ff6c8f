using Graywatch.Cli.Infrastructure;
using Graywatch.Testing;

namespace Graywatch.Tests.Cli;

public sealed class StoreCreationTests
{
    public static TheoryData<string[]> ReadOnlyVerbs => new()
    {
        new[] { "stats" },
        new[] { "raw", "7300000000000000001" },
        new[] { "trends" },
        new[] { "forecast" },
        new[] { "coord", "--out", "OUT" },
        new[] { "exposure", "--sites", "SITES" },
    };

    [Theory]
    [MemberData(nameof(ReadOnlyVerbs))]
    public async Task A_read_only_verb_on_a_missing_store_is_bad_input_naming_the_path_and_creates_nothing(string[] verb)
    {
        using var dir = new TempDir();
        var sites = dir.Write("sites.csv", "name,lat,lon\nBase,10.0,106.0\n");
        var db = Path.Combine(dir["nowhere"], "x.duckdb");
        var args = verb.Select(a => a switch { "OUT" => dir["out"], "SITES" => sites, _ => a }).Concat(["--db", db]).ToArray();

        var (code, output) = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("x.duckdb", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir["nowhere"]), "the store's folder was created");
    }

    [Fact]
    public async Task Ingest_creates_a_missing_store_and_its_folder()
    {
        using var dir = new TempDir();
        var f = dir.Write("a.csv", "id,author,created_at,views\n1,alice,2026-05-01T10:00:00Z,5\n");
        var db = Path.Combine(dir["new"], "x.duckdb");

        var (code, _) = await CliRun.RunAsync("ingest", f, "--db", db);

        Assert.Equal(ExitCodes.Done, code);
        Assert.True(File.Exists(db));
    }
}
