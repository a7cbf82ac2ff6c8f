using System.Buffers.Binary;
using System.IO.Compression;
using Graywatch.IO;
using Graywatch.Readers;

namespace Graywatch.Ingest;

/// <summary>Decompresses a <c>.gz</c> file and, at its end, checks that the last member ended with its CRC-32 and size.</summary>
/// <remarks>
/// <see cref="GZipStream"/> ends quietly when the data stops early (a copy cut short, a trailer missing), which would
/// ingest half a file as a success: the check turns it into an <see cref="InputException"/> for the whole file.
/// Concatenated members are accepted: when the trailer does not describe the whole output, the file is read a
/// second time to check the last member alone. Not thread-safe.
/// </remarks>
internal sealed class GzipEndCheck(Stream raw, string path) : ReadOnlyStream
{
    private readonly GZipStream _inflate = new(raw, CompressionMode.Decompress, leaveOpen: true);
    private readonly System.IO.Hashing.Crc32 _crc = new();
    private long _length;
    private bool _checked;

    public override int Read(Span<byte> buffer)
    {
        int n;
        try
        {
            n = _inflate.Read(buffer);
        }
        catch (InvalidDataException ex)
        {
            throw new InputException(path, null, $"damaged gzip data after {_length} bytes: {ex.Message}");
        }
        if (n > 0)
        {
            _crc.Append(buffer[..n]);
            _length += n;
        }
        else if (buffer.Length > 0 && !_checked)
        {
            _checked = true;
            Check();
        }
        return n;
    }

    private void Check()
    {
        Span<byte> trailer = stackalloc byte[8];
        using (var fs = File.OpenRead(path))
        {
            if (fs.Length < 18)
            {
                throw Truncated();
            }
            fs.Seek(-8, SeekOrigin.End);
            fs.ReadExactly(trailer);
        }
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
        if (crc == _crc.GetCurrentHashAsUInt32() && size == (uint)_length)
        {
            return;
        }
        if (size < _length && crc == LastMemberCrc(_length - size))
        {
            return;
        }
        throw Truncated();
    }

    /// <summary>The CRC-32 of the output after its first <paramref name="skip"/> bytes (the last member of a concatenation).</summary>
    private uint LastMemberCrc(long skip)
    {
        using var fs = File.OpenRead(path);
        using var gz = new GZipStream(fs, CompressionMode.Decompress);
        var buf = new byte[1 << 16];
        var crc = new System.IO.Hashing.Crc32();
        int n;
        while ((n = gz.Read(buf)) > 0)
        {
            var from = (int)Math.Clamp(skip, 0, n);
            skip -= from;
            crc.Append(buf.AsSpan(from, n - from));
        }
        return crc.GetCurrentHashAsUInt32();
    }

    private InputException Truncated() => new(path, null,
        $"truncated or damaged gzip: the data stops after {_length} bytes without the checksum and size that end a gzip member (an interrupted copy or download?)");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inflate.Dispose();
        }
        base.Dispose(disposing);
    }
}
