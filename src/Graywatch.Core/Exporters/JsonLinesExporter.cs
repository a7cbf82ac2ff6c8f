using System.Text.Encodings.Web;
using System.Text.Json;
using Graywatch.Pipeline;

namespace Graywatch.Exporters;

/// <summary>Writes <c>findings.jsonl</c>: one finding per line, most severe first, then by id.</summary>
/// <remarks>Keys are snake_case, times UTC ISO-8601, numbers invariant; the same findings give the same bytes. Stateless.</remarks>
public sealed class JsonLinesExporter : IExporter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Keeps Chinese captions readable in the file; JSON Lines is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string FileName => "findings.jsonl";

    public async Task ExportAsync(AnalysisResult result, Stream output, CancellationToken cancellationToken)
    {
        var newline = "\n"u8.ToArray();
        foreach (var finding in FindingOrder.Sort(result.Findings))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using (var writer = new Utf8JsonWriter(output, Options))
            {
                FindingJson.Write(writer, finding);
            }
            await output.WriteAsync(newline, cancellationToken);
        }
        await output.FlushAsync(cancellationToken);
    }
}
