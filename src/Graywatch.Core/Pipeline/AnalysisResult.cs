using Graywatch.Findings;
using Graywatch.Store;

namespace Graywatch.Pipeline;

/// <summary>Everything an exporter renders: the findings, the store's totals, when, and in which language.</summary>
/// <param name="Language">The report language: <c>en</c> or <c>zh-TW</c>.</param>
/// <param name="DetectorErrors">Detectors that failed, with their messages; the others still ran.</param>
public sealed record AnalysisResult(
    IReadOnlyList<Finding> Findings,
    StoreStats Stats,
    DateTimeOffset GeneratedAt,
    string Language,
    IReadOnlyList<string> DetectorErrors);
