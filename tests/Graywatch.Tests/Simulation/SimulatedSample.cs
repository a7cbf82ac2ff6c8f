using System.Text.Json;
using Graywatch.Simulation;

namespace Graywatch.Tests.Simulation;

/// <summary>One small zeeschuimer simulation shared by a test class, with its lines parsed.</summary>
public sealed class SimulatedSample : IDisposable
{
    public static readonly SimulationOptions Options = new() { Posts = 800, Seed = 11, Rounds = 3, Days = 7 };

    public SimulatedSample()
    {
        Directory = Path.Combine(Path.GetTempPath(), "graywatch-sim-" + Guid.NewGuid().ToString("N"));
        Result = new Simulator(Options, new Random(Options.Seed)).Run(Directory);
        Rounds = [.. Enumerable.Range(1, Options.Rounds).Select(r => File.ReadAllLines(Path.Combine(Directory, $"items-r{r}.ndjson")).Select(l => JsonDocument.Parse(l).RootElement).ToList())];
        Truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, Simulator.TruthFileName))).RootElement;
        Items = Rounds[0].ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("data"));
    }

    public string Directory { get; }

    public SimulationResult Result { get; }

    /// <summary>Parsed lines of each round file.</summary>
    public List<List<JsonElement>> Rounds { get; }

    /// <summary>Round-1 TikTok items by post id.</summary>
    public Dictionary<string, JsonElement> Items { get; }

    public JsonElement Truth { get; }

    public JsonElement Threat(string kind) => Truth.GetProperty("threats").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == kind);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
