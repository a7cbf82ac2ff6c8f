using nietras.SeparatedValues;

namespace Graywatch.Simulation;

/// <summary>The header and cell styles of a CSV export, so that planted rows read like its own: same header line, column order, line ending, time and count notation.</summary>
/// <remarks>Styles are read from the first rows of the file's head (64 KiB); a column without a sample cell takes the plain style. Immutable.</remarks>
internal sealed class CsvLayout
{
    /// <summary>Graywatch's generic CSV with every column it reads, for planted posts that the input's format cannot carry.</summary>
    public static readonly CsvLayout Generic = new(
        "id,author,created_at,platform,text,hashtags,sound,place,lat,lon,views,likes,comments,shares,saves,followers,observed_at,language,url",
        "\n", compactCounts: false, new Dictionary<string, TimeStyle>(StringComparer.Ordinal), hashMarks: false);

    private readonly Dictionary<string, TimeStyle> _times;

    private CsvLayout(string headerLine, string newLine, bool compactCounts, Dictionary<string, TimeStyle> times, bool hashMarks)
    {
        HeaderLine = headerLine;
        NewLine = newLine;
        CompactCounts = compactCounts;
        HashMarks = hashMarks;
        _times = times;
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(headerLine + "\n");
        Columns = [.. reader.Header.ColNames.Select(c => c.Trim().Trim('\uFEFF').Trim().ToLowerInvariant())];
    }

    /// <summary>The header line as the input wrote it.</summary>
    public string HeaderLine { get; }

    /// <summary>The column names, lower-cased, in the input's order.</summary>
    public IReadOnlyList<string> Columns { get; }

    public string NewLine { get; }

    /// <summary>Counts written as people read them (<c>541.2K</c>, <c>1.4M</c>) because the input writes them so.</summary>
    public bool CompactCounts { get; }

    /// <summary>Hashtag lists written <c>#a #b</c> rather than <c>a, b</c>.</summary>
    public bool HashMarks { get; }

    public TimeStyle Time(string column) => _times.GetValueOrDefault(column, TimeStyle.Iso);

    /// <summary>Reads the layout from a CSV file's decoded head.</summary>
    public static CsvLayout FromHead(string head)
    {
        var end = head.IndexOfAny(['\r', '\n']);
        var headerLine = end < 0 ? head : head[..end];
        var newLine = end >= 0 && end + 1 < head.Length && head[end] == '\r' && head[end + 1] == '\n' ? "\r\n" : "\n";
        var times = new Dictionary<string, TimeStyle>(StringComparer.Ordinal);
        var compact = false;
        var hashMarks = false;
        using (var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromText(head))
        {
            var names = reader.Header.ColNames.Select(c => c.Trim().Trim('\uFEFF').Trim().ToLowerInvariant()).ToList();
            var rows = 0;
            // The last row of the head may be cut off; the rows before it are whole.
            var cells = new List<string[]>();
            foreach (var row in reader)
            {
                if (row.ColCount == names.Count)
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
            for (var c = 0; c < names.Count; c++)
            {
                var sample = cells.Select(r => r[c].Trim()).FirstOrDefault(v => v.Length > 0);
                if (sample is null)
                {
                    continue;
                }
                var kind = PostColumns.KindOf(names[c]);
                if (kind == ColumnKind.Time)
                {
                    times[names[c]] = TimeStyleOf(sample);
                }
                else if (kind == ColumnKind.Count && cells.Any(r => r[c].Trim() is { Length: > 1 } v && char.IsAsciiDigit(v[0]) && v[^1] is 'K' or 'M' or 'B' or 'k' or 'm'))
                {
                    compact = true;
                }
                else if (kind == ColumnKind.Hashtags && sample.Contains('#', StringComparison.Ordinal))
                {
                    hashMarks = true;
                }
            }
        }
        return new CsvLayout(headerLine, newLine, compact, times, hashMarks);
    }

    private static TimeStyle TimeStyleOf(string sample)
    {
        if (double.TryParse(sample, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number > 100_000_000_000 ? TimeStyle.UnixMilliseconds : TimeStyle.UnixSeconds;
        }
        if (sample.Contains('T', StringComparison.Ordinal))
        {
            return sample.Contains('.', StringComparison.Ordinal) ? TimeStyle.IsoMilliseconds : TimeStyle.Iso;
        }
        return TimeStyle.Space;
    }
}
