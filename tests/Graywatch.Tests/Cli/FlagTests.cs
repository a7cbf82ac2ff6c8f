using Graywatch.Cli.Infrastructure;
using Graywatch.Testing;

namespace Graywatch.Tests.Cli;

public sealed class FlagTests
{
    [Fact]
    public async Task Version_prints_the_version_and_exits_0()
    {
        var (code, output) = await CliRun.RunAsync("--version");

        Assert.Equal(ExitCodes.Done, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Theory]
    [InlineData("forecast", "--top", "abc", "is not a number")]
    [InlineData("coord", "--min-participation", "2.5", "whole number")]
    [InlineData("coord", "--edge-weight", "x", "number")]
    [InlineData("coord", "--min-participation=many", "", "whole number")]
    public async Task A_number_that_does_not_parse_names_the_option_in_a_plain_message(string verb, string option, string value, string expected)
    {
        using var dir = new TempDir();
        string[] args = value.Length == 0 ? [verb, option, "--db", dir["s.duckdb"]] : [verb, option, value, "--db", dir["s.duckdb"]];

        var (code, output) = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains(option.Split('=')[0], output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Failed to convert", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Int32", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forecast_json_honours_top()
    {
        using var dir = new TempDir();
        var db = dir["s.duckdb"];
        await CliRun.RunAsync("ingest", "--db", db, RepositoryFiles.Path("samples/tiktok"));

        var (code, output) = await CliRun.RunAsync("forecast", "--db", db, "--json", "--top", "20");

        Assert.Equal(ExitCodes.Done, code);
        Assert.Equal(20, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
