using System.Text.Json;

namespace Graywatch.Simulation;

/// <summary>A JSON file of post items in a given <see cref="JsonShape"/>: bare lines, an array, or pages of items wrapped as the exporting tool wraps them.</summary>
/// <remarks>A page is closed when the next item needs a new one or when the file is disposed, so the last page says it is the last. <see cref="Lines"/> counts items. Not thread-safe.</remarks>
internal sealed class JsonPagesFile(string path, JsonShape shape, Action<Utf8JsonWriter, SimPost, int> item) : IPostFileWriter
{
    private readonly JsonLinesFile _file = new(path);
    private int _inPage;
    private int _page;

    public string Path => _file.Path;

    public long Lines { get; private set; }

    public void Write(SimPost post, int roundIndex, long observedUnixMs)
    {
        if (_inPage == shape.PageSize)
        {
            ClosePage(last: false);
        }
        _file.WriteRaw(_inPage == 0 ? shape.Open : shape.Between);
        item(_file.BeginLine(), post, roundIndex);
        _file.EndValue();
        _inPage++;
        Lines++;
    }

    private void ClosePage(bool last)
    {
        _file.WriteRaw(shape.Close(_page, last) + "\n");
        _page++;
        _inPage = 0;
    }

    public void Dispose()
    {
        if (_inPage > 0)
        {
            ClosePage(last: true);
        }
        _file.Dispose();
    }
}
