using System.Text.Unicode;
using Graywatch.IO;

namespace Graywatch.Readers.Parsing;

/// <summary>A read-only pass-through stream that fails with the line number at the first byte that is not UTF-8.</summary>
/// <remarks>
/// For formats read through a text parser that would otherwise replace bad bytes with U+FFFD and silently
/// corrupt the data (a Big5 or GB18030 CSV, say). A sequence split across two reads is checked whole.
/// </remarks>
internal sealed class Utf8CheckedStream(Stream inner, string path) : ReadOnlyStream
{
    private readonly byte[] _carry = new byte[4];
    private int _carryLength;
    private long _lines = 1;
    private byte[] _work = [];

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Check(buffer[..n], final: n == 0);
        return n;
    }

    private void Check(ReadOnlySpan<byte> data, bool final)
    {
        var span = data;
        if (_carryLength > 0)
        {
            if (_work.Length < _carryLength + data.Length)
            {
                _work = new byte[_carryLength + data.Length];
            }
            _carry.AsSpan(0, _carryLength).CopyTo(_work);
            data.CopyTo(_work.AsSpan(_carryLength));
            span = _work.AsSpan(0, _carryLength + data.Length);
            _carryLength = 0;
        }
        var tail = final ? 0 : IncompleteTail(span);
        var body = span[..^tail];
        if (!Utf8.IsValid(body))
        {
            _lines += body[..FirstInvalid(body)].Count((byte)'\n');
            Fail();
        }
        _lines += body.Count((byte)'\n');
        span[^tail..].CopyTo(_carry);
        _carryLength = tail;
    }

    /// <summary>How many trailing bytes start a multi-byte sequence that this read did not finish.</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> data)
    {
        for (var back = 1; back <= Math.Min(3, data.Length); back++)
        {
            var b = data[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }
            var need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return need > back ? back : 0;
        }
        return 0;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> data)
    {
        Utf8.ToUtf16(data, new char[data.Length], out var read, out _, replaceInvalidSequences: false);
        return read;
    }

    private void Fail() =>
        throw new InputException(path, _lines, "not valid UTF-8 (is the file in another encoding, such as Big5, GB18030 or Latin-1? Re-save it as UTF-8)");
}
