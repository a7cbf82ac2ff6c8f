using System.Text.Json;
using Graywatch.Cli.Infrastructure;
using Spectre.Console.Cli.Testing;

namespace Graywatch.Tests.Simulation;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graywatch-simcli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static CommandAppTester App()
    {
        var app = new CommandAppTester();
        app.Configure(GraywatchApp.Configure);
        return app;
    }

    [Fact]
    public void Simulate_with_json_prints_one_object_describing_the_files()
    {
        var result = App().Run("simulate", "--posts", "600", "--seed", "9", "--out", _dir, "--rounds", "2", "--json");
        Assert.Equal(ExitCodes.Done, result.ExitCode);
        var json = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(600, json.GetProperty("posts").GetInt32());
        Assert.Equal(5, json.GetProperty("threats").GetArrayLength());
        Assert.True(File.Exists(Path.Combine(_dir, "items-r2.ndjson")));
        Assert.False(File.Exists(Path.Combine(_dir, "items-r3.ndjson")));
    }

    [Fact]
    public void Simulate_without_json_prints_a_table_of_the_files_it_wrote()
    {
        var result = App().Run("simulate", "--posts", "300", "--no-threats", "--rounds", "1", "--shape", "research", "--out", _dir);
        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Contains("videos-r1.jsonl", result.Output, StringComparison.Ordinal);
        Assert.Contains("truth.json", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Truth_out_keeps_sites_and_truth_next_to_the_post_directory()
    {
        var posts = Path.Combine(_dir, "tiktok");
        var result = App().Run("simulate", "--posts", "300", "--no-threats", "--rounds", "2", "--out", posts, "--truth-out", _dir);
        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Equal(["items-r1.ndjson", "items-r2.ndjson"], Directory.GetFiles(posts).Select(f => Path.GetFileName(f)!).Order());
        var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "truth.json"))).RootElement;
        Assert.Equal("tiktok/items-r1.ndjson", truth.GetProperty("files")[0].GetProperty("path").GetString());
        Assert.True(File.Exists(Path.Combine(_dir, "sites.csv")));
    }

    [Theory]
    [InlineData("--shape", "csv", "--shape must be zeeschuimer or research")]
    [InlineData("--posts", "10", "--posts must be at least")]
    [InlineData("--rounds", "0", "--rounds must be between")]
    [InlineData("--start", "yesterday", "--start must be an ISO 8601 time")]
    [InlineData("--days", "0", "--days must be between")]
    public void Bad_options_are_usage_errors_with_a_clear_message(string option, string value, string message)
    {
        var failure = App().RunAndCatch<UsageException>("simulate", "--out", _dir, option, value);
        Assert.Contains(message, failure.Exception.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir));
    }

    [Fact]
    public async Task Bad_options_exit_with_code_2()
    {
        Assert.Equal(ExitCodes.BadUsage, await GraywatchApp.RunAsync(["simulate", "--out", _dir, "--shape", "csv"]));
        Assert.Equal(ExitCodes.BadUsage, await GraywatchApp.RunAsync(["simulate"]));
    }
}
