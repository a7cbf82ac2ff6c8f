using System.Globalization;
using System.Text;
using Graywatch.IO;

namespace Graywatch.Coordination;

/// <summary>Writes a <see cref="CoordinationResult"/> as <c>pairs.csv</c>, <c>edges.csv</c>, <c>accounts.csv</c> and <c>groups.csv</c>.</summary>
/// <remarks>
/// <c>pairs.csv</c> and <c>edges.csv</c> have CooRTweet's columns and row order. <c>accounts.csv</c>: one row per
/// account of the network (<c>group</c>, <c>flagged_group</c>, degree, weighted degree, flagged degree, shares read,
/// distinct coordinated posts). <c>groups.csv</c>: one row per connected group (accounts, edges, weight, flagged
/// edges, distinct shared objects). Numbers are invariant; ids are quoted only when they need it, and never start a spreadsheet formula. Stateless.
/// </remarks>
public static class CoordinationCsv
{
    public static IReadOnlyList<string> Write(CoordinationResult result, string directory)
    {
        Directory.CreateDirectory(directory);
        var names = result.Pairs.Names;
        var files = new List<string>();

        files.Add(WriteFile(directory, "pairs.csv", "object_id,content_id,content_id_y,time_delta,account_id,account_id_y", w =>
        {
            var p = result.Pairs;
            for (var k = 0; k < p.Count; k++)
            {
                w.Append(Field(names[p.ObjectId[k]])).Append(',').Append(Field(names[p.Content[k]])).Append(',')
                    .Append(Field(names[p.ContentY[k]])).Append(',').Append(p.Delta[k].ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(Field(names[p.Account[k]])).Append(',').Append(Field(names[p.AccountY[k]])).Append('\n');
            }
        }));

        var net = result.Network;
        files.Add(WriteFile(directory, "edges.csv", "from,to,weight,avg_time_delta,n_content_id,n_content_id_y,edge_symmetry_score,weight_threshold", w =>
        {
            foreach (var e in net.Edges)
            {
                w.Append(Field(names[e.From])).Append(',').Append(Field(names[e.To])).Append(',')
                    .Append(e.Weight.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Number(e.AvgTimeDelta)).Append(',')
                    .Append(e.ContentCount.ToString(CultureInfo.InvariantCulture)).Append(',').Append(e.ContentCountY.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(Number(e.Symmetry)).Append(',').Append(e.AboveThreshold ? '1' : '0').Append('\n');
            }
        }));

        var stats = NetworkStats.Of(result);
        files.Add(WriteFile(directory, "accounts.csv", "account_id,group,flagged_group,degree,weighted_degree,flagged_degree,shares,coordinated_posts", w =>
        {
            foreach (var a in net.Vertices)
            {
                var s = stats.Accounts[a];
                w.Append(Field(names[a])).Append(',').Append(net.Group[a].ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(net.FlaggedGroup.TryGetValue(a, out var fg) ? fg.ToString(CultureInfo.InvariantCulture) : "").Append(',')
                    .Append(s.Degree.ToString(CultureInfo.InvariantCulture)).Append(',').Append(s.WeightedDegree.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(s.FlaggedDegree.ToString(CultureInfo.InvariantCulture)).Append(',').Append(s.Shares.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(s.CoordinatedPosts.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }));

        files.Add(WriteFile(directory, "groups.csv", "group,accounts,edges,weight,flagged_edges,objects", w =>
        {
            foreach (var g in stats.Groups)
            {
                w.Append(g.Group.ToString(CultureInfo.InvariantCulture)).Append(',').Append(g.Accounts.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(g.Edges.ToString(CultureInfo.InvariantCulture)).Append(',').Append(g.Weight.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(g.FlaggedEdges.ToString(CultureInfo.InvariantCulture)).Append(',').Append(g.Objects.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }));
        return files;
    }

    /// <summary>A number as R's <c>write.csv</c> prints it: 15 significant digits.</summary>
    public static string Number(double v) => v.ToString("G15", CultureInfo.InvariantCulture);

    /// <summary>An id or name as a CSV field: see <see cref="CsvCell.Text"/>.</summary>
    public static string Field(string v) => CsvCell.Text(v);

    private static string WriteFile(string directory, string name, string header, Action<StringBuilder> body)
    {
        var path = Path.Combine(directory, name);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var sb = new StringBuilder(header).Append('\n');
        body(sb);
        writer.Write(sb);
        return path;
    }
}
