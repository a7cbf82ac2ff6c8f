using System.Buffers.Binary;
using System.Text;

namespace Graywatch.Media;

/// <summary>Walks the boxes of an ISO base media file (MP4, MOV, HEIC) to find metadata the image libraries miss.</summary>
/// <remarks>
/// Reads QuickTime user data (<c>©xyz</c> location, <c>©mak</c>, <c>©mod</c>, <c>©swr</c>, <c>©day</c>, <c>©aut</c>), Apple
/// <c>mdta</c> keys with their <c>ilst</c> values, and the movie header's creation time; lists the boxes a stripped copy must
/// blank (<c>udta</c>, movie-level <c>meta</c>, <c>uuid</c>). Stateless.
/// </remarks>
internal static class IsoBoxes
{
    private static readonly HashSet<string> Containers = ["moov", "trak", "mdia", "minf", "udta", "meta", "ilst", "dinf", "stbl", "edts"];

    /// <summary>One box: where it starts, its header and total length, type and depth path.</summary>
    public readonly record struct Box(long Start, int Header, long Length, string Type, string Path);

    public static List<Box> Walk(byte[] data)
    {
        var boxes = new List<Box>();
        Walk(data, 0, data.Length, "", boxes, 0);
        return boxes;
    }

    private static void Walk(byte[] data, long from, long to, string path, List<Box> boxes, int depth)
    {
        var at = from;
        while (at + 8 <= to && depth < 12)
        {
            long size = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan((int)at));
            var type = Encoding.Latin1.GetString(data, (int)at + 4, 4);
            var header = 8;
            if (size == 1 && at + 16 <= to)
            {
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(data.AsSpan((int)at + 8));
                header = 16;
            }
            else if (size == 0)
            {
                size = to - at;
            }
            if (size < header || at + size > to)
            {
                throw new InvalidDataException($"box '{Printable(type)}' at byte {at} runs past its parent");
            }
            var box = new Box(at, header, size, type, path + "/" + type);
            boxes.Add(box);
            if (Containers.Contains(type))
            {
                var inner = at + header;
                // An MP4 'meta' is a full box (4 bytes of version and flags before its children); a QuickTime one is not.
                if (type == "meta" && inner + 12 <= at + size && BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan((int)inner)) == 0)
                {
                    inner += 4;
                }
                Walk(data, inner, at + size, box.Path, boxes, depth + 1);
            }
            at += size;
        }
    }

    /// <summary>Metadata values by name: <c>©xyz</c>, <c>©mak</c>…, <c>com.apple.quicktime.*</c> keys, and <c>mvhd.creation</c>.</summary>
    public static Dictionary<string, string> Values(byte[] data, List<Box> boxes)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var box in boxes)
        {
            var body = data.AsSpan((int)(box.Start + box.Header), (int)(box.Length - box.Header));
            if (box.Type == "mvhd" && body.Length >= 8)
            {
                var seconds = body[0] == 1 && body.Length >= 12 ? (long)BinaryPrimitives.ReadUInt64BigEndian(body[4..]) : BinaryPrimitives.ReadUInt32BigEndian(body[4..]);
                if (seconds > 0)
                {
                    values["mvhd.creation"] = new DateTimeOffset(1904, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            else if (box.Type == "keys" && body.Length >= 8)
            {
                var count = BinaryPrimitives.ReadUInt32BigEndian(body[4..]);
                var at = 8;
                for (var i = 0; i < count && at + 8 <= body.Length; i++)
                {
                    var size = (int)BinaryPrimitives.ReadUInt32BigEndian(body[at..]);
                    if (size < 8 || at + size > body.Length)
                    {
                        break;
                    }
                    keys.Add(Encoding.UTF8.GetString(body.Slice(at + 8, size - 8)));
                    at += size;
                }
            }
            else if (box.Path.Contains("/ilst/", StringComparison.Ordinal) && box.Path.Count(c => c == '/') >= 2 && box.Type != "data" && DataText(data, box) is { } text)
            {
                var index = (int)BinaryPrimitives.ReadUInt32BigEndian(Encoding.Latin1.GetBytes(box.Type));
                var name = box.Type[0] == '\u00A9' ? box.Type : index >= 1 && index <= keys.Count ? keys[index - 1] : box.Type;
                values.TryAdd(name, text);
            }
            else if (box.Type.Length == 4 && box.Type[0] == '\u00A9' && box.Path.Contains("/udta/", StringComparison.Ordinal) && body.Length > 4)
            {
                // QuickTime user-data text: a 16-bit length, a 16-bit language, then the text.
                var length = BinaryPrimitives.ReadUInt16BigEndian(body);
                if (length > 0 && 4 + length <= body.Length)
                {
                    values.TryAdd(box.Type, Encoding.UTF8.GetString(body.Slice(4, length)).TrimEnd('\0'));
                }
            }
        }
        return values;
    }

    private static string? DataText(byte[] data, Box item)
    {
        var at = item.Start + item.Header;
        var end = item.Start + item.Length;
        while (at + 16 <= end)
        {
            var size = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan((int)at));
            if (size < 16 || at + size > end)
            {
                return null;
            }
            if (Encoding.Latin1.GetString(data, (int)at + 4, 4) == "data")
            {
                return Encoding.UTF8.GetString(data, (int)at + 16, (int)size - 16).TrimEnd('\0');
            }
            at += size;
        }
        return null;
    }

    private static string Printable(string type) => new([.. type.Select(c => c is >= ' ' and <= '~' ? c : '?')]);
}
