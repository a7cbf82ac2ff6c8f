using Graywatch.Cli.Infrastructure;
using Graywatch.Testing;

namespace Graywatch.Tests.Cli;

public sealed class NothingReadableTests
{
    [Theory]
    [InlineData("ingest")]
    [InlineData("analyze")]
    public async Task A_folder_with_nothing_readable_is_bad_input_that_says_so(string verb)
    {
        using var dir = new TempDir();
        dir.Write("junk/notes.txt", "hello\n");
        dir.Write("junk/empty.csv", "");
        dir.Write("junk/a.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 1, 2]);

        string[] args = [verb, dir["junk"], "--db", dir["s.duckdb"]];

        var (code, output) = await CliRun.RunAsync(verb == "analyze" ? [.. args, "--out", dir["out"]] : args);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("junk", output, StringComparison.Ordinal);
        Assert.Contains("nothing readable", output, StringComparison.Ordinal);
        Assert.DoesNotContain("The store is empty", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir["out"], "brief.html")));
    }

    [Fact]
    public async Task An_empty_folder_is_bad_input_too()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir["none"]);

        var (code, output) = await CliRun.RunAsync("ingest", dir["none"], "--db", dir["s.duckdb"]);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("no file", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_holding_one_export_among_other_files_is_read()
    {
        using var dir = new TempDir();
        dir.Write("mixed/notes.txt", "hello\n");
        dir.Write("mixed/a.csv", "id,author,created_at,views\n1,alice,2026-05-01T10:00:00Z,5\n");

        var (code, _) = await CliRun.RunAsync("ingest", dir["mixed"], "--db", dir["s.duckdb"]);

        Assert.Equal(ExitCodes.Done, code);
    }
}
