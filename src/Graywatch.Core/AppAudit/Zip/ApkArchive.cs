using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Graywatch.AppAudit.Zip;

/// <summary>Reads an APK's ZIP container from its central directory (ZIP64 included) without trusting any offset, size or name in it.</summary>
/// <remarks>
/// Every offset is checked against the file and the central directory, entries may not overlap (the trick behind
/// non-recursive zip bombs), inflation stops at <see cref="AuditLimits"/> caps and ratios, and duplicate names are reported
/// in <see cref="Warnings"/>. Errors are <see cref="AppAuditException"/>. Not thread-safe: one reader per file.
/// </remarks>
public sealed class ApkArchive : IDisposable
{
    private const uint EocdSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EocdSignature = 0x06064b50;
    private const uint CentralSignature = 0x02014b50;
    private const uint LocalSignature = 0x04034b50;
    private const long MaxCentralDirectoryBytes = 256L * 1024 * 1024;

    private readonly FileStream _file;
    private readonly AuditLimits _limits;
    private readonly List<string> _warnings = [];
    private long _inflatedTotal;

    private ApkArchive(FileStream file, AuditLimits limits)
    {
        _file = file;
        _limits = limits;
        Length = file.Length;
    }

    /// <summary>The file's length in bytes.</summary>
    public long Length { get; }

    /// <summary>Offset where the central directory starts; entry data and the APK signing block lie before it.</summary>
    public long CentralDirectoryOffset { get; private set; }

    /// <summary>Every entry in central-directory order, duplicates included.</summary>
    public IReadOnlyList<ZipEntry> Entries { get; private set; } = [];

