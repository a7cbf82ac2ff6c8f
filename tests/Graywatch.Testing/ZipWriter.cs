using System.IO.Compression;
using System.Text;

namespace Graywatch.Testing;

/// <summary>Writes ZIP files byte by byte for tests, including ZIP64 records and shapes a normal writer refuses (duplicate names).</summary>
public sealed class ZipWriter
{
    private readonly List<(string Name, byte[] Data, bool Deflate)> _entries = [];

    /// <summary>Whether to write ZIP64 sizes, offsets and end records for every entry.</summary>
    public bool Zip64 { get; init; }

    public ZipWriter Add(string name, byte[] data, bool deflate = true)
    {
        _entries.Add((name, data, deflate));
        return this;
    }

    /// <summary>The archive's bytes.</summary>
    public byte[] Build()
    {
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        var central = new List<(string Name, long Offset, uint Crc, long Compressed, long Size, ushort Method)>();
        foreach (var (name, data, deflate) in _entries)
        {
            var stored = deflate ? DeflateBytes(data) : data;
            var method = (ushort)(deflate ? 8 : 0);
            var crc = Crc32(data);
            var offset = ms.Position;
            var nameBytes = Encoding.UTF8.GetBytes(name);
            w.Write(0x04034b50);
            w.Write((ushort)(Zip64 ? 45 : 20));
            w.Write((ushort)0);
            w.Write(method);
            w.Write(0);
            w.Write(crc);
            w.Write(Zip64 ? uint.MaxValue : (uint)stored.Length);
            w.Write(Zip64 ? uint.MaxValue : (uint)data.Length);
            w.Write((ushort)nameBytes.Length);
            w.Write((ushort)(Zip64 ? 20 : 0));
            w.Write(nameBytes);
            if (Zip64)
            {
                w.Write((ushort)1);
                w.Write((ushort)16);
                w.Write((long)data.Length);
                w.Write((long)stored.Length);
            }
            w.Write(stored);
            central.Add((name, offset, crc, stored.Length, data.Length, method));
        }
        var cdStart = ms.Position;
        foreach (var e in central)
        {
            var nameBytes = Encoding.UTF8.GetBytes(e.Name);
            w.Write(0x02014b50);
            w.Write((ushort)(Zip64 ? 45 : 20));
            w.Write((ushort)(Zip64 ? 45 : 20));
            w.Write((ushort)0);
            w.Write(e.Method);
            w.Write(0);
            w.Write(e.Crc);
            w.Write(Zip64 ? uint.MaxValue : (uint)e.Compressed);
            w.Write(Zip64 ? uint.MaxValue : (uint)e.Size);
            w.Write((ushort)nameBytes.Length);
            w.Write((ushort)(Zip64 ? 28 : 0));
            w.Write((ushort)0);
            w.Write((ushort)0);
            w.Write((ushort)0);
            w.Write(0);
            w.Write(Zip64 ? uint.MaxValue : (uint)e.Offset);
            w.Write(nameBytes);
            if (Zip64)
            {
                w.Write((ushort)1);
                w.Write((ushort)24);
                w.Write(e.Size);
                w.Write(e.Compressed);
                w.Write(e.Offset);
            }
        }
        var cdSize = ms.Position - cdStart;
        if (Zip64)
        {
            var record = ms.Position;
            w.Write(0x06064b50);
            w.Write(44L);
            w.Write((ushort)45);
            w.Write((ushort)45);
            w.Write(0);
            w.Write(0);
            w.Write((long)central.Count);
            w.Write((long)central.Count);
            w.Write(cdSize);
            w.Write(cdStart);
            w.Write(0x07064b50);
            w.Write(0);
            w.Write(record);
            w.Write(1);
        }
        w.Write(0x06054b50);
        w.Write((ushort)0);
        w.Write((ushort)0);
        w.Write(Zip64 ? ushort.MaxValue : (ushort)central.Count);
        w.Write(Zip64 ? ushort.MaxValue : (ushort)central.Count);
        w.Write(Zip64 ? uint.MaxValue : (uint)cdSize);
        w.Write(Zip64 ? uint.MaxValue : (uint)cdStart);
        w.Write((ushort)0);
        return ms.ToArray();
    }

    private static byte[] DeflateBytes(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var d = new DeflateStream(ms, CompressionLevel.Optimal, leaveOpen: true))
        {
            d.Write(data);
        }
        return ms.ToArray();
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
