using System.Buffers.Binary;

namespace Graywatch.Media;

/// <summary>Blanks the leaking fields of a TIFF structure in place (a TIFF file, or the Exif block of a JPEG or HEIC).</summary>
/// <remarks>
/// In IFD0 and the Exif IFD it zeroes the values of make, model, software, date and time, artist, host computer, copyright,
/// XMP, maker notes, capture times, owner and serial numbers; the GPS IFD loses every value and its entry count becomes 0.
/// Offsets and sizes do not change, so the image data stays valid. Stateless.
/// </remarks>
internal static class TiffScrubber
{
    private const ushort ExifPointer = 0x8769;
    private const ushort GpsPointer = 0x8825;

    private static readonly HashSet<ushort> Sensitive =
    [
        0x010F, 0x0110, 0x0131, 0x0132, 0x013B, 0x013C, 0x8298, 0x02BC, 0x927C, 0x9003, 0x9004, 0x9010, 0x9011, 0x9012,
        0xA430, 0xA431, 0xA432, 0xA433, 0xA434, 0xA435, 0x9286, 0xA420,
    ];

    /// <summary>Scrubs the TIFF that starts at <paramref name="start"/> in <paramref name="data"/>; returns the entries blanked.</summary>
    public static int Scrub(byte[] data, int start)
    {
        using var stream = new MemoryStream(data, writable: true);
        return Scrub(stream, start);
    }

    /// <summary>Scrubs the TIFF that starts at <paramref name="start"/> in a seekable, writable <paramref name="data"/>, reading only its directories.</summary>
    public static int Scrub(Stream data, long start)
    {
        if (start + 8 > data.Length)
        {
            return 0;
        }
        var little = Read(data, start, 1)[0] == 'I';
        var ifd = U32(data, start + 4, little);
        return ScrubIfd(data, start, start + ifd, little, gps: false, depth: 0);
    }

    private static int ScrubIfd(Stream data, long start, long at, bool little, bool gps, int depth)
    {
        if (depth > 3 || at < start || at + 2 > data.Length)
        {
            return 0;
        }
        var count = U16(data, at, little);
        var blanked = 0;
        for (var i = 0; i < count; i++)
        {
            var entry = at + 2 + (i * 12);
            if (entry + 12 > data.Length)
            {
                break;
            }
            var tag = U16(data, entry, little);
            if (!gps && (tag == ExifPointer || tag == GpsPointer))
            {
                blanked += ScrubIfd(data, start, start + U32(data, entry + 8, little), little, tag == GpsPointer, depth + 1);
                continue;
            }
            if (gps || Sensitive.Contains(tag))
            {
                var size = (long)U32(data, entry + 4, little) * TypeSize(U16(data, entry + 2, little));
                if (size <= 4)
                {
                    Clear(data, entry + 8, 4);
                }
                else
                {
                    var offset = start + U32(data, entry + 8, little);
                    if (offset + size <= data.Length)
                    {
                        Clear(data, offset, size);
                    }
                }
                blanked++;
            }
        }
        if (gps)
        {
            Clear(data, at, 2);
        }
        return blanked;
    }

    private static int TypeSize(ushort type) => type switch
    {
        1 or 2 or 6 or 7 => 1,
        3 or 8 => 2,
        4 or 9 or 11 => 4,
        5 or 10 or 12 => 8,
        _ => 1,
    };

    private static byte[] Read(Stream d, long at, int count)
    {
        var bytes = new byte[count];
        d.Position = at;
        d.ReadExactly(bytes);
        return bytes;
    }

    private static void Clear(Stream d, long at, long count)
    {
        var zeros = new byte[Math.Min(count, 1 << 16)];
        d.Position = at;
        for (var left = count; left > 0; left -= zeros.Length)
        {
            d.Write(zeros, 0, (int)Math.Min(zeros.Length, left));
        }
    }

    private static ushort U16(Stream d, long at, bool little) => little ? BinaryPrimitives.ReadUInt16LittleEndian(Read(d, at, 2)) : BinaryPrimitives.ReadUInt16BigEndian(Read(d, at, 2));

    private static uint U32(Stream d, long at, bool little) => little ? BinaryPrimitives.ReadUInt32LittleEndian(Read(d, at, 4)) : BinaryPrimitives.ReadUInt32BigEndian(Read(d, at, 4));
}
