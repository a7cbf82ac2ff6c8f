using System.Text;
using Graywatch.Exporters;
using Graywatch.Pipeline;

namespace Graywatch.Testing;

/// <summary>An exporter double that writes the finding ids, one per line, or fails half-way when given an exception.</summary>
public sealed class StubExporter(string fileName, Exception? failure = null) : IExporter
{
    public string FileName => fileName;

    public AnalysisResult? Received { get; private set; }

    public async Task ExportAsync(AnalysisResult result, Stream output, CancellationToken cancellationToken)
    {
        Received = result;
        var text = string.Join('\n', result.Findings.Select(f => f.Id));
        await output.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        if (failure is not null)
        {
            throw failure;
        }
    }
}
