namespace Graywatch.Bursts;

/// <summary>One burst found by Kleinberg's automaton: a maximal run at or above <see cref="Level"/>, with its weight.</summary>
/// <param name="Level">1 for the first state above the base rate, 2 for the next, and so on; a level-2 burst lies inside a level-1 burst.</param>
/// <param name="First">The first event (event form) or bin (binned form) of the burst, by index.</param>
/// <param name="Last">The last event or bin of the burst, by index, inclusive.</param>
/// <param name="Weight">Kleinberg's burst weight: the cost saved by explaining the run at this level rather than the one below; larger is stronger.</param>
public sealed record BurstInterval(int Level, int First, int Last, double Weight);
