using System.Globalization;
using System.Text;
using Graywatch.IO;

namespace Graywatch.Simulation;

/// <summary>Writes <c>sites.csv</c>: <c>name,lat,lon,radius_m,category,aliases</c>, aliases (Chinese name first) separated by <c>|</c>.</summary>
internal static class SitesCsv
{
    public static void Write(string path, IEnumerable<SimSite> sites)
    {
        var text = new StringBuilder("name,lat,lon,radius_m,category,aliases\n");
        foreach (var s in sites)
        {
            var aliases = string.Join('|', new[] { s.ChineseName }.Concat(s.Aliases));
            text.Append(CultureInfo.InvariantCulture, $"{CsvCell.Text(s.Name)},{s.Latitude:0.######},{s.Longitude:0.######},{s.RadiusMeters:0},{CsvCell.Text(s.Category)},{CsvCell.Text(aliases)}\n");
        }
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }
}