    /// <summary>Anomalies that do not stop the audit, such as duplicate entry names.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Opens <paramref name="path"/> and reads its central directory.</summary>
    public static ApkArchive Open(string path, AuditLimits? limits = null)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.RandomAccess);
        var archive = new ApkArchive(file, limits ?? AuditLimits.Default);
        try
        {
            archive.ReadCentralDirectory();
            return archive;
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    /// <summary>The first entry called <paramref name="name"/>, or null.</summary>
    public ZipEntry? Find(string name) => Entries.FirstOrDefault(e => e.Name == name);

    /// <summary>Reads the bytes at an absolute file offset, checked against the file's length.</summary>
    public byte[] ReadRange(long offset, int count)
    {
        if (offset < 0 || count < 0 || offset > Length - count)
        {
            throw new AppAuditException($"ZIP: a read of {count} bytes at offset {offset} lies outside the {Length}-byte file");
        }
        var buffer = new byte[count];
        _file.Position = offset;
        _file.ReadExactly(buffer);
        return buffer;
    }

    /// <summary>Inflates one entry, refusing more than <paramref name="maxBytes"/> or a zip-bomb ratio.</summary>
    /// <returns>The entry's bytes; the array may be longer than the content, whose length is the memory's length.</returns>
    public ReadOnlyMemory<byte> Read(ZipEntry entry, long maxBytes)
    {
        if ((entry.Flags & 1) != 0)
        {
            throw new AppAuditException($"ZIP: {entry.Name} is encrypted");
        }
        if (entry.CompressedSize > maxBytes)
        {
            throw new AppAuditException($"ZIP: {entry.Name} is {entry.CompressedSize:N0} bytes compressed, over the {maxBytes:N0}-byte limit");
        }
        var local = ReadRange(entry.LocalHeaderOffset, 30);
        if (BinaryPrimitives.ReadUInt32LittleEndian(local) != LocalSignature)
        {
            throw new AppAuditException($"ZIP: {entry.Name} points at offset {entry.LocalHeaderOffset}, which holds no local file header");
        }
        var dataStart = entry.LocalHeaderOffset + 30 + BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(28));
        if (dataStart > CentralDirectoryOffset - entry.CompressedSize)
        {
            throw new AppAuditException($"ZIP: {entry.Name}'s data ({entry.CompressedSize:N0} bytes at {dataStart}) runs into the central directory");
        }
        var compressed = ReadRange(dataStart, (int)entry.CompressedSize);
        return entry.Method switch
        {
            0 => Count(entry, compressed),
            8 => Inflate(entry, compressed, maxBytes),
            _ => throw new AppAuditException($"ZIP: {entry.Name} uses compression method {entry.Method}, which Android does not accept"),
        };
    }

    public void Dispose() => _file.Dispose();

    private ReadOnlyMemory<byte> Count(ZipEntry entry, byte[] bytes)
    {
        AddInflated(entry, bytes.Length);
        return bytes;
    }

    private ReadOnlyMemory<byte> Inflate(ZipEntry entry, byte[] compressed, long maxBytes)
    {
        var ratioCap = Math.Max(1L << 20, compressed.LongLength * _limits.MaxCompressionRatio);
        var cap = Math.Min(maxBytes, ratioCap);
        // The declared size is only a hint, bounded by what the compressed bytes could plausibly hold.
        var hint = (int)Math.Clamp(Math.Min(entry.UncompressedSize, compressed.LongLength * 8 + 4096), 256, Math.Min(cap + 1, Array.MaxLength));
        var buffer = new byte[hint];
        var length = 0;
        using var inflater = new DeflateStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > cap)
                    {
                        break;
                    }
                    Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.LongLength * 2, 4096), Math.Min(cap + 1, Array.MaxLength)));
                }
                var n = inflater.Read(buffer, length, buffer.Length - length);
                if (n == 0)
                {
                    break;
                }
                length += n;
            }
        }
        catch (InvalidDataException ex)
        {
            throw new AppAuditException($"ZIP: {entry.Name} is not valid deflate data ({ex.Message})", ex);
        }
        if (length > cap)
        {
            throw cap == ratioCap && ratioCap < maxBytes
                ? new AppAuditException($"ZIP: {entry.Name} inflates more than {_limits.MaxCompressionRatio}:1 from {compressed.Length:N0} bytes (a zip bomb?)")
                : new AppAuditException($"ZIP: {entry.Name} inflates past the {maxBytes:N0}-byte limit");
        }
        if (length != entry.UncompressedSize)
        {
            _warnings.Add($"{entry.Name} declares {entry.UncompressedSize:N0} bytes but inflates to {length:N0}");
        }
        AddInflated(entry, length);
        return buffer.AsMemory(0, length);
    }

    private void AddInflated(ZipEntry entry, long bytes)
    {
        _inflatedTotal += bytes;
        if (_inflatedTotal > _limits.MaxTotalInflatedBytes)
        {
            throw new AppAuditException($"ZIP: reading {entry.Name} takes the APK past {_limits.MaxTotalInflatedBytes:N0} inflated bytes");
        }
    }

    private void ReadCentralDirectory()
    {
        if (Length < 22)
        {
            throw new AppAuditException($"ZIP: the file is {Length} bytes, too short to be an APK");
        }
        var tailLength = (int)Math.Min(Length, 22 + 65535);
        var tail = ReadRange(Length - tailLength, tailLength);
        var at = -1;
        for (var i = tail.Length - 22; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) == EocdSignature)
            {
                at = i;
                break;
            }
        }
        if (at < 0)
        {
            throw new AppAuditException("ZIP: no end-of-central-directory record; this is not a ZIP file or it is truncated");
        }
        var eocdOffset = Length - tailLength + at;
        var eocd = tail.AsSpan(at);
        long count = BinaryPrimitives.ReadUInt16LittleEndian(eocd[10..]);
        long size = BinaryPrimitives.ReadUInt32LittleEndian(eocd[12..]);
        long offset = BinaryPrimitives.ReadUInt32LittleEndian(eocd[16..]);
        var end = eocdOffset;
        if (count == 0xFFFF || size == 0xFFFFFFFF || offset == 0xFFFFFFFF)
        {
            (count, size, offset, end) = ReadZip64End(eocdOffset);
        }
        if (count > _limits.MaxEntries)
        {
            throw new AppAuditException($"ZIP: the central directory declares {count:N0} entries, over the {_limits.MaxEntries:N0} limit");
        }
        if (offset < 0 || size < 0 || size > MaxCentralDirectoryBytes || offset > end - size || count * 46 > size)
        {
            throw new AppAuditException($"ZIP: the central directory ({count:N0} entries, {size:N0} bytes at {offset}) does not fit in the file");
        }
        CentralDirectoryOffset = offset;
        Entries = ParseEntries(ReadRange(offset, (int)size), (int)count);
        CheckOverlaps();
        ReportDuplicates();
    }

    private (long Count, long Size, long Offset, long End) ReadZip64End(long eocdOffset)
    {
        if (eocdOffset < 20)
        {
            throw new AppAuditException("ZIP: a ZIP64 archive without its ZIP64 locator");
        }
        var locator = ReadRange(eocdOffset - 20, 20);
        if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64LocatorSignature)
        {
            throw new AppAuditException("ZIP: the end record asks for ZIP64 but no ZIP64 locator precedes it");
        }
        var recordOffset = BinaryPrimitives.ReadInt64LittleEndian(locator.AsSpan(8));
        if (recordOffset < 0 || recordOffset > eocdOffset - 20 - 56)
        {
            throw new AppAuditException($"ZIP: the ZIP64 end record offset {recordOffset} is outside the file");
        }
        var record = ReadRange(recordOffset, 56);
        if (BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64EocdSignature)
        {
            throw new AppAuditException($"ZIP: no ZIP64 end record at offset {recordOffset}");
        }
        var count = BinaryPrimitives.ReadInt64LittleEndian(record.AsSpan(32));
        var size = BinaryPrimitives.ReadInt64LittleEndian(record.AsSpan(40));
        var offset = BinaryPrimitives.ReadInt64LittleEndian(record.AsSpan(48));
        if (count < 0 || size < 0 || offset < 0)
        {
            throw new AppAuditException("ZIP: the ZIP64 end record declares sizes beyond 2^63");
        }
        return (count, size, offset, recordOffset);
    }

    private List<ZipEntry> ParseEntries(byte[] cd, int count)
    {
        var entries = new List<ZipEntry>(count);
        var p = 0;
        for (var i = 0; i < count; i++)
        {
            if (p > cd.Length - 46 || BinaryPrimitives.ReadUInt32LittleEndian(cd.AsSpan(p)) != CentralSignature)
            {
                throw new AppAuditException($"ZIP: central directory entry {i} is missing or corrupt");
            }
            var h = cd.AsSpan(p);
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(h[8..]);
            var method = BinaryPrimitives.ReadUInt16LittleEndian(h[10..]);
            long compressed = BinaryPrimitives.ReadUInt32LittleEndian(h[20..]);
            long uncompressed = BinaryPrimitives.ReadUInt32LittleEndian(h[24..]);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(h[28..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(h[30..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(h[32..]);
            long offset = BinaryPrimitives.ReadUInt32LittleEndian(h[42..]);
            if (p + 46L + nameLength + extraLength + commentLength > cd.Length)
            {
                throw new AppAuditException($"ZIP: central directory entry {i} runs past the directory's end");
            }
            var name = Encoding.UTF8.GetString(cd, p + 46, nameLength);
            var extra = cd.AsSpan(p + 46 + nameLength, extraLength);
            if (compressed == 0xFFFFFFFF || uncompressed == 0xFFFFFFFF || offset == 0xFFFFFFFF)
            {
                (uncompressed, compressed, offset) = ApplyZip64Extra(name, extra, uncompressed, compressed, offset);
            }
            if (offset < 0 || compressed < 0 || uncompressed < 0 || offset >= CentralDirectoryOffset)
            {
                throw new AppAuditException($"ZIP: {name} has its data at offset {offset}, outside the entries area (0..{CentralDirectoryOffset})");
            }
            entries.Add(new ZipEntry(name, method, flags, compressed, uncompressed, offset, nameLength));
            p += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private static (long Uncompressed, long Compressed, long Offset) ApplyZip64Extra(string name, ReadOnlySpan<byte> extra, long uncompressed, long compressed, long offset)
    {
        while (extra.Length >= 4)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            var size = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
            if (size > extra.Length - 4)
            {
                break;
            }
            var data = extra.Slice(4, size);
            if (id == 1)
            {
                var q = 0;
                uncompressed = uncompressed == 0xFFFFFFFF ? Read64(data, ref q, name) : uncompressed;
                compressed = compressed == 0xFFFFFFFF ? Read64(data, ref q, name) : compressed;
                offset = offset == 0xFFFFFFFF ? Read64(data, ref q, name) : offset;
                return (uncompressed, compressed, offset);
            }
            extra = extra[(4 + size)..];
        }
        return (uncompressed, compressed, offset);
    }

    private static long Read64(ReadOnlySpan<byte> data, ref int q, string name)
    {
        if (q + 8 > data.Length)
        {
            throw new AppAuditException($"ZIP: {name}'s ZIP64 extra field is too short");
        }
        var v = BinaryPrimitives.ReadInt64LittleEndian(data[q..]);
        q += 8;
        return v;
    }

    private void CheckOverlaps()
    {
        var byOffset = Entries.OrderBy(e => e.LocalHeaderOffset).ToList();
        for (var i = 0; i + 1 < byOffset.Count; i++)
        {
            var a = byOffset[i];
            var b = byOffset[i + 1];
            // The local name has the central name's length; a smaller gap than header + name + data means shared bytes.
            if (b.LocalHeaderOffset - a.LocalHeaderOffset < 30 + a.NameBytes + a.CompressedSize)
            {
                throw new AppAuditException($"ZIP: entries {a.Name} and {b.Name} overlap (offsets {a.LocalHeaderOffset} and {b.LocalHeaderOffset}), a zip-bomb technique");
            }
        }
    }

    private void ReportDuplicates()
    {
        foreach (var g in Entries.GroupBy(e => e.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            _warnings.Add(g.Key.EndsWith(".dex", StringComparison.Ordinal)
                ? $"duplicate entry {g.Key}: {g.Count()} copies; every copy is audited"
                : $"duplicate entry {g.Key}: {g.Count()} copies; the first is read, but readers that disagree on which copy counts can be fooled");
        }
    }
}
