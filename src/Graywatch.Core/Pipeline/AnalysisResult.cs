using Graywatch.Findings;
using Graywatch.Ingest;
using Graywatch.Store;
using Graywatch.Trends;

namespace Graywatch.Pipeline;

/// <summary>Everything an exporter renders: the findings, the store's totals, when, and in which language.</summary>
/// <param name="Language">The report language: <c>en</c> or <c>zh-TW</c>.</param>
/// <param name="DetectorErrors">Detectors that failed, with their messages; the others still ran.</param>
public sealed record AnalysisResult(
    IReadOnlyList<Finding> Findings,
    StoreStats Stats,
    DateTimeOffset GeneratedAt,
    string Language,
    IReadOnlyList<string> DetectorErrors)
{
    /// <summary>The findings grouped by event (<see cref="StoryStep"/>), most severe first; each finding's <see cref="Finding.StoryId"/> names its story.</summary>
    public IReadOnlyList<Finding> Stories { get; init; } = [];

    /// <summary>Every detector of the run: ran, found nothing, skipped (with why) or failed.</summary>
    public IReadOnlyList<DetectorRun> Detectors { get; init; } = [];

    /// <summary>How the store's posts were collected.</summary>
    public SamplingProfile Sampling { get; init; } = SamplingProfile.Unknown;

    /// <summary>The discovery hashtags of this store, listed and learned.</summary>
    public GenericHashtags GenericHashtags { get; init; } = GenericHashtags.ListOnly;

    /// <summary>The Graywatch version that made the result.</summary>
    public string Version { get; init; } = typeof(AnalysisResult).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
        .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0";
}
