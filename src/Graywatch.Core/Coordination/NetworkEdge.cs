namespace Graywatch.Coordination;

/// <summary>One account pair of the coordination network with CooRTweet's edge attributes.</summary>
/// <param name="From">The endpoint that entered the network first (names are ids of the pairs' pool).</param>
/// <param name="Weight">Coordinated pairs between the two accounts.</param>
/// <param name="AvgTimeDelta">Mean seconds between the paired shares.</param>
/// <param name="ContentCount">Distinct older shares (CooRTweet <c>n_content_id</c>).</param>
/// <param name="ContentCountY">Distinct newer shares (CooRTweet <c>n_content_id_y</c>).</param>
/// <param name="Symmetry">min/max of the two counts: 1 when both sides contribute equally.</param>
/// <param name="AboveThreshold">The weight exceeds the network's percentile threshold.</param>
public readonly record struct NetworkEdge(
    int From, int To, int Weight, double AvgTimeDelta, int ContentCount, int ContentCountY, double Symmetry, bool AboveThreshold);
