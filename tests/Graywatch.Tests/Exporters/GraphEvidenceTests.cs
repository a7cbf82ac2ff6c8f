using Graywatch.Exporters;
using Graywatch.Findings;
using Graywatch.Testing;

namespace Graywatch.Tests.Exporters;

public sealed class GraphEvidenceTests
{
    private static Finding WithNetwork() => Some.Finding() with
    {
        Evidence = new Evidence
        {
            Graph = new Graph("Coordination network",
                [new GraphNode("a", "Alice", 1, 3), new GraphNode("b", null, 1, 2), new GraphNode("c & d", null, 2)],
                [new GraphEdge("a", "b", 3, Strong: true) { Attributes = new Dictionary<string, double> { ["avg_time_delta"] = 12.5 } }, new GraphEdge("b", "c & d")]),
        },
    };

    [Fact]
    public async Task A_finding_with_a_network_gets_a_graph_chart_in_the_brief_and_its_nodes_in_the_data()
    {
        var html = await ExportTo.TextAsync(new BriefHtmlExporter(), Some.Result("en", WithNetwork()));

        Assert.Contains("data-chart=\"graph\"", html, StringComparison.Ordinal);
        Assert.Contains("\"graph\":{\"name\":\"Coordination network\"", html, StringComparison.Ordinal);
        Assert.Contains("3 nodes", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_graphml_export_holds_one_graph_per_finding_with_escaped_ids_and_edge_attributes()
    {
        var xml = await ExportTo.TextAsync(new GraphMlExporter(), Some.Result("en", WithNetwork(), Some.Finding("other-0000000000000002")));

        var doc = System.Xml.Linq.XDocument.Parse(xml);
        System.Xml.Linq.XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var graph = Assert.Single(doc.Root!.Elements(ns + "graph"));
        Assert.Equal(3, graph.Elements(ns + "node").Count());
        Assert.Equal(2, graph.Elements(ns + "edge").Count());
        Assert.Contains(graph.Elements(ns + "node"), n => (string?)n.Attribute("id") == "c & d");
        Assert.Contains(graph.Descendants(ns + "data"), d => (string?)d.Attribute("key") == "e_avg_time_delta" && d.Value == "12.5");
    }
}
