using System.Text.Json;
using Graywatch.Cli.Infrastructure;
using Graywatch.Testing;

namespace Graywatch.Tests.Cli;

public sealed class ForecastCommandTests
{
    [Fact]
    public async Task Forecast_json_writes_one_line_per_post_with_the_documented_fields()
    {
        using var dir = new TempDir();
        var db = dir["s.duckdb"];
        var (ingest, _) = await CliRun.RunAsync("ingest", "--db", db, RepositoryFiles.Path("samples/tiktok"));
        Assert.Equal(ExitCodes.Done, ingest);

        var (code, output) = await CliRun.RunAsync("forecast", "--db", db, "--json");

        Assert.Equal(ExitCodes.Done, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 100);
        foreach (var line in lines.Take(20))
        {
            var o = JsonDocument.Parse(line).RootElement;
            foreach (var key in new[] { "id", "model", "observed_views", "predicted_views", "low", "high", "time_to_90pct" })
            {
                Assert.True(o.TryGetProperty(key, out _), key);
            }
            Assert.True(o.GetProperty("low").GetInt64() <= o.GetProperty("predicted_views").GetInt64());
            Assert.True(o.GetProperty("predicted_views").GetInt64() <= o.GetProperty("high").GetInt64());
            Assert.True(o.GetProperty("observed_views").GetInt64() <= o.GetProperty("predicted_views").GetInt64());
        }
    }

    [Fact]
    public async Task Forecast_cascades_json_gives_cascade_id_model_sizes_and_interval()
    {
        using var dir = new TempDir();
        var csv = dir["c.csv"];
        var rows = Enumerable.Range(0, 40).Select(i => $"a,{i * 60},{(i == 0 ? 5000 : 300)},{i}")
            .Concat(["b,0,10,x", "b,30,10,y"]);
        await File.WriteAllLinesAsync(csv, ["cascade_id,time,magnitude,user", .. rows]);

        var (code, output) = await CliRun.RunAsync("forecast", "--cascades", csv, "--observe", "30m", "--json");

        Assert.Equal(ExitCodes.Done, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("cascade_id").GetString());
        Assert.Equal("seismic", lines[0].GetProperty("model").GetString());
        Assert.Equal(31, lines[0].GetProperty("observed_size").GetInt32());
        Assert.True(lines[0].TryGetProperty("predicted_size", out _) && lines[0].TryGetProperty("low", out _) && lines[0].TryGetProperty("high", out _));
        Assert.Equal("observed", lines[1].GetProperty("model").GetString());
    }

    [Fact]
    public async Task A_cascade_file_with_a_bad_time_is_unreadable_input_with_its_line()
    {
        using var dir = new TempDir();
        var csv = dir["bad.csv"];
        await File.WriteAllLinesAsync(csv, ["cascade_id,time,magnitude,user", "a,0,10,x", "a,soon,10,y"]);

        var (code, output) = await CliRun.RunAsync("forecast", "--cascades", csv);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("3", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_horizon_is_bad_usage()
    {
        using var dir = new TempDir();

        var (code, _) = await CliRun.RunAsync("forecast", "--db", dir["s.duckdb"], "--horizon", "soon");

        Assert.Equal(ExitCodes.BadUsage, code);
    }
}
