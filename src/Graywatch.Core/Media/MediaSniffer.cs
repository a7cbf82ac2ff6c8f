namespace Graywatch.Media;

/// <summary>Tells a media file's kind from its content (magic bytes and the ISO-BMFF brand) and the kind its extension claims.</summary>
public static class MediaSniffer
{
    public static MediaKind FromContent(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return MediaKind.Jpeg;
        }
        if (head.Length >= 8 && head[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return MediaKind.Png;
        }
        if (head.Length >= 4 && ((head[0] == 'I' && head[1] == 'I' && head[2] == 42 && head[3] == 0) || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 42)))
        {
            return MediaKind.Tiff;
        }
        if (head.Length >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p')
        {
            var brand = System.Text.Encoding.ASCII.GetString(head[8..12]);
            return brand switch
            {
                "heic" or "heix" or "heim" or "heis" or "mif1" or "msf1" or "hevc" or "avif" => MediaKind.Heic,
                "qt  " => MediaKind.Mov,
                _ => MediaKind.Mp4,
            };
        }
        if (head.Length >= 8 && head[4] == 'm' && head[5] == 'o' && head[6] == 'o' && head[7] == 'v')
        {
            return MediaKind.Mov;
        }
        return MediaKind.Unknown;
    }

    public static MediaKind FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" or ".jpe" => MediaKind.Jpeg,
        ".png" => MediaKind.Png,
        ".tif" or ".tiff" => MediaKind.Tiff,
        ".heic" or ".heif" or ".hif" => MediaKind.Heic,
        ".mp4" or ".m4v" => MediaKind.Mp4,
        ".mov" or ".qt" => MediaKind.Mov,
        _ => MediaKind.Unknown,
    };
}
