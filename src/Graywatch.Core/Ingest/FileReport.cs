namespace Graywatch.Ingest;

/// <summary>What happened to one input file.</summary>
/// <param name="Error">Why the file failed as a whole (the store is unchanged for it), or null.</param>
/// <param name="UsedFileTime">Records whose collection time was taken from the file's modification time.</param>
public sealed record FileReport(
    string Path,
    string? Format,
    long Records,
    long PostsNew,
    long SnapshotsAdded,
    long Duplicates,
    long Quarantined,
    long UsedFileTime,
    string? Error)
{
    /// <summary>Records that added something to the store (a post, a snapshot, an account or a comment): with
    /// <see cref="Duplicates"/> and <see cref="Quarantined"/> they make up <see cref="Records"/>.</summary>
    public long New { get; init; }

    /// <summary>True when the same content had been ingested before: nothing was read again.</summary>
    public bool AlreadyIngested { get; init; }

    /// <summary>True when DuckDB's own JSON reader loaded the file (see <see cref="JsonLinesFastPath"/>).</summary>
    internal bool ReadByDuckDb { get; init; }
}
