using System.Text.Json;
using Graywatch.Cli.Infrastructure;
using Graywatch.Testing;
using Graywatch.Tests.Cli;

namespace Graywatch.Tests.Simulation;

/// <summary>Threats planted into an export and analysed as a user would: <c>simulate --plant-into</c>, then <c>analyze DIR --sites DIR/sites.csv</c>; truth and findings parsed.</summary>
public sealed class PlantedRun : IDisposable
{
    private readonly TempDir _dir = new();

    private PlantedRun(string input, int seed)
    {
        var (code, output) = CliRun.RunAsync("simulate", "--plant-into", input, "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", _dir["x"]).GetAwaiter().GetResult();
        Assert.True(code == ExitCodes.Done, output);
        (code, output) = CliRun.RunAsync("analyze", _dir["x"], "--db", _dir["x.duckdb"], "--sites", _dir["x/sites.csv"], "--out", _dir["out"]).GetAwaiter().GetResult();
        Assert.True(code == ExitCodes.Done, output);
        Truth = JsonDocument.Parse(File.ReadAllText(_dir["x/truth.json"])).RootElement;
        Findings = [.. File.ReadLines(_dir["out/findings.jsonl"]).Select(l => JsonDocument.Parse(l).RootElement).Where(f => f.TryGetProperty("module", out _))];
        Stories = [.. File.ReadLines(_dir["out/stories.jsonl"]).Select(l => JsonDocument.Parse(l).RootElement)];
    }

    /// <summary>The run's stories, each with its parts.</summary>
    public IReadOnlyList<JsonElement> Stories { get; }

    /// <summary>The story a finding belongs to.</summary>
    public JsonElement StoryOf(JsonElement finding) =>
        Stories.Single(s => s.GetProperty("id").GetString() == finding.GetProperty("story_id").GetString());

    /// <summary>Every account, post, hashtag and site string the truth names, lower case without <c>#</c> or <c>@</c>.</summary>
    public HashSet<string> PlantedEntities()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonElement e, string? name)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    Walk(p.Value, p.Name);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var x in e.EnumerateArray())
                {
                    Walk(x, name);
                }
            }
            else if (e.ValueKind == JsonValueKind.String && name is "id" or "uniqueId" or "hashtag" or "hashtags" or "postId" or "postIds"
                     or "angryPostIds" or "calmPostIds" or "authorIds" or "accountId" or "name" or "chineseName")
            {
                keys.Add(e.GetString()!.TrimStart('#', '@').ToLowerInvariant());
            }
        }
        Walk(Truth.GetProperty("threats"), null);
        return keys;
    }

    /// <summary>Stories none of whose parts names a planted entity: what the real posts raised.</summary>
    public List<JsonElement> RealStories()
    {
        var planted = PlantedEntities();
        return [.. Stories.Where(s => !s.GetProperty("parts").EnumerateArray().Any(p =>
            p.GetProperty("entities").EnumerateArray().Any(e => planted.Contains(e.GetProperty("id").GetString()!.TrimStart('#', '@').ToLowerInvariant()))
            || p.GetProperty("evidence").TryGetProperty("members", out var m) && m.EnumerateArray().Any(x => planted.Contains(x.GetString()!.ToLowerInvariant()))))];
    }

    public JsonElement Truth { get; }

    public IReadOnlyList<JsonElement> Findings { get; }

    public static PlantedRun Into(string input, int seed) => new(input, seed);

    public JsonElement Threat(string kind) => Truth.GetProperty("threats").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == kind);

    public static HashSet<string> Entities(JsonElement finding, string kind) =>
        [.. finding.GetProperty("entities").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == kind).Select(e => e.GetProperty("id").GetString()!)];

    /// <summary>The coordination finding sharing most members with the ring: its recall and precision over the ring's accounts.</summary>
    public (double Recall, double Precision) RingScore()
    {
        var ring = Threat("coordination-ring").GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("uniqueId").GetString()!).ToHashSet();
        var best = Findings.Where(f => f.GetProperty("detector").GetString() == "coordination")
            .Select(f => f.GetProperty("evidence").GetProperty("members").EnumerateArray().Select(m => m.GetString()!).ToHashSet())
            .OrderByDescending(m => m.Count(ring.Contains)).FirstOrDefault() ?? [];
        var hit = best.Count(ring.Contains);
        return ((double)hit / ring.Count, best.Count == 0 ? 0 : (double)hit / best.Count);
    }

    /// <summary>Medium or High findings of a module that name one of the threat's hashtags.</summary>
    public List<JsonElement> Alerts(string module, IEnumerable<string> hashtags) =>
        [.. Findings.Where(f => f.GetProperty("module").GetString() == module && IsAlert(f) && Entities(f, "hashtag").Overlaps(hashtags))];

    public List<JsonElement> AlertsOnPost(string module, string postId) =>
        [.. Findings.Where(f => f.GetProperty("module").GetString() == module && IsAlert(f) && Entities(f, "post").Contains(postId))];

    /// <summary>Accounts of the "likely stationed" findings: recall and precision over the planted stationed accounts.</summary>
    public (double Recall, double Precision) StationedScore()
    {
        var planted = Threat("site-exposure").GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("uniqueId").GetString()!).ToHashSet();
        var found = Findings.Where(f => f.GetProperty("module").GetString() == "exposure" && f.GetProperty("title").GetString()!.StartsWith("Likely stationed", StringComparison.Ordinal))
            .SelectMany(f => Entities(f, "account")).ToHashSet();
        var hit = found.Count(planted.Contains);
        return ((double)hit / planted.Count, found.Count == 0 ? 0 : (double)hit / found.Count);
    }

    public static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    private static bool IsAlert(JsonElement f) => f.GetProperty("severity").GetString() is "high" or "medium";

    public void Dispose() => _dir.Dispose();
}
