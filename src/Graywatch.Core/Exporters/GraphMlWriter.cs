using System.Globalization;
using System.Text;
using System.Xml;
using Graywatch.Findings;

namespace Graywatch.Exporters;

/// <summary>Writes <see cref="Graph"/>s as one GraphML document (readable by Gephi, igraph, NetworkX, yEd).</summary>
/// <remarks>
/// Undirected graphs; node keys <c>label</c>, <c>group</c>, <c>value</c>, edge keys <c>weight</c>, <c>strong</c>, plus
/// every attribute name found on nodes or edges (as doubles). With no graph, one empty graph (id <c>none</c>) keeps
/// the document readable. Stateless.
/// </remarks>
public static class GraphMlWriter
{
    public static void Write(Stream output, IReadOnlyList<(string Id, Graph Graph)> graphs)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false };
        using var w = XmlWriter.Create(output, settings);
        w.WriteStartDocument();
        w.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
        var nodeKeys = graphs.SelectMany(g => g.Graph.Nodes).SelectMany(n => n.Attributes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var edgeKeys = graphs.SelectMany(g => g.Graph.Edges).SelectMany(e => e.Attributes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Key(w, "label", "node", "string");
        Key(w, "group", "node", "int");
        Key(w, "value", "node", "double");
        foreach (var k in nodeKeys)
        {
            Key(w, "n_" + k, "node", "double", k);
        }
        Key(w, "weight", "edge", "double");
        Key(w, "strong", "edge", "boolean");
        foreach (var k in edgeKeys)
        {
            Key(w, "e_" + k, "edge", "double", k);
        }
        if (graphs.Count == 0)
        {
            // GraphML readers (NetworkX, Gephi) refuse a document without a graph: no network is an empty one.
            w.WriteStartElement("graph");
            w.WriteAttributeString("id", "none");
            w.WriteAttributeString("edgedefault", "undirected");
            w.WriteEndElement();
        }
        foreach (var (id, graph) in graphs)
        {
            w.WriteStartElement("graph");
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("edgedefault", "undirected");
            foreach (var n in graph.Nodes)
            {
                w.WriteStartElement("node");
                w.WriteAttributeString("id", n.Id);
                Data(w, "label", n.Label ?? n.Id);
                Data(w, "group", n.Group.ToString(CultureInfo.InvariantCulture));
                Data(w, "value", Number(n.Value));
                foreach (var (k, v) in n.Attributes)
                {
                    Data(w, "n_" + k, Number(v));
                }
                w.WriteEndElement();
            }
            foreach (var e in graph.Edges)
            {
                w.WriteStartElement("edge");
                w.WriteAttributeString("source", e.Source);
                w.WriteAttributeString("target", e.Target);
                Data(w, "weight", Number(e.Weight));
                Data(w, "strong", e.Strong ? "true" : "false");
                foreach (var (k, v) in e.Attributes)
                {
                    Data(w, "e_" + k, Number(v));
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void Key(XmlWriter w, string id, string domain, string type, string? name = null)
    {
        w.WriteStartElement("key");
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", domain);
        w.WriteAttributeString("attr.name", name ?? id);
        w.WriteAttributeString("attr.type", type);
        w.WriteEndElement();
    }

    private static void Data(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data");
        w.WriteAttributeString("key", key);
        w.WriteString(value);
        w.WriteEndElement();
    }

    private static string Number(double v) => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "NaN";
}
