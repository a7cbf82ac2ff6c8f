using Graywatch.Pipeline;

namespace Graywatch.Exporters;

/// <summary>Writes <c>networks.graphml</c>: every finding's network, one GraphML graph per finding (id = finding id).</summary>
/// <remarks>Writes one empty graph when no finding has a network. Stateless.</remarks>
public sealed class GraphMlExporter : IExporter
{
    public string FileName => "networks.graphml";

    public Task ExportAsync(AnalysisResult result, Stream output, CancellationToken cancellationToken)
    {
        var graphs = FindingOrder.Sort(result.Findings)
            .Where(f => f.Evidence.Graph is not null)
            .Select(f => (f.Id, f.Evidence.Graph!))
            .ToList();
        GraphMlWriter.Write(output, graphs);
        return Task.CompletedTask;
    }
}
