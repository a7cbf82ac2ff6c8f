namespace Graywatch.Coordination;

/// <summary>One account's place in a coordination network.</summary>
/// <param name="Degree">Accounts it is paired with.</param>
/// <param name="WeightedDegree">Sum of its edges' weights.</param>
/// <param name="FlaggedDegree">Edges above the weight threshold.</param>
/// <param name="Shares">Shares read for it (before any filter).</param>
/// <param name="CoordinatedPosts">Its distinct posts that appear in a coordinated pair.</param>
public sealed record AccountStats(int Degree, long WeightedDegree, int FlaggedDegree, int Shares, int CoordinatedPosts);
