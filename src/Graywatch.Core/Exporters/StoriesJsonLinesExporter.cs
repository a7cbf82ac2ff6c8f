using Graywatch.Pipeline;

namespace Graywatch.Exporters;

/// <summary>Writes <c>stories.jsonl</c>: one story per line, most severe first, each with its parts and their evidence.</summary>
/// <remarks>Each line is a finding object with <c>"record":"story"</c>, <c>"detector":"story"</c> and a <c>parts</c> array of findings. Stateless.</remarks>
public sealed class StoriesJsonLinesExporter : IExporter
{
    public string FileName => "stories.jsonl";

    public Task ExportAsync(AnalysisResult result, Stream output, CancellationToken cancellationToken) =>
        JsonLinesExporter.WriteAsync(output, null, result.Stories, "story", cancellationToken);
}
