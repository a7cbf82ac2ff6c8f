namespace Graywatch.Readers;

/// <summary>Reads one source format and maps its records to canonical records.</summary>
/// <remarks>Implementations are stateless and thread-safe; state lives in the enumeration.</remarks>
public interface IRecordReader
{
    /// <summary>The name users pass to <c>--format</c>, such as <c>tiktok-research</c>.</summary>
    string Format { get; }

    /// <summary>Bumped whenever the mapping changes, so stored records say which mapper made them.</summary>
    int MapperVersion { get; }

    /// <summary>
    /// How the format's data were collected, when the format itself says so (see <c>SamplingKinds</c>:
    /// <c>feed</c>, <c>search</c>, <c>account</c>, <c>census</c>, <c>simulated</c>); null when it does not.
    /// </summary>
    string? Sampling => null;

    /// <summary>How confident the reader is that it can read the sampled file: 0 means not at all.</summary>
    int Sniff(FileSample sample);

    /// <summary>Streams the records of <paramref name="stream"/> (already decompressed and UTF-8).</summary>
    /// <exception cref="InputException">The file as a whole cannot be read (truncated document, wrong format).</exception>
    IEnumerable<MappedRecord> Read(Stream stream, ReaderContext context, CancellationToken cancellationToken);
}
