using Graywatch.Detectors;
using Graywatch.Detectors.Coordination;
using Graywatch.Detectors.Challenges;
using Graywatch.Detectors.EmergingTrends;
using Graywatch.Detectors.Exposure;
using Graywatch.Detectors.HashtagCommunities;
using Graywatch.Detectors.Incitement;
using Graywatch.Detectors.Overview;
using Graywatch.Detectors.Virality;
using Graywatch.Exporters;

namespace Graywatch.Pipeline;

/// <summary>Assembles detectors, exporters, settings and a clock, then freezes them into an <see cref="AnalysisPipeline"/>.</summary>
/// <remarks>Not thread-safe; build once, then share the immutable pipeline.</remarks>
public sealed class AnalysisPipelineBuilder
{
    /// <summary>The detectors, run in this order.</summary>
    public List<IDetector> Detectors { get; } = [];

    /// <summary>The exporters, run in this order; each writes its own file.</summary>
    public List<IExporter> Exporters { get; } = [];

    public DetectorSettings Settings { get; private set; } = DetectorSettings.Empty;

    public TimeProvider Time { get; private set; } = TimeProvider.System;

    /// <summary>A builder with every built-in detector and exporter registered.</summary>
    public static AnalysisPipelineBuilder CreateDefault() => new AnalysisPipelineBuilder()
        .AddDetector(new OverviewDetector())
        .AddDetector(new CoordinationDetector())
        .AddDetector(new EmergingTrendsDetector())
        .AddDetector(new ChallengeDetector())
        .AddDetector(new HashtagCommunitiesDetector())
        .AddDetector(new ViralityDetector())
        .AddDetector(new ExposureDetector())
        .AddDetector(new IncitementDetector())
        .AddExporter(new JsonLinesExporter())
        .AddExporter(new StoriesJsonLinesExporter())
        .AddExporter(new BriefHtmlExporter())
        .AddExporter(new GraphMlExporter())
        .AddExporter(new GeoJsonExporter());

    public AnalysisPipelineBuilder AddDetector(IDetector detector)
    {
        Detectors.Add(detector);
        return this;
    }

    public AnalysisPipelineBuilder AddExporter(IExporter exporter)
    {
        Exporters.Add(exporter);
        return this;
    }

    public AnalysisPipelineBuilder UseSettings(DetectorSettings settings)
    {
        Settings = settings;
        return this;
    }

    public AnalysisPipelineBuilder UseTimeProvider(TimeProvider time)
    {
        Time = time;
        return this;
    }

    /// <summary>Freezes the current registrations; later changes to this builder do not affect the pipeline.</summary>
    /// <exception cref="InvalidOperationException">Two detectors share an id, or two exporters a file name.</exception>
    public AnalysisPipeline Build()
    {
        ThrowOnDuplicate(Detectors.Select(d => d.Id), "detector id");
        ThrowOnDuplicate(Exporters.Select(e => e.FileName), "exporter file name");
        return new AnalysisPipeline([.. Detectors], [.. Exporters], Settings, Time);
    }

    private static void ThrowOnDuplicate(IEnumerable<string> keys, string what)
    {
        var duplicate = keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"the {what} '{duplicate.Key}' is registered twice");
        }
    }
}
