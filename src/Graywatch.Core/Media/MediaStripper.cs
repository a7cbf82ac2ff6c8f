using System.Buffers;
using System.Buffers.Binary;

namespace Graywatch.Media;

/// <summary>Writes a copy of a media file without its leaking metadata; never touches the original.</summary>
/// <remarks>
/// By content kind: JPEG loses its APP1 (Exif, XMP), APP12, APP13 (IPTC) and comment segments; PNG its eXIf, tEXt, iTXt,
/// zTXt and tIME chunks; TIFF and the Exif block of a HEIC are blanked in place (<see cref="TiffScrubber"/>); MP4 and MOV
/// have their user data, movie-level metadata and uuid boxes turned into free space and the movie header's times zeroed.
/// XMP packets anywhere are blanked. JPEG, PNG and TIFF are streamed, so memory stays bounded whatever the file size; HEIC,
/// MP4 and MOV are scrubbed in memory, up to <see cref="MediaScanner.MaxBytes"/>. The copy keeps every offset of the image or video data. The copy is created new (an
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
        Action<FileStream, FileStream> write;
        try
        {
            using var input = File.OpenRead(source);
            Span<byte> head = stackalloc byte[32];
            var kind = MediaSniffer.FromContent(head[..input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)]);
            if (kind is not (MediaKind.Jpeg or MediaKind.Png or MediaKind.Tiff) && input.Length > MediaScanner.MaxBytes)
            {
                return $"not copied: a {kind} file larger than {MediaScanner.MaxBytes:N0} bytes";
            }
            write = kind switch
            {
                MediaKind.Jpeg => Jpeg,
                MediaKind.Png => Png,
                MediaKind.Tiff => (from, to) =>
                {
                    from.CopyTo(to);
                    TiffScrubber.Scrub(to, 0);
                },
                MediaKind.Heic => InPlace(d =>
                {
                    if (MediaScanner.FindExif(d) is { } at)
                    {
                        TiffScrubber.Scrub(d, at);
                    }
                    Boxes(d);
                }),
                MediaKind.Mp4 or MediaKind.Mov => InPlace(Boxes),
                _ => throw new InvalidDataException("not a JPEG, PNG, TIFF, HEIC, MP4 or MOV file"),
            };
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return $"not copied: {e.Message}";
        }
        FileStream output;
        try
        {
            output = new FileStream(target, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            return $"not copied: {target}: {e.Message}";
        }
        try
        {
            using (output)
            using (var input = File.OpenRead(source))
            {
                write(input, output);
                MediaXmp.Blank(output);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or IndexOutOfRangeException)
        {
            File.Delete(target);
            return $"not copied: {e.Message}";
        }
        var check = MediaScanner.Scan(target);
        if (check.Leaks.Count > 0)
        {
            File.Delete(target);
            return $"not copied: the clean copy still leaked {string.Join(", ", check.Leaks)} (the file's structure is not what its header says)";
        }
        return null;
    }

    // HEIC, MP4 and MOV are scrubbed with the whole file at hand; JPEG, PNG and TIFF are streamed.
    private static Action<FileStream, FileStream> InPlace(Action<byte[]> scrub) => (input, output) =>
    {
        var data = new byte[input.Length];
        input.ReadExactly(data);
        scrub(data);
        output.Write(data);
    };

    private static void Jpeg(FileStream input, FileStream output)
    {
        Span<byte> head = stackalloc byte[4];
        input.ReadExactly(head[..2]);
        output.Write(head[..2]);
        while (input.Position + 4 <= input.Length)
        {
            var at = input.Position;
            input.ReadExactly(head);
            if (head[0] != 0xFF)
            {
                throw new InvalidDataException($"damaged JPEG: no segment marker at byte {at}");
            }
            var marker = head[1];
            if (marker == 0xDA || marker == 0xD9)
            {
                output.Write(head);
                input.CopyTo(output);
                return;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(head[2..]);
            if (length < 2 || at + 2 + length > input.Length)
            {
                throw new InvalidDataException($"damaged JPEG: segment at byte {at} runs past the end");
            }
            var drop = marker is 0xE1 or 0xEC or 0xED or 0xFE || (marker is >= 0xE3 and <= 0xEB);
            if (drop)
            {
                input.Seek(length - 2, SeekOrigin.Current);
            }
            else
            {
                output.Write(head);
                Copy(input, output, length - 2);
            }
        }
        throw new InvalidDataException("damaged JPEG: no image data");
    }

    private static void Png(FileStream input, FileStream output)
    {
        Span<byte> head = stackalloc byte[8];
        input.ReadExactly(head);
        output.Write(head);
        while (input.Position + 12 <= input.Length)
        {
            var at = input.Position;
            input.ReadExactly(head);
            var length = (long)BinaryPrimitives.ReadUInt32BigEndian(head);
            if (length > int.MaxValue || at + 12 + length > input.Length)
            {
                throw new InvalidDataException($"damaged PNG: chunk at byte {at} runs past the end");
            }
            var type = System.Text.Encoding.ASCII.GetString(head[4..]);
            if (type is "eXIf" or "tEXt" or "iTXt" or "zTXt" or "tIME")
            {
                input.Seek(length + 4, SeekOrigin.Current);
            }
            else
            {
                output.Write(head);
                Copy(input, output, length + 4);
            }
            if (type == "IEND")
            {
                return;
            }
        }
        throw new InvalidDataException("damaged PNG: no IEND chunk");
    }

    private static void Copy(Stream input, Stream output, long count)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            while (count > 0)
            {
                var n = input.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
                if (n == 0)
                {
                    throw new InvalidDataException("the file ended inside a segment");
                }
                output.Write(buffer, 0, n);
                count -= n;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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
}
