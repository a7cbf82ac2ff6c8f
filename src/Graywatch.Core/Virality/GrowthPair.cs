namespace Graywatch.Virality;

/// <summary>Two observations of one post's reach: the history a <see cref="GrowthCurve"/> is fitted on.</summary>
/// <param name="Age1">Age (hours) at the earlier observation.</param>
/// <param name="Age2">Age (hours) at the later observation.</param>
public readonly record struct GrowthPair(double Age1, double Count1, double Age2, double Count2);
