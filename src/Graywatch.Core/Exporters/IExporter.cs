using Graywatch.Pipeline;

namespace Graywatch.Exporters;

/// <summary>Renders an analysis into one output file; writes content only, decides nothing.</summary>
public interface IExporter
{
    /// <summary>The file this exporter writes into the output folder, such as <c>brief.html</c>.</summary>
    string FileName { get; }

    Task ExportAsync(AnalysisResult result, Stream output, CancellationToken cancellationToken);
}
