namespace Graywatch.Ingest;

/// <summary>The totals of one ingest run, as the <c>ingest</c> verb prints them.</summary>
public sealed record IngestSummary(
    IReadOnlyList<FileReport> Files,
    long Records,
    long PostsNew,
    long SnapshotsAdded,
    long AccountsAdded,
    long CommentsAdded,
    long Duplicates,
    IReadOnlyDictionary<string, long> QuarantinedByReason)
{
    public long Quarantined => QuarantinedByReason.Values.Sum();

    /// <summary>Files that failed as a whole.</summary>
    public IEnumerable<FileReport> Failed => Files.Where(f => f.Error is not null);
}
