namespace Graywatch.Ingest;

/// <summary>How to ingest: a forced format, a collection time, reader options.</summary>
public sealed record IngestOptions
{
    /// <summary>A reader's format name; null to detect each file's format from its content.</summary>
    public string? Format { get; init; }

    /// <summary>Collection time for exports that do not carry one; null means each file's modification time.</summary>
    public DateTimeOffset? ObservedAt { get; init; }

    /// <summary>
    /// How the files were collected (<see cref="SamplingKinds"/>), as the user says with <c>--sampling</c>; null to take it
    /// from the records (<see cref="SamplingInference"/>) or the format, else <c>unknown</c>.
    /// </summary>
    public string? Sampling { get; init; }

    /// <summary>Options passed to readers (for example column mappings).</summary>
    public IReadOnlyDictionary<string, string>? ReaderOptions { get; init; }

    /// <summary>
    /// Lets DuckDB's JSON reader load plain TikTok Research API JSON Lines (the same rows, in about half the time);
    /// false sends every file through the general readers.
    /// </summary>
    public bool NativeJsonLines { get; init; } = true;
}
