namespace Graywatch.Media;

/// <summary>What a media file is by its first bytes, whatever its name says.</summary>
public enum MediaKind
{
    Unknown,
    Jpeg,
    Png,
    Tiff,
    Heic,
    Mp4,
    Mov,
}
