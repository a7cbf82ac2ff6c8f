using System.Text;
using Graywatch.Exporters;
using Graywatch.Pipeline;

namespace Graywatch.Tests.Exporters;

internal static class ExportTo
{
    public static async Task<string> TextAsync(IExporter exporter, AnalysisResult result)
    {
        using var stream = new MemoryStream();
        await exporter.ExportAsync(result, stream, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
