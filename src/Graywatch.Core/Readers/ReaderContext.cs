namespace Graywatch.Readers;

/// <summary>What a reader needs to know about the file it reads.</summary>
/// <param name="SourcePath">The file as the user named it (for messages).</param>
/// <param name="DefaultObservedAt">Collection time for records that do not carry their own.</param>
/// <param name="Options">Reader options from configuration or the command line (for example column mappings).</param>
public sealed record ReaderContext(
    string SourcePath,
    DateTimeOffset DefaultObservedAt,
    IReadOnlyDictionary<string, string>? Options = null)
{
    /// <summary>
    /// True when the ingest keeps a byte-for-byte copy of the file, so line-oriented readers may leave
    /// <see cref="MappedRecord.Raw"/> empty and give <see cref="MappedRecord.RawOffset"/> and
    /// <see cref="MappedRecord.RawLength"/> instead (quarantined records always keep their text).
    /// </summary>
    public bool RawByOffset { get; init; }

    /// <summary>An option's value, or null.</summary>
    public string? Option(string name) => Options is not null && Options.TryGetValue(name, out var v) ? v : null;
}
