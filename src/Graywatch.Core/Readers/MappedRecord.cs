using Graywatch.Model;

namespace Graywatch.Readers;

/// <summary>What a reader made of one source record: canonical records, or a quarantine reason.</summary>
/// <remarks>
/// One raw record (a CSV row, a JSON line, an item of a response array) may yield a post, its engagement
/// snapshot, its author's account and a comment at once. A record that cannot be mapped carries only
/// <see cref="QuarantineReason"/> and its raw text.
/// </remarks>
public sealed class MappedRecord
{
    /// <summary>1-based line number (line-oriented formats) or item index (documents) in the source file.</summary>
    public required long Item { get; init; }

    /// <summary>The raw record as read, kept so a mapper can be fixed and re-run later.</summary>
    public string? Raw { get; internal set; }

    /// <summary>Where the raw record starts in the (decompressed) file, in bytes; null when it is not one contiguous line.</summary>
    public long? RawOffset { get; internal set; }

    /// <summary>The raw record's length in bytes, with <see cref="RawOffset"/>.</summary>
    public int? RawLength { get; internal set; }

    public Post? Post { get; init; }
    public EngagementSnapshot? Snapshot { get; init; }
    public Account? Account { get; init; }
    public Comment? Comment { get; init; }

    /// <summary>Why this record could not be mapped; null when it was.</summary>
    public string? QuarantineReason { get; init; }

    /// <summary>A short, stable reason key for summaries (for example <c>invalid-json</c>).</summary>
    public string? QuarantineKind { get; init; }

    public bool IsQuarantined => QuarantineReason is not null;

    /// <summary>Builds a quarantined record.</summary>
    public static MappedRecord Quarantine(long item, string kind, string reason, string? raw) =>
        new() { Item = item, QuarantineKind = kind, QuarantineReason = reason, Raw = raw };
}
