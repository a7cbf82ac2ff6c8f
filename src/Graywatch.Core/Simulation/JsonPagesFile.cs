using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graywatch.Simulation;

/// <summary>A JSON file of post items in a given <see cref="JsonShape"/>: bare lines, an array, or pages of items wrapped as the exporting tool wraps them.</summary>
/// <remarks>A page is closed when the next item needs a new one or when the file is disposed, so the last page says it is the last. <see cref="Lines"/> counts items. Not thread-safe.</remarks>
internal sealed class JsonPagesFile : IPostFileWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly FileStream _stream;
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer;
    private readonly JsonShape _shape;
    private readonly Action<Utf8JsonWriter, SimPost, int> _item;
    private int _inPage;
    private int _page;

    public JsonPagesFile(string path, JsonShape shape, Action<Utf8JsonWriter, SimPost, int> item)
    {
        Path = path;
        _shape = shape;
        _item = item;
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        _writer = new Utf8JsonWriter(_buffer, Options);
    }

    public string Path { get; }

    public long Lines { get; private set; }

    public void Write(SimPost post, int roundIndex, long observedUnixMs)
    {
        if (_inPage == _shape.PageSize)
        {
            ClosePage(last: false);
        }
        Text(_inPage == 0 ? _shape.Open : _shape.Between);
        _item(_writer, post, roundIndex);
        _writer.Flush();
        _stream.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _inPage++;
        Lines++;
    }

    private void ClosePage(bool last)
    {
        Text(_shape.Close(_page, last));
        Text("\n");
        _page++;
        _inPage = 0;
    }

    private void Text(string text) => _stream.Write(Encoding.UTF8.GetBytes(text));

    public void Dispose()
    {
        if (_inPage > 0)
        {
            ClosePage(last: true);
        }
        _writer.Dispose();
        _stream.Dispose();
    }
}
