using System.Buffers;

namespace Graywatch.Media;

/// <summary>Blanks every XMP packet (<c>&lt;x:xmpmeta … &lt;/x:xmpmeta&gt;</c>) of a file in place, with spaces, so no offset moves.</summary>
/// <remarks>Reads the stream in windows of 1 MiB: memory stays bounded whatever the file size. Stateless.</remarks>
internal static class MediaXmp
{
    private const int Window = 1 << 20;

    public static void Blank(Stream stream)
    {
        var from = 0L;
        while (Find(stream, "<x:xmpmeta"u8, from) is var start and >= 0)
        {
            var close = Find(stream, "</x:xmpmeta>"u8, start);
            if (close < 0)
            {
                return;
            }
            var end = close + "</x:xmpmeta>"u8.Length;
            Fill(stream, start, end - start);
            from = end;
        }
    }

    private static long Find(Stream stream, ReadOnlySpan<byte> needle, long from)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Window);
        try
        {
            for (var at = from; at < stream.Length;)
            {
                stream.Position = at;
                var n = stream.ReadAtLeast(buffer.AsSpan(0, Window), (int)Math.Min(Window, stream.Length - at), throwOnEndOfStream: false);
                var i = buffer.AsSpan(0, n).IndexOf(needle);
                if (i >= 0)
                {
                    return at + i;
                }
                if (at + n >= stream.Length)
                {
                    return -1;
                }
                // Step back so a packet mark cut by the window's end is found in the next one.
                at += n - (needle.Length - 1);
            }
            return -1;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Fill(Stream stream, long start, long count)
    {
        var spaces = ArrayPool<byte>.Shared.Rent((int)Math.Min(Window, count));
        try
        {
            spaces.AsSpan().Fill((byte)' ');
            stream.Position = start;
            for (var left = count; left > 0;)
            {
                var n = (int)Math.Min(spaces.Length, left);
                stream.Write(spaces, 0, n);
                left -= n;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(spaces);
        }
    }
}
