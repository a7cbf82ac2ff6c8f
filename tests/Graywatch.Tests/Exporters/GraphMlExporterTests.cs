using System.Xml.Linq;
using Graywatch.Exporters;
using Graywatch.Testing;

namespace Graywatch.Tests.Exporters;

public sealed class GraphMlExporterTests
{
    private static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public async Task Without_any_network_the_document_still_holds_one_empty_undirected_graph()
    {
        var xml = await ExportTo.TextAsync(new GraphMlExporter(), Some.Result("en", Some.Finding("other-0000000000000002")));

        var graph = Assert.Single(XDocument.Parse(xml).Root!.Elements(Ns + "graph"));
        Assert.Equal("undirected", (string?)graph.Attribute("edgedefault"));
        Assert.False(string.IsNullOrEmpty((string?)graph.Attribute("id")));
        Assert.Empty(graph.Elements());
    }

    [Fact]
    public async Task The_keys_come_before_the_graph_as_the_schema_asks()
    {
        var xml = await ExportTo.TextAsync(new GraphMlExporter(), Some.Result("en"));

        var children = XDocument.Parse(xml).Root!.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.Equal("graph", children[^1]);
        Assert.All(children[..^1], name => Assert.Equal("key", name));
    }
}
