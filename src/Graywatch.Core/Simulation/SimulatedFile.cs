namespace Graywatch.Simulation;

/// <summary>One file a simulation wrote: its path relative to the truth directory, what it holds, and for round files the observation time and line count.</summary>
/// <param name="Format">The reader format of a post file planted into real data (or of a copied real export); null in <c>simulate</c>'s own output.</param>
public sealed record SimulatedFile(string Path, string Kind, int? Round, DateTimeOffset? ObservedAt, long Lines, long Bytes, string? Format = null);
