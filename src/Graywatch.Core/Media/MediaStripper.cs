using System.Buffers.Binary;

namespace Graywatch.Media;

/// <summary>Writes a copy of a media file without its leaking metadata; never touches the original.</summary>
/// <remarks>
/// By content kind: JPEG loses its APP1 (Exif, XMP), APP12, APP13 (IPTC) and comment segments; PNG its eXIf, tEXt, iTXt,
/// zTXt and tIME chunks; TIFF and the Exif block of a HEIC are blanked in place (<see cref="TiffScrubber"/>); MP4 and MOV
/// have their user data, movie-level metadata and uuid boxes turned into free space and the movie header's times zeroed.
/// XMP packets anywhere are blanked. The copy keeps every offset of the image or video data. The copy is created new (an
/// existing file or link at the target is never replaced), then scanned again: a copy that still leaks is deleted and
/// reported, never called clean. Stateless.
/// </remarks>
public static class MediaStripper
{
    /// <summary>Writes the stripped copy to <paramref name="target"/>; returns null, or why no copy was written.</summary>
    public static string? Strip(string source, string target)
    {
        if (Path.GetFullPath(source) == Path.GetFullPath(target))
        {
            return "the copy would overwrite the original";
        }
        var data = File.ReadAllBytes(source);
        var kind = MediaSniffer.FromContent(data.AsSpan(0, Math.Min(32, data.Length)));
        byte[] copy;
        try
        {
            copy = kind switch
            {
                MediaKind.Jpeg => Jpeg(data),
                MediaKind.Png => Png(data),
                MediaKind.Tiff => InPlace(data, d => TiffScrubber.Scrub(d, 0)),
                MediaKind.Heic => InPlace(data, d =>
                {
                    if (MediaScanner.FindExif(d) is { } at)
                    {
                        TiffScrubber.Scrub(d, at);
                    }
                    Boxes(d);
                }),
                MediaKind.Mp4 or MediaKind.Mov => InPlace(data, Boxes),
                _ => throw new InvalidDataException("not a JPEG, PNG, TIFF, HEIC, MP4 or MOV file"),
            };
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IndexOutOfRangeException)
        {
            return $"not copied: {e.Message}";
        }
        BlankXmp(copy);
        FileStream output;
        try
        {
            output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException e)
        {
            return $"not copied: {target}: {e.Message}";
        }
        try
        {
            using (output)
            {
                output.Write(copy);
            }
        }
        catch (IOException e)
        {
            File.Delete(target);
            return $"not copied: {target}: {e.Message}";
        }
        var check = MediaScanner.Scan(target);
        if (check.Leaks.Count > 0)
        {
            File.Delete(target);
            return $"not copied: the clean copy still leaked {string.Join(", ", check.Leaks)} (the file's structure is not what its header says)";
        }
        return null;
    }

    private static byte[] InPlace(byte[] data, Action<byte[]> scrub)
    {
        var copy = (byte[])data.Clone();
        scrub(copy);
        return copy;
    }

    private static byte[] Jpeg(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(data, 0, 2);
        var at = 2;
        while (at + 4 <= data.Length)
        {
            if (data[at] != 0xFF)
            {
                throw new InvalidDataException($"damaged JPEG: no segment marker at byte {at}");
            }
            var marker = data[at + 1];
            if (marker == 0xDA || marker == 0xD9)
            {
                output.Write(data, at, data.Length - at);
                return output.ToArray();
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at + 2));
            if (length < 2 || at + 2 + length > data.Length)
            {
                throw new InvalidDataException($"damaged JPEG: segment at byte {at} runs past the end");
            }
            var drop = marker is 0xE1 or 0xEC or 0xED or 0xFE || (marker is >= 0xE3 and <= 0xEB);
            if (!drop)
            {
                output.Write(data, at, 2 + length);
            }
            at += 2 + length;
        }
        throw new InvalidDataException("damaged JPEG: no image data");
    }

    private static byte[] Png(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(data, 0, 8);
        var at = 8;
        while (at + 12 <= data.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at));
            if (length < 0 || at + 12 + length > data.Length)
            {
                throw new InvalidDataException($"damaged PNG: chunk at byte {at} runs past the end");
            }
            var type = System.Text.Encoding.ASCII.GetString(data, at + 4, 4);
            if (type is not ("eXIf" or "tEXt" or "iTXt" or "zTXt" or "tIME"))
            {
                output.Write(data, at, 12 + length);
            }
            at += 12 + length;
            if (type == "IEND")
            {
                return output.ToArray();
            }
        }
        throw new InvalidDataException("damaged PNG: no IEND chunk");
    }

    private static void Boxes(byte[] data)
    {
        foreach (var box in IsoBoxes.Walk(data))
        {
            var blank = box.Type is "udta" or "uuid" || (box.Type == "meta" && box.Path == "/moov/meta");
            if (blank)
            {
                "free"u8.CopyTo(data.AsSpan((int)box.Start + 4));
                Array.Clear(data, (int)(box.Start + box.Header), (int)(box.Length - box.Header));
            }
            else if (box.Type == "mvhd" && box.Length - box.Header >= 12)
            {
                var body = (int)(box.Start + box.Header);
                var wide = data[body] == 1;
                Array.Clear(data, body + 4, wide ? 16 : 8);
            }
        }
    }

    private static void BlankXmp(byte[] data)
    {
        var open = "<x:xmpmeta"u8;
        var close = "</x:xmpmeta>"u8;
        var from = 0;
        while (from < data.Length)
        {
            var i = data.AsSpan(from).IndexOf(open);
            if (i < 0)
            {
                return;
            }
            var start = from + i;
            var j = data.AsSpan(start).IndexOf(close);
            if (j < 0)
            {
                return;
            }
            var end = start + j + close.Length;
            data.AsSpan(start, end - start).Fill((byte)' ');
            from = end;
        }
    }

}
