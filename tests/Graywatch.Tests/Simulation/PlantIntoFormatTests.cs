using System.Globalization;
using Graywatch.Readers;
using Graywatch.Simulation;
using Graywatch.Testing;

namespace Graywatch.Tests.Simulation;

/// <summary>Planting into every post format Graywatch reads: the planted file is in the input's format, and Graywatch reads it back whole.</summary>
public sealed class PlantIntoFormatTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> Formats() => ["scraper-csv", "zeeschuimer", "tiktok-research", "scraper-json", "qut-coordination", "coortweet", "generic-csv", "generic-jsonl"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_planted_file_is_detected_as_the_inputs_format_and_read_back_with_nothing_quarantined(string kind)
    {
        var input = Input(kind);
        var format = kind.StartsWith("generic", StringComparison.Ordinal) ? "generic" : kind;

        var result = new RealDataPlanter(new PlantIntoOptions { Inputs = [input], Seed = 4 }).Run(_dir["out"]);

        Assert.Equal(format, result.Format);
        var planted = result.Files.Where(f => f.Kind == "posts").ToList();
        Assert.NotEmpty(planted);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in planted)
        {
            var path = Path.Combine(result.Directory, file.Path);
            var head = File.ReadAllText(path);
            Assert.Equal(file.Format, ReaderCatalog.Detect(new FileSample(Path.GetFileName(path), head[..Math.Min(head.Length, 65_536)]))?.Format);
            var records = Read(path, file.Format!);
            Assert.DoesNotContain(records, r => r.IsQuarantined);
            Assert.Equal(file.Lines, records.Count(r => r.Post is not null));
            ids.UnionWith(records.Where(r => r.Post is not null).Select(r => r.Post!.Id));
        }
        Assert.Equal(result.PlantedPosts, ids.Count);
    }

    [Fact]
    public void A_csv_input_keeps_its_header_line_and_column_order_in_the_planted_file()
    {
        var input = Input("scraper-csv");

        var result = new RealDataPlanter(new PlantIntoOptions { Inputs = [input], Seed = 4 }).Run(_dir["out"]);

        Assert.Equal(File.ReadLines(input).First(), File.ReadLines(Path.Combine(result.Directory, "planted.csv")).First());
        var row = File.ReadLines(Path.Combine(result.Directory, "planted.csv")).Skip(1).First();
        Assert.Matches(@",\d+(\.\d)?[KM]?,\d{19},", row);
    }

    [Fact]
    public void Formats_without_coordinates_put_the_stationed_accounts_in_a_generic_file_and_say_so()
    {
        var result = new RealDataPlanter(new PlantIntoOptions { Inputs = [Input("tiktok-research")], Seed = 4 }).Run(_dir["out"]);

        Assert.Contains(result.Files, f => f.Path == RealDataPlanter.GenericName);
        Assert.Contains(result.Notices, n => n.Contains("cannot carry coordinates", StringComparison.Ordinal) && n.Contains("site-exposure", StringComparison.Ordinal));
        var truth = File.ReadAllText(Path.Combine(result.Directory, "truth.json"));
        Assert.Contains("\"path\": \"planted-generic.csv\"", truth, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_generic_fallback_threats_the_format_cannot_carry_are_left_out_and_named_in_the_truth()
    {
        var result = new RealDataPlanter(new PlantIntoOptions { Inputs = [Input("coortweet")], Seed = 4, GenericFallback = false }).Run(_dir["out"]);

        Assert.Equal(["coordination-ring"], result.Threats);
        Assert.DoesNotContain(result.Files, f => f.Path == RealDataPlanter.GenericName);
        var truth = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(result.Directory, "truth.json"))).RootElement;
        Assert.Equal(4, truth.GetProperty("plantedInto").GetProperty("notPlanted").GetArrayLength());
        Assert.Single(truth.GetProperty("threats").EnumerateArray());
    }

    [Fact]
    public void Coordinates_in_the_data_place_the_site_near_their_median_and_keep_the_stationed_posts_in_the_planted_file()
    {
        var result = new RealDataPlanter(new PlantIntoOptions { Inputs = [Input("generic-jsonl")], Seed = 4 }).Run(_dir["out"]);

        Assert.Equal("coordinates", result.AreaFrom);
        Assert.DoesNotContain(result.Files, f => f.Path == RealDataPlanter.GenericName);
        var truth = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(result.Directory, "truth.json"))).RootElement;
        var site = truth.GetProperty("threats").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "site-exposure").GetProperty("site");
        var distance = Kilometres(site.GetProperty("lat").GetDouble(), site.GetProperty("lon").GetDouble(), 21.03, 105.85);
        Assert.InRange(distance, 6, 15);
        Assert.Equal("+07:00", truth.GetProperty("timeZone").GetString());
    }

    [Fact]
    public void Region_codes_without_coordinates_place_the_site_near_the_capital_of_the_most_common_region()
    {
        var result = new RealDataPlanter(new PlantIntoOptions { Inputs = [Input("zeeschuimer")], Seed = 4 }).Run(_dir["out"]);

        Assert.StartsWith("region ", result.AreaFrom, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Notices, n => n.Contains("no known region code", StringComparison.Ordinal));
    }

    private static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLon = (lon2 - lon1) * Math.PI / 180;
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * 6371 * Math.Asin(Math.Sqrt(a));
    }

    private List<MappedRecord> Read(string path, string format)
    {
        using var stream = File.OpenRead(path);
        return [.. ReaderCatalog.ByName(format)!.Read(stream, new ReaderContext(path, Some.Clock().GetUtcNow()), CancellationToken.None)];
    }

    /// <summary>A small real-shaped export of the given kind, 300 posts over 20 days.</summary>
    private string Input(string kind)
    {
        var random = new Random(8);
        var end = new DateTimeOffset(2025, 5, 28, 0, 0, 0, TimeSpan.Zero);
        var rows = Enumerable.Range(0, 300).Select(i =>
        {
            var t = end.AddSeconds(-random.Next(20 * 86_400));
            return (Id: (((ulong)t.ToUnixTimeSeconds() << 32) | (uint)random.Next()).ToString(CultureInfo.InvariantCulture), Author: $"user{random.Next(90)}", Time: t,
                Views: random.Next(100, 900_000), Followers: random.Next(10, 90_000), Tag: $"tag{random.Next(30)}");
        }).ToList();
        string Lines(Func<(string Id, string Author, DateTimeOffset Time, int Views, int Followers, string Tag), string> line) => string.Join('\n', rows.Select(line)) + "\n";
        switch (kind)
        {
            case "scraper-csv":
                return FeedScrapeFixture.Write(_dir["feed.csv"], 300, seed: 8);
            case "zeeschuimer":
            case "tiktok-research":
                var options = new SimulationOptions { Posts = 300, Seed = 8, Rounds = 1, PlantThreats = false, Shape = kind == "zeeschuimer" ? OutputShape.Zeeschuimer : OutputShape.Research };
                new Simulator(options, new Random(8)).Run(_dir["sim"]);
                return Directory.GetFiles(_dir["sim"], kind == "zeeschuimer" ? "*.ndjson" : "*.jsonl").Single();
            case "scraper-json":
                return _dir.Write("videos.json", Lines(r => $$"""{"id":"{{r.Id}}","text":"nice #{{r.Tag}}","createTime":{{r.Time.ToUnixTimeSeconds()}},"authorMeta":{"name":"{{r.Author}}","fans":{{r.Followers}}},"hashtags":[{"name":"{{r.Tag}}"}],"playCount":{{r.Views}},"diggCount":{{r.Views / 30}}}"""));
            case "qut-coordination":
                return _dir.Write("qut.csv", "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n"
                    + Lines(r => $"{r.Id},{r.Author.GetHashCode(StringComparison.Ordinal) & 0xFFFFFF},{r.Author},,,hello #{r.Tag},{r.Time.ToUnixTimeSeconds()},"));
            case "coortweet":
                return _dir.Write("coortweet.csv", "object_id,account_id,content_id,timestamp_share\n"
                    + Lines(r => $"obj{r.Tag},{r.Author},{r.Id},{r.Time.ToUnixTimeSeconds()}"));
            case "generic-csv":
                return _dir.Write("generic.csv", "id,author,created_at,text,hashtags,views,followers\n"
                    + Lines(r => $"{r.Id},{r.Author},{r.Time:yyyy-MM-ddTHH:mm:ssZ},hi #{r.Tag},{r.Tag},{r.Views},{r.Followers}"));
            default:
                return _dir.Write("generic.jsonl", Lines(r => $$"""{"id":"{{r.Id}}","author":"{{r.Author}}","created_at":"{{r.Time:yyyy-MM-ddTHH:mm:ssZ}}","text":"hi","hashtags":["{{r.Tag}}"],"views":{{r.Views}},"followers":{{r.Followers}},"lat":21.03,"lon":105.85}"""));
        }
    }
}
