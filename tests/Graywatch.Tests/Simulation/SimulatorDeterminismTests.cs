using System.Text.Json;
using Graywatch.Simulation;

namespace Graywatch.Tests.Simulation;

public sealed class SimulatorDeterminismTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "graywatch-simdet-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Run(SimulationOptions options, string name)
    {
        var dir = Path.Combine(_root, name);
        new Simulator(options, new Random(options.Seed)).Run(dir);
        return dir;
    }

    private static Dictionary<string, byte[]> Contents(string dir) =>
        Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllBytes);

    [Theory]
    [InlineData(OutputShape.Zeeschuimer)]
    [InlineData(OutputShape.Research)]
    public void The_same_seed_and_options_give_identical_bytes(OutputShape shape)
    {
        var options = new SimulationOptions { Posts = 700, Seed = 5, Shape = shape };
        var a = Contents(Run(options, "a"));
        var b = Contents(Run(options, "b"));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(b[kv.Key]), kv.Key));
    }

    [Fact]
    public void A_different_seed_gives_different_posts()
    {
        var a = File.ReadAllBytes(Path.Combine(Run(new SimulationOptions { Posts = 700, Seed = 1 }, "a"), "items-r1.ndjson"));
        var b = File.ReadAllBytes(Path.Combine(Run(new SimulationOptions { Posts = 700, Seed = 2 }, "b"), "items-r1.ndjson"));
        Assert.False(a.AsSpan().SequenceEqual(b));
    }

    [Fact]
    public void The_research_shape_writes_raw_19_digit_ids_and_dates_each_file_by_its_round()
    {
        var options = new SimulationOptions { Posts = 700, Seed = 3, Shape = OutputShape.Research, Rounds = 2 };
        var dir = Run(options, "r");
        string[] required = ["id", "create_time", "username", "video_description", "hashtag_names", "music_id", "effect_ids", "view_count", "like_count", "comment_count", "share_count", "favorites_count", "video_duration", "video_mention_list"];
        for (var r = 1; r <= 2; r++)
        {
            var path = Path.Combine(dir, $"videos-r{r}.jsonl");
            Assert.Equal(options.ObservedAt(r).UtcDateTime, File.GetLastWriteTimeUtc(path));
            var lines = File.ReadAllLines(path);
            Assert.Equal(700, lines.Length);
            foreach (var line in lines)
            {
                Assert.Matches("^\\{\"id\":[1-9][0-9]{18},", line);
                var e = JsonDocument.Parse(line).RootElement;
                Assert.All(required, f => Assert.True(e.TryGetProperty(f, out _), f));
                Assert.Equal(JsonValueKind.Number, e.GetProperty("id").ValueKind);
            }
            var parsed = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Contains(parsed, e => e.TryGetProperty("voice_to_text", out _));
            Assert.Contains(parsed, e => e.TryGetProperty("playlist_id", out _));
            Assert.Contains(parsed, e => e.TryGetProperty("region_code", out _));
        }
        Assert.Equal(2, Directory.GetFiles(dir, "videos-r*.jsonl").Length);
    }

    [Fact]
    public void Without_threats_the_truth_lists_none_and_no_post_has_coordinates()
    {
        var dir = Run(new SimulationOptions { Posts = 300, Seed = 4, PlantThreats = false, Rounds = 1 }, "n");
        var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, Simulator.TruthFileName))).RootElement;
        Assert.Equal(0, truth.GetProperty("threats").GetArrayLength());
        Assert.DoesNotContain("\"lat\":", File.ReadAllText(Path.Combine(dir, "items-r1.ndjson")), StringComparison.Ordinal);
    }
}
