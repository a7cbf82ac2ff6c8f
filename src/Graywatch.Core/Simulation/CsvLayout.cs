using nietras.SeparatedValues;
using Graywatch.Readers.Parsing;

namespace Graywatch.Simulation;

/// <summary>The header and cell styles of a CSV export, so that planted rows read like its own: same header line, column order, line ending, time, count and list notation.</summary>
/// <remarks>
/// Each column's role comes from the format's own column map (its reader's <see cref="ColumnMap"/>) when it has one, else
/// from the names Graywatch's other readers know (<see cref="PostColumns"/>). Styles are read from the first rows of the
/// file's head (64 KiB); a column without a sample cell takes the plain style. Immutable.
/// </remarks>
internal sealed class CsvLayout
{
    /// <summary>Graywatch's generic CSV with every column it reads, for planted posts that the input's format cannot carry.</summary>
    public static readonly CsvLayout Generic = new(
        "id,author,created_at,platform,text,hashtags,sound,place,lat,lon,views,likes,comments,shares,saves,followers,observed_at,language,url",
        "\n", compactCounts: false, new Dictionary<int, CellStyle>(), roles: null);

    private readonly Dictionary<int, CellStyle> _styles;

    private CsvLayout(string headerLine, string newLine, bool compactCounts, Dictionary<int, CellStyle> styles, IReadOnlyDictionary<string, PostField>? roles)
    {
        HeaderLine = headerLine;
        NewLine = newLine;
        CompactCounts = compactCounts;
        _styles = styles;
        Roles = [.. ColumnNames(headerLine + "\n").Select(c => PostColumns.RoleOf(c, roles))];
    }

    /// <summary>The header line as the input wrote it.</summary>
    public string HeaderLine { get; }

    /// <summary>What each column holds, in the input's order.</summary>
    public IReadOnlyList<ColumnRole> Roles { get; }

    public string NewLine { get; }

    /// <summary>Counts written as people read them (<c>541.2K</c>, <c>1.4M</c>) because the input writes them so.</summary>
    public bool CompactCounts { get; }

    /// <summary>How column <paramref name="column"/> writes its cells.</summary>
    public CellStyle Style(int column) => _styles.GetValueOrDefault(column);

    /// <summary>Reads the layout from a CSV file's decoded head; <paramref name="map"/> is the format's own column map, if it has one.</summary>
    public static CsvLayout FromHead(string head, ColumnMap? map = null)
    {
        var end = head.IndexOfAny(['\r', '\n']);
        var headerLine = end < 0 ? head : head[..end];
        var newLine = end >= 0 && end + 1 < head.Length && head[end] == '\r' && head[end + 1] == '\n' ? "\r\n" : "\n";
        var roles = map is null ? null : PostColumns.RolesOf(map);
        var styles = new Dictionary<int, CellStyle>();
        var compact = false;
        var names = ColumnNames(head);
        var cells = SampleRows(head, names.Count);
        for (var c = 0; c < names.Count; c++)
        {
            var sample = cells.Select(r => r[c].Trim()).FirstOrDefault(v => v.Length > 0);
            if (sample is null)
            {
                continue;
            }
            var role = PostColumns.RoleOf(names[c], roles);
            switch (role.Kind)
            {
                case ColumnKind.Time:
                    styles[c] = new CellStyle(Time: TimeStyleOf(sample));
                    break;
                case ColumnKind.Count when cells.Any(r => r[c].Trim() is { Length: > 1 } v && char.IsAsciiDigit(v[0]) && v[^1] is 'K' or 'M' or 'B' or 'k' or 'm'):
                    compact = true;
                    break;
                case ColumnKind.List:
                    styles[c] = new CellStyle(List: ListStyleOf(sample), AtSigns: sample.Contains('@', StringComparison.Ordinal));
                    break;
                case ColumnKind.Other:
                    styles[c] = new CellStyle(AtSigns: sample.StartsWith('@'), CapitalBooleans: sample is "True" or "False");
                    break;
            }
        }
        return new CsvLayout(headerLine, newLine, compact, styles, roles);
    }

    private static List<string> ColumnNames(string text)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromText(text);
        return [.. reader.Header.ColNames.Select(c => c.Trim().Trim('\uFEFF').Trim().ToLowerInvariant())];
    }

    /// <summary>The whole rows among the first 200 of the head; its last row may be cut off, so it is dropped.</summary>
    private static List<string[]> SampleRows(string head, int columns)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromText(head);
        var rows = 0;
        var cells = new List<string[]>();
        foreach (var row in reader)
        {
            if (row.ColCount == columns)
            {
                var values = new string[row.ColCount];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = row[i].ToString();
                }
                cells.Add(values);
            }
            if (++rows >= 200)
            {
                break;
            }
        }
        if (cells.Count > 1)
        {
            cells.RemoveAt(cells.Count - 1);
        }
        return cells;
    }

    private static TimeStyle TimeStyleOf(string sample)
    {
        if (double.TryParse(sample, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number > 100_000_000_000 ? TimeStyle.UnixMilliseconds : TimeStyle.UnixSeconds;
        }
        var t = sample.IndexOf('T', StringComparison.Ordinal);
        if (t < 0)
        {
            return TimeStyle.Space;
        }
        if (!sample.EndsWith('Z') && sample.IndexOfAny(['+', '-'], t) < 0)
        {
            return TimeStyle.IsoWithoutOffset;
        }
        return sample.Contains('.', StringComparison.Ordinal) ? TimeStyle.IsoMilliseconds : TimeStyle.Iso;
    }

    private static ListStyle ListStyleOf(string sample) => sample switch
    {
        ['[', ..] when sample.Contains('"', StringComparison.Ordinal) => ListStyle.Json,
        ['[', ..] => ListStyle.Python,
        _ when sample.Contains('#', StringComparison.Ordinal) => ListStyle.HashMarks,
        _ when sample.Contains(", ", StringComparison.Ordinal) => ListStyle.CommaSpace,
        _ when sample.Contains(',', StringComparison.Ordinal) => ListStyle.Comma,
        _ when sample.Contains(';', StringComparison.Ordinal) => ListStyle.Semicolon,
        _ => ListStyle.CommaSpace,
    };
}
