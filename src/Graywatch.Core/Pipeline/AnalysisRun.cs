namespace Graywatch.Pipeline;

/// <summary>What a pipeline run produced: the analysis, the files written, and the exporters that failed.</summary>
/// <param name="Files">Full paths of the files written, in exporter order.</param>
/// <param name="ExporterErrors"><c>{file name}: {message}</c> per failed exporter; the others still wrote their files.</param>
public sealed record AnalysisRun(AnalysisResult Result, IReadOnlyList<string> Files, IReadOnlyList<string> ExporterErrors);
