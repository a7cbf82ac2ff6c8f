using System.Text.Json;
using Graywatch.Cli.Infrastructure;
using Graywatch.Testing;

namespace Graywatch.Tests.Cli;

public sealed class CoordCommandTests
{
    private const string Shares = """
        object_id,account_id,content_id,timestamp_share
        o1,a,c1,1623880000
        o1,b,c2,1623880010
        o1,c,c3,1623880500
        o2,a,c4,1623881000
        o2,b,c5,1623881030
        o2,c,c6,1623881040
        """;

    private static Task<(int Code, string Output)> Run(params string[] args) => CliRun.RunAsync(args);

    [Fact]
    public async Task Coord_reads_a_cooRTweet_csv_and_writes_the_five_files_and_a_json_summary()
    {
        using var dir = new TempDir();
        var csv = dir.Write("shares.csv", Shares);

        var (code, output) = await Run("coord", csv, "--db", dir["s.duckdb"], "--by", "repost", "--out", dir["out"], "--json");

        Assert.Equal(ExitCodes.Done, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(6, json.GetProperty("shares").GetInt32());
        Assert.Equal(4, json.GetProperty("pairs").GetInt32());
        Assert.Equal(3, json.GetProperty("edges").GetInt32());
        Assert.Equal(1, json.GetProperty("groups").GetInt32());
        foreach (var f in new[] { "pairs.csv", "edges.csv", "accounts.csv", "groups.csv", "network.graphml" })
        {
            Assert.True(File.Exists(Path.Combine(dir["out"], f)), f);
        }
        Assert.Equal("from,to,weight,avg_time_delta,n_content_id,n_content_id_y,edge_symmetry_score,weight_threshold\na,b,2,20,2,2,1,1\n",
            string.Join('\n', File.ReadAllLines(Path.Combine(dir["out"], "edges.csv")).Take(2)) + "\n");
    }

    [Fact]
    public async Task Account_names_that_a_spreadsheet_would_run_are_neutralised_in_every_csv()
    {
        using var dir = new TempDir();
        var csv = dir.Write("shares.csv", """
            object_id,account_id,content_id,timestamp_share
            -o1,"=HYPERLINK(""http://x"")",c1,1623880000
            -o1,@SUM(A1),c2,1623880010
            -o1,+cmd,c3,1623880500
            o2,"=HYPERLINK(""http://x"")",c4,1623881000
            o2,@SUM(A1),c5,1623881030
            o2,+cmd,c6,1623881040
            """);

        var (code, output) = await Run("coord", csv, "--db", dir["s.duckdb"], "--by", "repost", "--out", dir["out"]);

        Assert.True(code == ExitCodes.Done, output);
        var pairs = File.ReadAllText(Path.Combine(dir["out"], "pairs.csv"));
        Assert.Contains("'@SUM(A1)", pairs, StringComparison.Ordinal);
        Assert.Contains("'+cmd", pairs, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", pairs, StringComparison.Ordinal);
        Assert.Contains("'-o1", pairs, StringComparison.Ordinal);
        foreach (var f in new[] { "pairs.csv", "edges.csv", "accounts.csv", "groups.csv" })
        {
            foreach (var cell in File.ReadAllLines(Path.Combine(dir["out"], f)).Skip(1).SelectMany(l => l.Split(',')))
            {
                var bare = cell.TrimStart('"');
                Assert.False(bare.Length > 0 && "=+@".Contains(bare[0], StringComparison.Ordinal), $"{f}: {cell}");
                Assert.False(bare.StartsWith('-') && !double.TryParse(bare, System.Globalization.CultureInfo.InvariantCulture, out _), $"{f}: {cell}");
            }
        }
    }

    [Theory]
    [InlineData("600")]
    [InlineData("10m")]
    [InlineData("600s")]
    public async Task The_window_takes_seconds_or_a_duration(string window)
    {
        using var dir = new TempDir();
        var csv = dir.Write("shares.csv", Shares);

        var (code, output) = await Run("coord", csv, "--db", dir["s.duckdb"], "--by", "repost", "--out", dir["out"], "--json", "--window", window);

        Assert.Equal(ExitCodes.Done, code);
        Assert.Equal(6, JsonDocument.Parse(output).RootElement.GetProperty("pairs").GetInt32());
    }

    [Theory]
    [InlineData("--by", "emoji", "near-caption")]
    [InlineData("--window", "soon", "--window")]
    public async Task A_bad_kind_or_window_is_bad_usage_that_says_what_is_accepted(string option, string value, string expected)
    {
        using var dir = new TempDir();

        var (code, output) = await Run("coord", "--db", dir["s.duckdb"], option, value);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edge_weight_outside_0_to_1_is_bad_usage()
    {
        using var dir = new TempDir();

        var (code, _) = await Run("coord", "--db", dir["s.duckdb"], "--edge-weight", "2");

        Assert.Equal(ExitCodes.BadUsage, code);
    }
}
