using Graywatch.IO;
namespace Graywatch.Readers.Parsing;

/// <summary>Replays bytes already read from a stream, then goes on with the stream: a peek for streams that cannot seek.</summary>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream inner) : ReadOnlyStream
{
    private int _position;

    /// <summary>Reads up to <paramref name="peekBytes"/> from <paramref name="stream"/> and returns them with a stream that still yields every byte.</summary>
    public static (Stream Stream, ReadOnlyMemory<byte> Head) Peek(Stream stream, int peekBytes)
    {
        var buffer = new byte[peekBytes];
        var n = stream.ReadAtLeast(buffer, peekBytes, throwOnEndOfStream: false);
        return (new PrefixedStream(buffer, n, stream), buffer.AsMemory(0, n));
    }

    /// <summary>The first byte of <paramref name="head"/> that is neither white space nor part of a UTF-8 BOM, or -1.</summary>
    public static int FirstSignificantByte(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
            {
                return b;
            }
        }
        return -1;
    }

    public override int Read(Span<byte> buffer)
    {
        if (_position < prefixLength)
        {
            var n = Math.Min(buffer.Length, prefixLength - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
        return inner.Read(buffer);
    }
}
