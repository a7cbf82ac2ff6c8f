namespace Graywatch.Ingest;

/// <summary>Progress of an ingest: which file, how many of its bytes were read, how many records.</summary>
public readonly record struct IngestProgress(string Path, int FileIndex, int FileCount, long BytesRead, long BytesTotal, long Records);
