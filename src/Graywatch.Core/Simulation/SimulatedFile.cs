namespace Graywatch.Simulation;

/// <summary>One file a simulation wrote: its path relative to the truth directory, what it holds, and for round files the observation time and line count.</summary>
public sealed record SimulatedFile(string Path, string Kind, int? Round, DateTimeOffset? ObservedAt, long Lines, long Bytes);
