namespace Graywatch.Virality;

/// <summary>The curves used for one platform and content kind, and which history they were fitted on.</summary>
/// <param name="Kind">Content kind: <c>original</c>, or the post's parent kind (duet, stitch, repost…).</param>
/// <param name="Fit">Where the curve comes from: <c>platform/kind</c>, <c>platform</c>, <c>all</c> or <c>prior</c>.</param>
/// <param name="Pairs">Pairs of view snapshots the views curve was fitted on.</param>
public sealed record GroupFit(string Platform, string Kind, string Fit, GrowthCurve Views, GrowthCurve Shares, int Pairs);
