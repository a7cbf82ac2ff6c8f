namespace Graywatch.Ingest;

/// <summary>What the store records about one input file.</summary>
/// <param name="ObservedAtOrigin">Where the default collection time came from: <c>option</c> or <c>file-time</c>.</param>
/// <param name="Sampling">How the file's records were collected (<see cref="SamplingKinds"/>).</param>
/// <param name="Archive">The file's copy in the store's archive (a name inside <see cref="Graywatch.Store.SourceArchive.Folder"/>), or null.</param>
internal sealed record SourceDescription(
    string Path, string Sha256, string Format, int MapperVersion, long Bytes, DateTimeOffset ObservedAt, string ObservedAtOrigin, string? Archive, string Sampling);
