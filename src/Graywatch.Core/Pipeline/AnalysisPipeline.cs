using System.Globalization;
using Graywatch.Detectors;
using Graywatch.Exporters;
using Graywatch.Findings;
using Graywatch.Localization;
using Graywatch.Store;
using Graywatch.Trends;

namespace Graywatch.Pipeline;

/// <summary>Runs every detector over a store, then every exporter into an output folder; made by <see cref="AnalysisPipelineBuilder"/>.</summary>
/// <remarks>
/// Immutable. A failing detector or exporter is recorded and the others still run; only cancellation stops a run.
/// Each file is written to a temporary file and moved into place, so a reader never sees half a file.
/// Runs detectors one after another because a <see cref="GraywatchStore"/> is used from one thread at a time.
/// </remarks>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(IReadOnlyList<IDetector> detectors, IReadOnlyList<IExporter> exporters, DetectorSettings settings, TimeProvider time)
    {
        Detectors = detectors;
        Exporters = exporters;
        Settings = settings;
        Time = time;
    }

    public IReadOnlyList<IDetector> Detectors { get; }

    public IReadOnlyList<IExporter> Exporters { get; }

    public DetectorSettings Settings { get; }

    public TimeProvider Time { get; }

    /// <param name="language"><c>en</c> or <c>zh-TW</c>: the language of findings and reports.</param>
    /// <param name="progress">Receives one line per step, in <paramref name="language"/>.</param>
    public async Task<AnalysisRun> RunAsync(
        GraywatchStore store, string outDir, string language, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var sampling = store.Sampling();
        var generic = GenericHashtags.Learn(store, Settings);
        var findings = new List<Finding>();
        var detectorErrors = new List<string>();
        var runs = new List<DetectorRun>();
        foreach (var detector in Detectors)
        {
            progress?.Report(Say(language, "running {0}", detector.Id));
            var context = new DetectorContext(store, Time, Settings) { Language = language, Sampling = sampling, GenericHashtags = generic };
            try
            {
                var found = await detector.DetectAsync(context, cancellationToken);
                findings.AddRange(found);
                runs.Add(context.Notes.SkipReason is { } reason && found.Count == 0
                    ? new DetectorRun(detector.Id, detector.Module, DetectorStatus.Skipped, 0, reason)
                    : new DetectorRun(detector.Id, detector.Module, found.Count > 0 ? DetectorStatus.Ran : DetectorStatus.FoundNothing, found.Count, null));
                progress?.Report(Say(language, "{0}: {1} findings", detector.Id, found.Count));
            }
            catch (Exception ex) when (!IsCancellation(ex, cancellationToken))
            {
                detectorErrors.Add($"{detector.Id}: {ex.Message}");
                runs.Add(new DetectorRun(detector.Id, detector.Module, DetectorStatus.Failed, 0, ex.Message));
                progress?.Report(Say(language, "{0} failed: {1}", detector.Id, ex.Message));
            }
        }

        IReadOnlyList<Finding> reached = findings;
        try
        {
            reached = PredictedReachStep.Apply(store, findings, Settings, generic, cancellationToken);
        }
        catch (Exception ex) when (!IsCancellation(ex, cancellationToken))
        {
            detectorErrors.Add($"predicted reach: {ex.Message}");
        }
        var (parts, stories) = StoryStep.Apply(store, reached, generic, language, cancellationToken);

        var result = new AnalysisResult(parts, store.Stats(), Time.GetUtcNow(), language, detectorErrors)
        {
            Stories = stories,
            Detectors = runs,
            Sampling = sampling,
            GenericHashtags = generic,
        };
        Directory.CreateDirectory(outDir);
        var files = new List<string>();
        var exporterErrors = new List<string>();
        foreach (var exporter in Exporters)
        {
            try
            {
                files.Add(await WriteAtomicallyAsync(exporter, result, outDir, cancellationToken));
                progress?.Report(Say(language, "wrote {0}", exporter.FileName));
            }
            catch (Exception ex) when (!IsCancellation(ex, cancellationToken))
            {
                exporterErrors.Add($"{exporter.FileName}: {ex.Message}");
                progress?.Report(Say(language, "{0} failed: {1}", exporter.FileName, ex.Message));
            }
        }
        return new AnalysisRun(result, files, exporterErrors);
    }

    private static async Task<string> WriteAtomicallyAsync(IExporter exporter, AnalysisResult result, string outDir, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(Path.Combine(outDir, exporter.FileName));
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await exporter.ExportAsync(result, stream, cancellationToken);
            }
            File.Move(temp, target, overwrite: true);
            return target;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static bool IsCancellation(Exception ex, CancellationToken cancellationToken) =>
        ex is OperationCanceledException && cancellationToken.IsCancellationRequested;

    private static string Say(string language, string key, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, Strings.Get(language, key), args);
}
