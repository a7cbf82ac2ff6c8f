using Graywatch.IO;

namespace Graywatch.Readers.Parsing;

/// <summary>Passes a CSV stream through whole records, holding back every record longer than the limit.</summary>
/// <remarks>
/// A record ends at a line break outside quotes, so a quoted cell may span lines. The header (the first record) always
/// passes. A held-back record is listed in <see cref="Dropped"/> with the line it would have started on in the stream
/// that passes through, its line count and its first bytes, so the reader can quarantine it alone and number the later
/// rows as they are in the file. Holds at most one record in memory. Not thread-safe.
/// </remarks>
internal sealed class CsvRecordLimitStream(Stream inner, int maxRecordBytes) : ReadOnlyStream
{
    /// <summary>A record that was held back.</summary>
    /// <param name="PassedLine">The 1-based line, counted in what passed through, where the record would have started.</param>
    /// <param name="Lines">Line breaks the record held, its own end included.</param>
    public sealed record DroppedRecord(long PassedLine, long Lines, long Bytes, byte[] Preview);

    private readonly byte[] _input = new byte[1 << 16];
    private int _inputStart;
    private int _inputEnd;
    private bool _eof;
    private byte[] _record = new byte[1 << 16];
    private int _recordLength;
    private int _outputStart;
    private int _outputEnd;
    private bool _inQuotes;
    private bool _headerPassed;
    private long _passedLines;
    private bool _skipping;
    private long _skippedBytes;
    private long _skippedLines;
    private byte[] _preview = [];

    public List<DroppedRecord> Dropped { get; } = [];

    public override int Read(Span<byte> buffer)
    {
        while (_outputStart == _outputEnd)
        {
            if (!NextRecord())
            {
                return 0;
            }
        }
        var n = Math.Min(buffer.Length, _outputEnd - _outputStart);
        _record.AsSpan(_outputStart, n).CopyTo(buffer);
        _outputStart += n;
        return n;
    }

    /// <summary>Gathers the next whole record into the output; false at the end of the stream.</summary>
    private bool NextRecord()
    {
        _recordLength = 0;
        _outputStart = _outputEnd = 0;
        while (true)
        {
            if (_inputStart == _inputEnd)
            {
                if (_eof || (_inputEnd = inner.Read(_input)) == 0)
                {
                    _eof = true;
                    _inputStart = _inputEnd = 0;
                    return Finish();
                }
                _inputStart = 0;
            }
            var span = _input.AsSpan(_inputStart, _inputEnd - _inputStart);
            var stop = span.IndexOfAny((byte)'"', (byte)'\n');
            var take = stop < 0 ? span.Length : stop + 1;
            var ended = false;
            if (stop >= 0)
            {
                if (span[stop] == '"')
                {
                    _inQuotes = !_inQuotes;
                }
                else if (!_inQuotes)
                {
                    ended = true;
                }
            }
            Append(span[..take]);
            _inputStart += take;
            if (ended && Finish())
            {
                return true;
            }
        }
    }

    private void Append(ReadOnlySpan<byte> part)
    {
        if (_skipping)
        {
            _skippedBytes += part.Length;
            _skippedLines += part.Count((byte)'\n');
            return;
        }
        if (_headerPassed && _recordLength + part.Length > maxRecordBytes)
        {
            _skipping = true;
            var record = _record.AsSpan(0, _recordLength);
            _preview = [.. record[..Math.Min(record.Length, LineSource.TooLongPreviewBytes)]];
            _skippedBytes = _recordLength + part.Length;
            _skippedLines = record.Count((byte)'\n') + part.Count((byte)'\n');
            _recordLength = 0;
            return;
        }
        if (_recordLength + part.Length > _record.Length)
        {
            Array.Resize(ref _record, Math.Max(_record.Length * 2, _recordLength + part.Length));
        }
        part.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += part.Length;
    }

    /// <summary>Ends the record in hand: passes it on, or lists it as dropped; true when there is output.</summary>
    private bool Finish()
    {
        _headerPassed = true;
        if (_skipping)
        {
            _skipping = false;
            Dropped.Add(new DroppedRecord(_passedLines + 1, _skippedLines, _skippedBytes, _preview));
            return false;
        }
        _passedLines += _record.AsSpan(0, _recordLength).Count((byte)'\n');
        _outputEnd = _recordLength;
        return _recordLength > 0;
    }
}
