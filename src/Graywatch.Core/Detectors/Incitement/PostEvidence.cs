namespace Graywatch.Detectors.Incitement;

/// <summary>How strong the incitement evidence of one post is (see <see cref="IncitementSeverity"/>).</summary>
public enum PostEvidence
{
    /// <summary>Model scores alone, or one kind of reason.</summary>
    Weak,

    /// <summary>A high score with at least two kinds of reason.</summary>
    Strong,

    /// <summary>Violence named against a target, or a call to action with a time, place or target.</summary>
    Explicit,
}
