using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Graywatch.Tests.Media;

/// <summary>Builds small media files with known leaking tags, byte by byte: a TIFF/Exif block, JPEG, PNG, TIFF, HEIC, MP4 and MOV.</summary>
/// <remarks>Position 23.84621 N 120.91247 E (inside the sample's Qingshan Air Base), altitude 31.5 m, direction 87.25°.</remarks>
internal static class MediaFixtures
{
    public const string Make = "Acme";
    public const string Model = "Phone X";
    public const string Software = "CamApp 2.1";
    public const string Owner = "Lee Wei";
    public const string Serial = "SN12345";
    public const double Lat = 23.84621;
    public const double Lon = 120.91247;

    /// <summary>A little-endian TIFF with IFD0 (make, model, software, artist), an Exif IFD (capture time, owner, serial) and a GPS IFD.</summary>
    public static byte[] Tiff()
    {
        var ifd0 = new List<(ushort Tag, ushort Type, uint Count, byte[] Value)>
        {
            (0x010F, 2, 0, Ascii(Make)), (0x0110, 2, 0, Ascii(Model)), (0x0131, 2, 0, Ascii(Software)), (0x013B, 2, 0, Ascii("Sgt Lee")),
            (0x8769, 4, 1, new byte[4]), (0x8825, 4, 1, new byte[4]),
        };
        var exif = new List<(ushort, ushort, uint, byte[])> { (0x9003, 2, 0, Ascii("2026:03:02 10:15:00")), (0xA430, 2, 0, Ascii(Owner)), (0xA431, 2, 0, Ascii(Serial)) };
        var gps = new List<(ushort, ushort, uint, byte[])>
        {
            (0x0000, 1, 4, [2, 3, 0, 0]), (0x0001, 2, 0, Ascii("N")), (0x0002, 5, 3, Rationals((23, 1), (50, 1), (46356, 1000))),
            (0x0003, 2, 0, Ascii("E")), (0x0004, 5, 3, Rationals((120, 1), (54, 1), (44892, 1000))), (0x0005, 1, 1, [0, 0, 0, 0]),
            (0x0006, 5, 1, Rationals((315, 10))), (0x0010, 2, 0, Ascii("T")), (0x0011, 5, 1, Rationals((8725, 100))),
        };
        var blocks = new[] { ifd0, exif, gps };
        var offsets = new int[3];
        var at = 8;
        for (var b = 0; b < 3; b++)
        {
            offsets[b] = at;
            at += 2 + (blocks[b].Count * 12) + 4 + blocks[b].Sum(e => e.Item4.Length > 4 ? (e.Item4.Length + 1) & ~1 : 0);
        }
        BinaryPrimitives.WriteUInt32LittleEndian(ifd0[4].Value, (uint)offsets[1]);
        BinaryPrimitives.WriteUInt32LittleEndian(ifd0[5].Value, (uint)offsets[2]);
        var data = new byte[at];
        "II*\0"u8.CopyTo(data);
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(4), 8);
        for (var b = 0; b < 3; b++)
        {
            var p = offsets[b];
            var entries = blocks[b];
            BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(p), (ushort)entries.Count);
            var extra = p + 2 + (entries.Count * 12) + 4;
            for (var i = 0; i < entries.Count; i++)
            {
                var (tag, type, count, value) = entries[i];
                var e = p + 2 + (i * 12);
                BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(e), tag);
                BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(e + 2), type);
                BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(e + 4), type == 2 ? (uint)value.Length : count);
                if (value.Length <= 4)
                {
                    value.CopyTo(data, e + 8);
                }
                else
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(e + 8), (uint)extra);
                    value.CopyTo(data, extra);
                    extra += (value.Length + 1) & ~1;
                }
            }
        }
        return data;
    }

    public static byte[] Jpeg()
    {
        var exif = Concat("Exif\0\0"u8.ToArray(), Tiff());
        return Concat([0xFF, 0xD8], Segment(0xE0, Concat("JFIF\0"u8.ToArray(), [1, 1, 0, 0, 1, 0, 1, 0, 0])), Segment(0xE1, exif),
            Segment(0xFE, Encoding.ASCII.GetBytes("shot on base")), Segment(0xC0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]),
            Segment(0xDA, [1, 1, 0, 0, 0x3F, 0]), [0x12, 0x34, 0xFF, 0xD9]);
    }

    public static byte[] Png()
    {
        byte[] idat;
        using (var z = new MemoryStream())
        {
            using (var zl = new ZLibStream(z, CompressionLevel.Optimal, leaveOpen: true))
            {
                zl.Write([0, 0]);
            }
            idat = z.ToArray();
        }
        return Concat([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], Chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]), Chunk("eXIf", Tiff()),
            Chunk("tEXt", Encoding.Latin1.GetBytes("Author\0Sgt Lee")), Chunk("IDAT", idat), Chunk("IEND", []));
    }

    public static byte[] Mov() => Concat(Box("ftyp", Concat(Encoding.ASCII.GetBytes("qt  "), new byte[4])),
        Box("moov", Concat(Mvhd(), Box("udta", Concat(UserText("\u00A9xyz", "+23.8462+120.9125+031.500/"), UserText("\u00A9mak", Make), UserText("\u00A9mod", Model), UserText("\u00A9swr", Software))))),
        Box("mdat", new byte[16]));

    public static byte[] Mp4()
    {
        string[] keys = ["com.apple.quicktime.location.ISO6709", "com.apple.quicktime.make", "com.apple.quicktime.model", "com.apple.quicktime.creationdate", "com.apple.quicktime.author"];
        string[] values = ["+23.8462+120.9125+031.500/", Make, Model, "2026-03-02T10:15:00+0800", Owner];
        var keyBoxes = Concat([.. keys.Select(k => Concat(U32(8 + (uint)Encoding.UTF8.GetByteCount(k)), Encoding.ASCII.GetBytes("mdta"), Encoding.UTF8.GetBytes(k)))]);
        var items = Concat([.. values.Select((v, i) => Box(Encoding.Latin1.GetString(U32((uint)i + 1)), Box("data", Concat(U32(1), U32(0), Encoding.UTF8.GetBytes(v)))))]);
        var meta = Box("meta", Concat(new byte[4], Box("hdlr", Concat(new byte[8], Encoding.ASCII.GetBytes("mdta"), new byte[13])),
            Box("keys", Concat(new byte[4], U32((uint)keys.Length), keyBoxes)), Box("ilst", items)));
        return Concat(Box("ftyp", Concat(Encoding.ASCII.GetBytes("isom"), new byte[4])), Box("moov", Concat(Mvhd(), meta)), Box("mdat", new byte[16]));
    }

    public static byte[] Heic() => Concat(Box("ftyp", Concat(Encoding.ASCII.GetBytes("heic"), new byte[4], Encoding.ASCII.GetBytes("mif1heic"))),
        Box("meta", Concat(new byte[4], Box("hdlr", Concat(new byte[8], Encoding.ASCII.GetBytes("pict"), new byte[13])))),
        Box("mdat", Concat(new byte[4], "Exif\0\0"u8.ToArray(), Tiff())));

    private static byte[] Mvhd()
    {
        var body = new byte[100];
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(4), 3_855_716_100);
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(8), 3_855_716_100);
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(12), 600);
        return Box("mvhd", body);
    }

    private static byte[] UserText(string type, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var body = new byte[4 + bytes.Length];
        BinaryPrimitives.WriteUInt16BigEndian(body, (ushort)bytes.Length);
        bytes.CopyTo(body, 4);
        return Box(type, body);
    }

    private static byte[] Box(string type, byte[] body) => Concat(U32((uint)(8 + body.Length)), Encoding.Latin1.GetBytes(type), body);

    private static byte[] Segment(byte marker, byte[] body)
    {
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(body.Length + 2));
        return Concat([0xFF, marker], length, body);
    }

    private static byte[] Chunk(string type, byte[] body)
    {
        var typeAndBody = Concat(Encoding.ASCII.GetBytes(type), body);
        return Concat(U32((uint)body.Length), typeAndBody, U32(Crc32(typeAndBody)));
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }

    private static byte[] U32(uint v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(b, v);
        return b;
    }

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s + "\0");

    private static byte[] Rationals(params (uint Num, uint Den)[] values)
    {
        var b = new byte[values.Length * 8];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(i * 8), values[i].Num);
            BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan((i * 8) + 4), values[i].Den);
        }
        return b;
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
