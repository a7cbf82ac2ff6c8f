namespace Graywatch.Detectors;

/// <summary>What a detector says about its run besides its findings: that it stood down, and why.</summary>
/// <remarks>One per detector run, made by the pipeline; not thread-safe.</remarks>
public sealed class DetectorNotes
{
    /// <summary>Why the detector did not look at the data (in the run's language); null when it ran.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>Records that the detector stood down, with a reason a reader understands ("no site file given").</summary>
    public void Skip(string reason) => SkipReason = reason;
}
