using System.Buffers;
using System.Globalization;
using System.Text;

namespace Graywatch.Ingest;

/// <summary>Writes rows of one table into a temporary CSV file that DuckDB then loads in parallel.</summary>
/// <remarks>
/// Strings are always quoted (quotes doubled) and NULL is an empty unquoted field, so the load reads them
/// with <c>allow_quoted_nulls = false</c>. Times are UTC microseconds since the Unix epoch; lists are one
/// quoted field joined with U+001F. Not thread-safe.
/// </remarks>
internal sealed class CsvStageFile : IDisposable
{
    /// <summary>Separates list items inside one field.</summary>
    public const char ListSeparator = '\u001f';

    private const long UnixEpochMicros = 62_135_596_800_000_000L;

    private readonly FileStream _file;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
    private int _length;
    private bool _rowStarted;
    private long _rowStart;
    private long _flushed;

    public CsvStageFile(string path)
    {
        Path = path;
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.SequentialScan);
    }

    public string Path { get; }

    public long Rows { get; private set; }

    /// <summary>The longest row written so far, in bytes with its line break: the load must allow lines this long.</summary>
    public long LongestRow { get; private set; }

    public CsvStageFile Str(string? value)
    {
        Separator();
        if (value is not null)
        {
            Quoted(value);
        }
        return this;
    }

    public CsvStageFile List(IReadOnlyList<string> items)
    {
        Separator();
        Ensure(2);
        _buffer[_length++] = (byte)'"';
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                Ensure(1);
                _buffer[_length++] = (byte)ListSeparator;
            }
            Escaped(items[i]);
        }
        Ensure(1);
        _buffer[_length++] = (byte)'"';
        return this;
    }

    public CsvStageFile Long(long? value)
    {
        Separator();
        if (value is { } v)
        {
            Ensure(20);
            v.TryFormat(_buffer.AsSpan(_length), out var n, default, CultureInfo.InvariantCulture);
            _length += n;
        }
        return this;
    }

    public CsvStageFile Double(double? value)
    {
        Separator();
        if (value is { } v)
        {
            Ensure(32);
            v.TryFormat(_buffer.AsSpan(_length), out var n, "R", CultureInfo.InvariantCulture);
            _length += n;
        }
        return this;
    }

    public CsvStageFile Bool(bool? value)
    {
        Separator();
        if (value is { } v)
        {
            Ensure(5);
            var s = v ? "true"u8 : "false"u8;
            s.CopyTo(_buffer.AsSpan(_length));
            _length += s.Length;
        }
        return this;
    }

    public CsvStageFile Time(DateTimeOffset? value) => Long(value is { } v ? v.UtcTicks / 10 - UnixEpochMicros : null);

    public void EndRow()
    {
        Ensure(1);
        _buffer[_length++] = (byte)'\n';
        _rowStarted = false;
        Rows++;
        var end = _flushed + _length;
        LongestRow = Math.Max(LongestRow, end - _rowStart);
        _rowStart = end;
        if (_length > _buffer.Length / 2)
        {
            FlushBuffer();
        }
    }

    /// <summary>Writes what is buffered and closes the file.</summary>
    public void Complete()
    {
        FlushBuffer();
        _file.Flush();
        _file.Dispose();
    }

    private void Separator()
    {
        if (_rowStarted)
        {
            Ensure(1);
            _buffer[_length++] = (byte)',';
        }
        _rowStarted = true;
    }

    private void Quoted(string value)
    {
        Ensure(1);
        _buffer[_length++] = (byte)'"';
        Escaped(value);
        Ensure(1);
        _buffer[_length++] = (byte)'"';
    }

    private void Escaped(string value)
    {
        var text = value.Contains('"', StringComparison.Ordinal) ? value.Replace("\"", "\"\"", StringComparison.Ordinal) : value;
        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
    }

    private void Ensure(int bytes)
    {
        if (_length + bytes <= _buffer.Length)
        {
            return;
        }
        FlushBuffer();
        if (bytes > _buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(bytes);
        }
    }

    private void FlushBuffer()
    {
        _file.Write(_buffer, 0, _length);
        _flushed += _length;
        _length = 0;
    }

    public void Dispose()
    {
        _file.Dispose();
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
