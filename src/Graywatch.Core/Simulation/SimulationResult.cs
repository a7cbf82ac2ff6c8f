namespace Graywatch.Simulation;

/// <summary>What a simulation run wrote: the files, and how many posts, accounts and planted threats it generated.</summary>
public sealed record SimulationResult
{
    /// <summary>The directory holding <c>truth.json</c>; every file path is relative to it.</summary>
    public required string Directory { get; init; }
    public required SimulationOptions Options { get; init; }
    public required IReadOnlyList<SimulatedFile> Files { get; init; }
    public required long Posts { get; init; }
    public required long PlantedPosts { get; init; }
    public required int Accounts { get; init; }
    /// <summary>The kinds of the planted threats, in the order of <c>truth.json</c>.</summary>
    public required IReadOnlyList<string> Threats { get; init; }
}
