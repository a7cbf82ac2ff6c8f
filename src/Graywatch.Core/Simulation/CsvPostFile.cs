using System.Text;
using Graywatch.IO;

namespace Graywatch.Simulation;

/// <summary>A CSV file of posts under a given <see cref="CsvLayout"/>: the layout's header line, then one row per post in its column order.</summary>
/// <remarks>Cells are written by <see cref="CsvCell.Value"/>: quoted when needed, never a spreadsheet formula. UTF-8 without BOM. Not thread-safe.</remarks>
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
            _row.Append(CsvCell.Value(PostColumns.Cell(_layout, c, post, roundIndex, observedUnixMs)));
        }
        _writer.WriteLine(_row);
        Lines++;
    }

    public void Dispose() => _writer.Dispose();
}
