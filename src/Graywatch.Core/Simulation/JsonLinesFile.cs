using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graywatch.Simulation;

/// <summary>A JSON Lines output file (or, through <see cref="EndValue"/> and <see cref="WriteRaw"/>, values inside a wrapper): each line is written by one <see cref="Utf8JsonWriter"/> pass into a reused buffer, then appended to a buffered stream.</summary>
/// <remarks>Memory stays flat whatever the number of lines. Not thread-safe.</remarks>
internal sealed class JsonLinesFile : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly FileStream _stream;
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer;

    public JsonLinesFile(string path)
    {
        Path = path;
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        _writer = new Utf8JsonWriter(_buffer, Options);
    }

    public string Path { get; }

    public long Lines { get; private set; }

    public long Bytes => _stream.Position;

    /// <summary>The writer for the next line; call <see cref="EndLine"/> when the line's value is complete.</summary>
    public Utf8JsonWriter BeginLine() => _writer;

    public void EndLine()
    {
        EndValue();
        _stream.WriteByte((byte)'\n');
        Lines++;
    }

    /// <summary>Appends the value written since <see cref="BeginLine"/> without ending the line, for values inside a wrapper.</summary>
    public void EndValue()
    {
        _writer.Flush();
        _stream.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
    }

    /// <summary>Appends raw text (a wrapper's punctuation) as UTF-8.</summary>
    public void WriteRaw(string text) => _stream.Write(System.Text.Encoding.UTF8.GetBytes(text));

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }
}
