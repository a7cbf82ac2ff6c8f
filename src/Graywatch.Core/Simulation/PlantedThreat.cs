using System.Text.Json;

namespace Graywatch.Simulation;

/// <summary>One planted threat: its kind, the posts it added, and how to describe it in <c>truth.json</c>.</summary>
internal sealed record PlantedThreat(string Kind, string Description, IReadOnlyList<SimPost> Posts, Action<Utf8JsonWriter> WriteDetails);
