namespace Graywatch.Coordination;

/// <summary>One connected group of a coordination network.</summary>
/// <param name="Objects">Distinct objects shared in the group's coordinated pairs.</param>
public sealed record GroupStats(int Group, int Accounts, int Edges, long Weight, int FlaggedEdges, int Objects);
