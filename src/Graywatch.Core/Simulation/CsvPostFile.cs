using System.Text;

namespace Graywatch.Simulation;

/// <summary>A CSV file of posts under a given <see cref="CsvLayout"/>: the layout's header line, then one row per post in its column order.</summary>
/// <remarks>Cells holding a comma, a quote, a line break or edge spaces are quoted, quotes doubled. UTF-8 without BOM. Not thread-safe.</remarks>
internal sealed class CsvPostFile : IPostFileWriter
{
    private readonly StreamWriter _writer;
    private readonly CsvLayout _layout;
    private readonly StringBuilder _row = new(512);

    public CsvPostFile(string path, CsvLayout layout)
    {
        Path = path;
        _layout = layout;
        _writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = layout.NewLine };
        _writer.WriteLine(layout.HeaderLine);
    }

    public string Path { get; }

    public long Lines { get; private set; }

    public void Write(SimPost post, int roundIndex, long observedUnixMs)
    {
        _row.Clear();
        for (var c = 0; c < _layout.Roles.Count; c++)
        {
            if (c > 0)
            {
                _row.Append(',');
            }
            Append(PostColumns.Cell(_layout, c, post, roundIndex, observedUnixMs));
        }
        _writer.WriteLine(_row);
        Lines++;
    }

    private void Append(string cell)
    {
        if (cell.Length > 0 && (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || cell[0] == ' ' || cell[^1] == ' '))
        {
            _row.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            _row.Append(cell);
        }
    }

    public void Dispose() => _writer.Dispose();
}
