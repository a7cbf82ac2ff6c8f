namespace Graywatch.Pipeline;

/// <summary>How one detector's run ended.</summary>
public enum DetectorStatus
{
    /// <summary>It looked at the data and raised findings.</summary>
    Ran,
    /// <summary>It looked at the data and raised nothing.</summary>
    FoundNothing,
    /// <summary>It stood down before looking (no site file, no coordinates, too few snapshots…), with its reason.</summary>
    Skipped,
    /// <summary>It threw; the other detectors still ran.</summary>
    Failed,
}
