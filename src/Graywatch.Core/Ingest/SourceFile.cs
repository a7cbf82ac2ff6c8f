using System.Buffers;
using System.IO.Compression;
using System.Text;
using Graywatch.Readers;
using Graywatch.IO;

namespace Graywatch.Ingest;

/// <summary>Opens an input file as UTF-8 text: <c>.gz</c> is decompressed, UTF-16 is transcoded, a BOM is dropped.</summary>
/// <remarks>Progress counts the raw bytes (before decompression).</remarks>
internal sealed class SourceFile
{
    private const int SampleBytes = 64 * 1024;

    private static readonly SearchValues<byte> Blank = SearchValues.Create(" \t\r\n\f\v"u8);

    private SourceFile(string path, bool gzip, Encoding? encoding, int bomLength)
    {
        Path = path;
        IsGzip = gzip;
        Encoding = encoding;
        BomLength = bomLength;
    }

    public string Path { get; }
    public bool IsGzip { get; }
    /// <summary>A non-UTF-8 encoding found from a BOM (UTF-16/32), or null for UTF-8.</summary>
    public Encoding? Encoding { get; }
    public int BomLength { get; }

    /// <summary>Looks at the file's first bytes.</summary>
    public static SourceFile Probe(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        int n;
        using (var fs = File.OpenRead(path))
        {
            n = fs.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        }
        var gzip = n >= 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        if (gzip)
        {
            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            try
            {
                n = gz.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
            }
            catch (InvalidDataException ex)
            {
                throw new InputException(path, null, $"not a valid gzip file: {ex.Message}");
            }
        }
        var (encoding, bom) = DetectBom(magic[..n]);
        return new SourceFile(path, gzip, encoding, bom);
    }

    private static (Encoding? Encoding, int Bom) DetectBom(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return (null, 3);
        }
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return (Encoding.UTF32, 4);
        }
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return (Encoding.Unicode, 2);
        }
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return (Encoding.BigEndianUnicode, 2);
        }
        return (null, 0);
    }

    /// <summary>Opens the file for a full read: returns the counting stream over the raw bytes and the UTF-8 text stream over it.</summary>
    public (CountingStream Raw, Stream Text) Open()
    {
        var raw = new CountingStream(new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
        Stream s = IsGzip ? new GzipEndCheck(raw, Path) : new NonClosingStream(raw);
        if (BomLength > 0)
        {
            Span<byte> skip = stackalloc byte[BomLength];
            s.ReadExactly(skip);
        }
        if (Encoding is not null)
        {
            s = Encoding.CreateTranscodingStream(s, Encoding, Encoding.UTF8, leaveOpen: false);
        }
        return (raw, s);
    }

    /// <summary>The decoded head of the file from its first character that is not blank, for sniffing; throws for binary content.</summary>
    public FileSample Sample()
    {
        var (raw, text) = Open();
        using (raw)
        using (text)
        {
            var buf = new byte[SampleBytes];
            int n;
            try
            {
                n = ReadSignificantHead(text, buf);
            }
            catch (InvalidDataException ex)
            {
                throw new InputException(Path, null, $"cannot decompress: {ex.Message}");
            }
            var head = buf.AsSpan(0, n);
            if (LooksBinary(head))
            {
                throw new InputException(Path, null, "binary content, not a text export (is it an image, archive or database?)");
            }
            // Cut at the last complete UTF-8 sequence so the sample never ends in a broken character.
            var cut = n;
            while (cut > 0 && cut > n - 4 && (head[cut - 1] & 0xC0) == 0x80)
            {
                cut--;
            }
            if (cut > 0 && cut < n && head[cut - 1] >= 0xC0)
            {
                cut--;
            }
            var name = System.IO.Path.GetFileName(Path);
            if (IsGzip && name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^3];
            }
            return new FileSample(name, System.Text.Encoding.UTF8.GetString(head[..(n == buf.Length ? cut : n)]));
        }
    }

    /// <summary>
    /// Fills the buffer from the first byte that is not blank: leading blank lines are skipped however many there are,
    /// so a file is empty only when all of it is blank, not when its first 64 KiB are. Returns the bytes read.
    /// </summary>
    private static int ReadSignificantHead(Stream text, byte[] buf)
    {
        while (true)
        {
            var n = text.ReadAtLeast(buf, buf.Length, throwOnEndOfStream: false);
            if (n == 0)
            {
                return 0;
            }
            var first = buf.AsSpan(0, n).IndexOfAnyExcept(Blank);
            if (first < 0)
            {
                continue;
            }
            var kept = n - first;
            buf.AsSpan(first, kept).CopyTo(buf);
            return kept + text.ReadAtLeast(buf.AsSpan(kept), buf.Length - kept, throwOnEndOfStream: false);
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.IndexOf((byte)0) >= 0)
        {
            return true;
        }
        var control = 0;
        foreach (var b in head)
        {
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }
        return head.Length > 0 && control * 20 > head.Length;
    }

    /// <summary>Keeps the hashing stream open when the text stream is disposed, so the hash can be read.</summary>
    private sealed class NonClosingStream(Stream inner) : ReadOnlyStream
    {
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
    }
}
