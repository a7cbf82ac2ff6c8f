namespace Graywatch.Simulation;

/// <summary>What planting into real data wrote, over which window and area, and what it could not do as asked.</summary>
public sealed record PlantIntoResult
{
    /// <summary>The output directory; every file path is relative to it.</summary>
    public required string Directory { get; init; }
    public required IReadOnlyList<SimulatedFile> Files { get; init; }
    /// <summary>The reader format of the planted file (the first input's).</summary>
    public required string Format { get; init; }
    public required long RealPosts { get; init; }
    public required long PlantedPosts { get; init; }
    /// <summary>The kinds of the planted threats, in the order of <c>truth.json</c>.</summary>
    public required IReadOnlyList<string> Threats { get; init; }
    public required DateTimeOffset WindowStart { get; init; }
    public required DateTimeOffset WindowEnd { get; init; }
    public required DateTimeOffset ObservedAt { get; init; }
    /// <summary>Where the sites come from: <c>coordinates</c>, <c>region XX</c>, <c>sites-file</c> or <c>default</c>.</summary>
    public required string AreaFrom { get; init; }
    /// <summary>Degradations and caveats, one sentence each (also in <c>truth.json</c>).</summary>
    public required IReadOnlyList<string> Notices { get; init; }
}
