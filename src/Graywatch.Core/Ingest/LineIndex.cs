using System.Buffers;
using Parquet;
using Parquet.Schema;

namespace Graywatch.Ingest;

/// <summary>Indexes the lines of a JSON Lines file block by block: each line's byte offset and length, in order, into a staged Parquet file.</summary>
/// <remarks>
/// Offsets and lengths are those the general reader gives raw records (a trailing <c>\r</c> is not part of the
/// line). It also notes what rules out loading the file with DuckDB's JSON reader: a blank line (which that reader
/// skips, so rows would no longer match lines), a line that does not start with <c>{</c>, or a line over the limit.
/// The first and last lines' places are kept so that the loaded rows can be checked against them, and each whole
/// line is shown to <see cref="ResearchListGrades"/>.
/// </remarks>
internal sealed class LineIndex : IDisposable
{
    // Lines per row group of the staged file: bounds the memory the index holds (12 bytes a line).
    private const int GroupLines = 1 << 18;

    private static readonly DataField<long> OffsetField = new("byte_offset", false);
    private static readonly DataField<int> LengthField = new("byte_length", false);

    private readonly FileStream _file;
    private readonly ParquetWriter _writer;
    private readonly long[] _offsets = new long[GroupLines];
    private readonly int[] _lengths = new int[GroupLines];
    private int _grouped;
    private bool _closed;
    private readonly int _maxLineBytes;
    private readonly ArrayBufferWriter<byte> _carry = new(1 << 16);
    private long _position;
    private long _lineStart;
    // True until a line's first '{' is seen (leading spaces do not count as content).
    private bool _atLineStart = true;

    public LineIndex(string path, int maxLineBytes)
    {
        Path = path;
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        try
        {
            var options = new ParquetOptions { CompressionMethod = CompressionMethod.None };
            _writer = ParquetWriter.CreateAsync(new ParquetSchema(OffsetField, LengthField), _file, options).GetAwaiter().GetResult();
        }
        catch
        {
            _file.Dispose();
            File.Delete(path);
            throw;
        }
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>The staged rows (Parquet): byte offset and byte length, the n-th row for the n-th line (read it with <c>file_row_number</c>).</summary>
    public string Path { get; }

    /// <summary>Lines seen.</summary>
    public long Lines { get; private set; }

    /// <summary>Why the file cannot go through DuckDB's JSON reader, or null when it can.</summary>
    public string? Unsuitable { get; private set; }

    /// <summary>Where the first line is: byte offset and length.</summary>
    public (long Offset, long Length) FirstLine { get; private set; }

    /// <summary>Where the last line is: byte offset and length.</summary>
    public (long Offset, long Length) LastLine { get; private set; }

    /// <summary>How much normalizing the lines' lists need.</summary>
    public ResearchListGrades Lists { get; } = new();

    /// <summary>Takes the next block of the file.</summary>
    public void Add(ReadOnlyMemory<byte> block)
    {
        if (Unsuitable is not null)
        {
            return;
        }
        var span = block.Span;
        var i = 0;
        // Where the current line starts in this block; -1 when it began in an earlier block (its head is carried).
        var start = _atLineStart ? 0 : -1;
        while (i < span.Length)
        {
            if (_atLineStart)
            {
                var b = span[i];
                if (b is (byte)' ' or (byte)'\t' or (byte)'\r')
                {
                    i++;
                    continue;
                }
                if (b == (byte)'\n')
                {
                    Unsuitable = $"line {Lines + 1} is blank";
                    return;
                }
                if (b != (byte)'{')
                {
                    Unsuitable = $"line {Lines + 1} is not a JSON object";
                    return;
                }
                _atLineStart = false;
            }
            var newline = span[i..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }
            var end = i + newline;
            ReadOnlySpan<byte> line;
            if (start >= 0)
            {
                line = span[start..end];
            }
            else
            {
                Carry(span[..end]);
                line = _carry.WrittenSpan;
            }
            EndLine(_position + end, line);
            if (Unsuitable is not null)
            {
                return;
            }
            i = end + 1;
            start = i;
            _lineStart = _position + i;
        }
        // The unfinished line's bytes in this block (all of it when the line began earlier).
        Carry(span[Math.Max(start, 0)..]);
        _position += span.Length;
    }

    /// <summary>Ends the last line (one without a final newline) and closes the staged file.</summary>
    public void Complete()
    {
        if (Unsuitable is null && !_atLineStart)
        {
            EndLine(_position, _carry.WrittenSpan);
        }
        else if (Unsuitable is null && _position > _lineStart)
        {
            Unsuitable = $"line {Lines + 1} is blank";
        }
        if (Unsuitable is null)
        {
            Flush();
        }
        Close();
    }

    private void Flush()
    {
        if (_grouped == 0)
        {
            return;
        }
        using (var group = _writer.CreateRowGroup())
        {
            group.WriteAsync<long>(OffsetField, _offsets.AsMemory(0, _grouped)).GetAwaiter().GetResult();
            group.WriteAsync<int>(LengthField, _lengths.AsMemory(0, _grouped)).GetAwaiter().GetResult();
        }
        _grouped = 0;
    }

    private void Close()
    {
        if (!_closed)
        {
            _closed = true;
            _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _file.Dispose();
        }
    }

    private void Carry(ReadOnlySpan<byte> bytes)
    {
        // A line over the limit is refused when it ends; its bytes need not be kept.
        if (_carry.WrittenCount + bytes.Length <= _maxLineBytes + 1)
        {
            _carry.Write(bytes);
        }
    }

    private void EndLine(long end, ReadOnlySpan<byte> line)
    {
        Lines++;
        var carriageReturn = !line.IsEmpty && line[^1] == (byte)'\r';
        if (carriageReturn)
        {
            line = line[..^1];
        }
        var length = end - _lineStart - (carriageReturn ? 1 : 0);
        if (length > _maxLineBytes)
        {
            Unsuitable = $"line {Lines} is longer than {_maxLineBytes} bytes";
            return;
        }
        _offsets[_grouped] = _lineStart;
        _lengths[_grouped] = (int)length;
        if (++_grouped == GroupLines)
        {
            Flush();
        }
        if (Lines == 1)
        {
            FirstLine = (_lineStart, length);
        }
        LastLine = (_lineStart, length);
        if (Lists.Grade(line) is { } why)
        {
            Unsuitable = $"line {Lines}: {why}";
        }
        _carry.Clear();
        _atLineStart = true;
    }

    /// <summary>Closes and deletes the staged file.</summary>
    public void Dispose()
    {
        try
        {
            Close();
        }
        finally
        {
            File.Delete(Path);
        }
    }
}
