using System.Globalization;
using Graywatch.Detectors;
using Graywatch.Exporters;
using Graywatch.Findings;
using Graywatch.Localization;
using Graywatch.Store;

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
        var context = new DetectorContext(store, Time, Settings) { Language = language };
        var findings = new List<Finding>();
        var detectorErrors = new List<string>();
        foreach (var detector in Detectors)
        {
            progress?.Report(Say(language, "running {0}", detector.Id));
            try
            {
                var found = await detector.DetectAsync(context, cancellationToken);
                findings.AddRange(found);
                progress?.Report(Say(language, "{0}: {1} findings", detector.Id, found.Count));
            }
            catch (Exception ex) when (!IsCancellation(ex, cancellationToken))
            {
                detectorErrors.Add($"{detector.Id}: {ex.Message}");
                progress?.Report(Say(language, "{0} failed: {1}", detector.Id, ex.Message));
            }
        }

        IReadOnlyList<Finding> reached = findings;
        try
        {
            reached = PredictedReachStep.Apply(store, findings, Settings, cancellationToken);
        }
        catch (Exception ex) when (!IsCancellation(ex, cancellationToken))
        {
            detectorErrors.Add($"predicted reach: {ex.Message}");
        }

        var result = new AnalysisResult(reached, store.Stats(), Time.GetUtcNow(), language, detectorErrors);
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
