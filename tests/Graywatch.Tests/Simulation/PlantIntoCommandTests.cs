using System.Text.Json;
using Graywatch.Cli.Infrastructure;
using Graywatch.Testing;
using Graywatch.Tests.Cli;

namespace Graywatch.Tests.Simulation;

public sealed class PlantIntoCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Feed() => FeedScrapeFixture.Write(_dir["in/feed.csv"], 1500, seed: 5);

    [Fact]
    public async Task The_real_export_is_copied_byte_for_byte_with_its_write_time()
    {
        var feed = Feed();
        File.SetLastWriteTimeUtc(feed, new DateTime(2025, 5, 29, 18, 0, 0, DateTimeKind.Utc));

        var (code, output) = await CliRun.RunAsync("simulate", "--plant-into", feed, "--seed", "2", "--out", _dir["x"]);

        Assert.Equal(ExitCodes.Done, code);
        Assert.Equal(File.ReadAllBytes(feed), File.ReadAllBytes(_dir["x/feed.csv"]));
        Assert.Equal(File.GetLastWriteTimeUtc(feed), File.GetLastWriteTimeUtc(_dir["x/feed.csv"]));
        Assert.Contains("planted.csv", output, StringComparison.Ordinal);
        Assert.Contains("cannot carry coordinates", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_files_and_another_seed_other_ones()
    {
        var feed = Feed();
        await CliRun.RunAsync("simulate", "--plant-into", feed, "--seed", "2", "--out", _dir["a"]);
        await CliRun.RunAsync("simulate", "--plant-into", feed, "--seed", "2", "--out", _dir["b"]);
        await CliRun.RunAsync("simulate", "--plant-into", feed, "--seed", "3", "--out", _dir["c"]);

        foreach (var name in new[] { "planted.csv", "planted-generic.csv", "sites.csv", "truth.json" })
        {
            Assert.Equal(File.ReadAllBytes(_dir[$"a/{name}"]), File.ReadAllBytes(_dir[$"b/{name}"]));
        }
        Assert.NotEqual(File.ReadAllBytes(_dir["a/planted.csv"]), File.ReadAllBytes(_dir["c/planted.csv"]));
    }

    [Fact]
    public async Task Planted_posts_fall_in_the_real_span_and_no_planted_id_or_author_is_a_real_one()
    {
        var feed = Feed();

        var (code, output) = await CliRun.RunAsync("simulate", "--plant-into", feed, "--seed", "2", "--out", _dir["x"], "--json");

        Assert.Equal(ExitCodes.Done, code);
        static IEnumerable<string[]> Rows(string path) => File.ReadLines(path).Skip(1).Select(l => l.Split(','));
        var realIds = Rows(feed).Select(r => r[2]).ToHashSet();
        var realAuthors = Rows(feed).Select(r => r[0]).ToHashSet();
        var planted = Rows(_dir["x/planted.csv"]).ToList();
        Assert.DoesNotContain(planted, r => realIds.Contains(r[2]));
        Assert.DoesNotContain(planted, r => realAuthors.Contains(r[0]));
        using var json = JsonDocument.Parse(output);
        var start = DateTimeOffset.Parse(json.RootElement.GetProperty("windowStart").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var end = DateTimeOffset.Parse(json.RootElement.GetProperty("windowEnd").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(end, new DateTimeOffset(2025, 5, 27, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 5, 28, 1, 0, 0, TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromDays(14), end - start);
        Assert.True(json.RootElement.GetProperty("plantedPosts").GetInt64() < json.RootElement.GetProperty("realPosts").GetInt64() / 2);
    }

    [Fact]
    public async Task A_site_file_places_the_stationed_accounts_at_its_military_site()
    {
        var sites = _dir.Write("sites.csv", "name,lat,lon,radius_m,category\nCity Library,10.78,106.70,300,library\nCamp Example,10.82,106.65,900,military\n");

        var (code, _) = await CliRun.RunAsync("simulate", "--plant-into", Feed(), "--sites", sites, "--seed", "2", "--out", _dir["x"]);

        Assert.Equal(ExitCodes.Done, code);
        var truth = JsonDocument.Parse(File.ReadAllText(_dir["x/truth.json"])).RootElement;
        var site = truth.GetProperty("threats").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "site-exposure").GetProperty("site");
        Assert.Equal("Camp Example", site.GetProperty("name").GetString());
        Assert.Equal("+07:00", truth.GetProperty("timeZone").GetString());
        Assert.StartsWith("name,lat,lon,radius_m,category,aliases\nCamp Example,10.82,106.65,900,", File.ReadAllText(_dir["x/sites.csv"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.csv", "file not found")]
    [InlineData("notes.txt", "cannot tell the format")]
    [InlineData("comments.jsonl", "holds comments, not posts")]
    [InlineData("empty.csv", "the file is empty")]
    public async Task Bad_input_exits_with_code_3_and_says_which_file_and_why(string name, string reason)
    {
        _dir.Write("notes.txt", "just some words\nand more words\n");
        _dir.Write("comments.jsonl", """{"id":"1","video_id":"2","text":"hi","parent_comment_id":"2","like_count":1,"reply_count":0,"create_time":1716000000}""" + "\n");
        _dir.Write("empty.csv", "");
        using var err = new StringWriter();
        var previous = Console.Error;
        Console.SetError(err);
        int code;
        try
        {
            code = await GraywatchApp.RunAsync(["simulate", "--plant-into", _dir[name], "--seed", "1", "--out", _dir["x"]]);
        }
        finally
        {
            Console.SetError(previous);
        }
        Assert.Equal(ExitCodes.BadInput, code);
        // The terminal wraps long lines: compare without white space.
        static string Squeezed(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains(Squeezed(name), Squeezed(err.ToString()), StringComparison.Ordinal);
        Assert.Contains(Squeezed(reason), Squeezed(err.ToString()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rerun_into_its_own_directory_works_and_a_directory_holding_other_files_is_refused()
    {
        var feed = Feed();
        Assert.Equal(ExitCodes.Done, (await CliRun.RunAsync("simulate", "--plant-into", feed, "--seed", "2", "--out", _dir["x"])).Code);
        Assert.Equal(ExitCodes.Done, (await CliRun.RunAsync("simulate", "--plant-into", feed, "--seed", "2", "--out", _dir["x"])).Code);

        _dir.Write("x/old-export.csv", "id,author,created_at\n");

        Assert.Equal(ExitCodes.BadUsage, await GraywatchApp.RunAsync(["simulate", "--plant-into", feed, "--seed", "2", "--out", _dir["x"]]));
    }

    [Fact]
    public async Task Options_of_the_synthetic_generator_are_usage_errors_with_plant_into()
    {
        Assert.Equal(ExitCodes.BadUsage, await GraywatchApp.RunAsync(["simulate", "--plant-into", Feed(), "--posts", "500", "--out", _dir["x"]]));
        Assert.Equal(ExitCodes.BadUsage, await GraywatchApp.RunAsync(["simulate", "--sites", "s.csv", "--out", _dir["y"]]));
    }
}
