namespace Graywatch.Pipeline;

/// <summary>One detector's line in a run's report: ran, found nothing, skipped or failed, and why.</summary>
/// <param name="Findings">How many findings it raised.</param>
/// <param name="Reason">Why it was skipped, or the failure's message; null otherwise.</param>
public sealed record DetectorRun(string Id, string Module, DetectorStatus Status, int Findings, string? Reason)
{
    /// <summary>The status as written in JSON: <c>ran</c>, <c>found-nothing</c>, <c>skipped</c>, <c>failed</c>.</summary>
    public string StatusName => Status switch
    {
        DetectorStatus.Ran => "ran",
        DetectorStatus.FoundNothing => "found-nothing",
        DetectorStatus.Skipped => "skipped",
        _ => "failed",
    };
}
