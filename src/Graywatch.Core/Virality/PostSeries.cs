namespace Graywatch.Virality;

/// <summary>One post's snapshots as count observations sorted by age, and whether it fits a model or calibrates its interval.</summary>
/// <param name="Calibrates">True for the hash-chosen 30% of posts held out to calibrate the interval.</param>
/// <param name="Shares">The shares series, or null when some snapshot lacks shares.</param>
public sealed record PostSeries(string Platform, string PostId, bool Calibrates, IReadOnlyList<CountObservation> Views, IReadOnlyList<CountObservation>? Shares);
