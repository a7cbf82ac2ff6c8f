using System.Text.Encodings.Web;
using System.Text.Json;
using Graywatch.Findings;
using Graywatch.Pipeline;

namespace Graywatch.Exporters;

/// <summary>Writes <c>findings.jsonl</c>: a run header (<see cref="RunHeaderJson"/>), then one finding per line, most severe first, then by id.</summary>
/// <remarks>
/// Every line has a <c>record</c> key: <c>run</c> for the header, <c>finding</c> for a finding (with the <c>story_id</c> of its
/// story). Keys are snake_case, times UTC ISO-8601, numbers invariant; the same findings give the same bytes. Stateless.
/// </remarks>
public sealed class JsonLinesExporter : IExporter
{
    /// <summary>Keeps Chinese captions readable in the file; JSON Lines is never embedded in HTML.</summary>
    internal static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string FileName => "findings.jsonl";

    public Task ExportAsync(AnalysisResult result, Stream output, CancellationToken cancellationToken) =>
        WriteAsync(output, w => RunHeaderJson.Write(w, result), result.Findings, "finding", cancellationToken);

    /// <summary>A header line, then one line per finding in <see cref="FindingOrder"/>.</summary>
    internal static async Task WriteAsync(
        Stream output, Action<Utf8JsonWriter>? header, IEnumerable<Finding> findings, string record, CancellationToken cancellationToken)
    {
        var newline = "\n"u8.ToArray();
        if (header is not null)
        {
            await using (var writer = new Utf8JsonWriter(output, Options))
            {
                header(writer);
            }
            await output.WriteAsync(newline, cancellationToken);
        }
        foreach (var finding in FindingOrder.Sort(findings))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using (var writer = new Utf8JsonWriter(output, Options))
            {
                FindingJson.Write(writer, finding, record);
            }
            await output.WriteAsync(newline, cancellationToken);
        }
        await output.FlushAsync(cancellationToken);
    }
}
