namespace Graywatch.Trends;

/// <summary>Where a challenge is in its lifecycle at the end of the analysed span.</summary>
public enum ChallengePhase
{
    /// <summary>Its busiest bin is the latest one (or the one before): still rising.</summary>
    Emerging,
    /// <summary>Past its peak but still above half of it.</summary>
    Peaking,
    /// <summary>The latest bin holds at most half of the peak.</summary>
    Decaying,
}
