using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Graywatch.Sites;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Png;
using MetadataExtractor.Formats.Xmp;
using MetadataExtractor.IO;

namespace Graywatch.Media;

/// <summary>Reads what a photo or video leaks (position, altitude, direction, capture time, device, serial, software, owner) from JPEG, HEIC, PNG, TIFF, MP4 and MOV.</summary>
/// <remarks>
/// Exif, GPS, XMP and PNG text come from MetadataExtractor; QuickTime user data and Apple <c>mdta</c> keys from a walk of
/// the file's boxes; the Exif block of a HEIC from its <c>Exif</c> item. The kind is judged by content, so a file that lies
/// about its type is still read (and reported). A damaged file is reported with what could be read. JPEG, PNG and TIFF are
/// read where the metadata is; HEIC, MP4 and MOV whole (at most <see cref="MaxBytes"/>). Stateless.
/// </remarks>
public static partial class MediaScanner
{
    public const long MaxBytes = 1L << 31;

    public static MediaScan Scan(string path, SiteIndex? sites = null)
    {
        var claimed = MediaSniffer.FromExtension(path);
        FileStream file;
        MediaKind kind;
        byte[] data = [];
        try
        {
            file = File.OpenRead(path);
            Span<byte> head = stackalloc byte[32];
            kind = MediaSniffer.FromContent(head[..file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)]);
            file.Position = 0;
            // JPEG, PNG and TIFF are read from the file as the library seeks; the box walk needs the whole file.
            if (kind is MediaKind.Heic or MediaKind.Mp4 or MediaKind.Mov)
            {
                if (file.Length > MaxBytes)
                {
                    file.Dispose();
                    return Empty(path, MediaKind.Unknown, claimed, $"larger than {MaxBytes:N0} bytes; not read");
                }
                data = new byte[file.Length];
                file.ReadExactly(data);
                file.Position = 0;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Empty(path, MediaKind.Unknown, claimed, e.Message);
        }
        using var input = file;
        var f = new Fields();
        var errors = new List<string>();
        if (kind == MediaKind.Unknown)
        {
            errors.Add("not a JPEG, PNG, TIFF, HEIC, MP4 or MOV file");
        }
        else
        {
            try
            {
                Read(ImageMetadataReader.ReadMetadata(input), f);
            }
            catch (Exception e) when (e is ImageProcessingException or IOException or ArgumentException or IndexOutOfRangeException or InvalidOperationException or NullReferenceException)
            {
                // For HEIC, MP4 and MOV the box walk below is the judge: the library does not know every box layout.
                if (kind is MediaKind.Jpeg or MediaKind.Png or MediaKind.Tiff)
                {
                    errors.Add($"damaged or partly unreadable: {e.Message}");
                }
            }
            if (kind is MediaKind.Heic or MediaKind.Mp4 or MediaKind.Mov)
            {
                ReadBoxes(data, f, errors);
            }
            if (kind == MediaKind.Heic && f.Make is null && FindExif(data) is { } tiff)
            {
                try
                {
                    Read(new ExifReader().Extract(new ByteArrayReader(data, tiff)), f);
                }
                catch (Exception e) when (e is IOException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
                {
                    errors.Add($"damaged Exif block: {e.Message}");
                }
            }
        }
        var hit = sites is not null && f.Lat is { } lat && f.Lon is { } lon ? sites.Nearest(lat, lon) : null;
        return new MediaScan(path, kind, claimed, errors.Count == 0 ? null : string.Join("; ", errors.Distinct()), f.Lat, f.Lon, f.Alt, f.Direction, f.Captured,
            f.Make, f.Model, f.Serial, f.Software, f.Owner ?? f.Artist, f.Other, hit);
    }

    /// <summary>The offset of the TIFF header of the first Exif block (after <c>Exif\0\0</c>), or null.</summary>
    internal static int? FindExif(byte[] data)
    {
        var marker = "Exif\0\0"u8;
        var span = data.AsSpan();
        var from = 0;
        while (from < span.Length)
        {
            var i = span[from..].IndexOf(marker);
            if (i < 0)
            {
                return null;
            }
            var at = from + i + marker.Length;
            if (at + 4 <= span.Length && MediaSniffer.FromContent(span.Slice(at, 4)) == MediaKind.Tiff)
            {
                return at;
            }
            from = at;
        }
        return null;
    }

    private static void Read(IEnumerable<MetadataExtractor.Directory> directories, Fields f)
    {
        foreach (var dir in directories)
        {
            switch (dir)
            {
                case GpsDirectory gps:
                    if (gps.GetGeoLocation() is { } geo && !geo.IsZero && Haversine.IsValid(geo.Latitude, geo.Longitude))
                    {
                        f.Lat ??= Math.Round(geo.Latitude, 7);
                        f.Lon ??= Math.Round(geo.Longitude, 7);
                    }
                    if (gps.TryGetRational(GpsDirectory.TagAltitude, out var alt) && alt.Denominator != 0)
                    {
                        var below = gps.TryGetByte(GpsDirectory.TagAltitudeRef, out var r) && r == 1;
                        f.Alt ??= Math.Round(alt.ToDouble() * (below ? -1 : 1), 2);
                    }
                    if (gps.TryGetRational(GpsDirectory.TagImgDirection, out var dirValue) && dirValue.Denominator != 0)
                    {
                        f.Direction ??= Math.Round(dirValue.ToDouble(), 2);
                    }
                    break;
                case ExifDirectoryBase exif:
                    f.Make ??= Text(exif, 0x010F);
                    f.Model ??= Text(exif, 0x0110);
                    f.Software ??= Text(exif, 0x0131);
                    f.Owner ??= Text(exif, 0xA430);
                    f.Artist ??= Text(exif, 0x013B);
                    f.Serial ??= Text(exif, 0xA431) ?? Text(exif, 0xA435);
                    f.Captured ??= Text(exif, 0x9003) ?? Text(exif, 0x0132);
                    break;
                case XmpDirectory xmp when xmp.XmpMeta is not null:
                    foreach (var (name, value) in xmp.GetXmpProperties())
                    {
                        if (value.Length > 0 && XmpLeak().IsMatch(name))
                        {
                            f.Other.TryAdd("xmp:" + name, value);
                        }
                    }
                    break;
                case PngDirectory png:
                    foreach (var tag in png.Tags.Where(t => t.Name.Contains("Text", StringComparison.OrdinalIgnoreCase) && t.Description is { Length: > 0 }))
                    {
                        f.Other.TryAdd("png-text", tag.Description!);
                    }
                    break;
            }
        }
    }

    private static void ReadBoxes(byte[] data, Fields f, List<string> errors)
    {
        Dictionary<string, string> values;
        try
        {
            values = IsoBoxes.Values(data, IsoBoxes.Walk(data));
        }
        catch (InvalidDataException e)
        {
            errors.Add($"damaged or partly unreadable: {e.Message}");
            return;
        }
        string? Get(params string[] names) => names.Select(n => values.GetValueOrDefault(n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        if (Get("\u00A9xyz", "com.apple.quicktime.location.ISO6709") is { } iso && Iso6709().Match(iso) is { Success: true } m)
        {
            var lat = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var lon = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (Haversine.IsValid(lat, lon))
            {
                f.Lat ??= lat;
                f.Lon ??= lon;
            }
            if (m.Groups[3].Success)
            {
                f.Alt ??= double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            }
        }
        f.Make ??= Get("\u00A9mak", "com.apple.quicktime.make");
        f.Model ??= Get("\u00A9mod", "com.apple.quicktime.model");
        f.Software ??= Get("\u00A9swr", "\u00A9too", "com.apple.quicktime.software");
        f.Owner ??= Get("\u00A9aut", "\u00A9ART", "com.apple.quicktime.author");
        f.Captured ??= Get("com.apple.quicktime.creationdate", "\u00A9day", "mvhd.creation");
        if (Get("com.apple.quicktime.location.accuracy.horizontal") is { } accuracy)
        {
            f.Other.TryAdd("location-accuracy", accuracy);
        }
    }

    private static string? Text(MetadataExtractor.Directory d, int tag)
    {
        if (!d.ContainsTag(tag))
        {
            return null;
        }
        var s = d.GetString(tag, Encoding.UTF8)?.Trim('\0', ' ');
        return string.IsNullOrEmpty(s) ? null : s;
    }

    private static MediaScan Empty(string path, MediaKind kind, MediaKind claimed, string error) =>
        new(path, kind, claimed, error, null, null, null, null, null, null, null, null, null, null, new Dictionary<string, string>(), null);

    [GeneratedRegex(@"^([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?")]
    private static partial Regex Iso6709();

    [GeneratedRegex("(creator|CreatorTool|Owner|Serial|Location|City|GPS|Artist|Author|Make|Model)", RegexOptions.IgnoreCase)]
    private static partial Regex XmpLeak();

    private sealed class Fields
    {
        public double? Lat;
        public double? Lon;
        public double? Alt;
        public double? Direction;
        public string? Captured;
        public string? Make;
        public string? Model;
        public string? Serial;
        public string? Software;
        public string? Owner;
        public string? Artist;
        public readonly Dictionary<string, string> Other = new(StringComparer.Ordinal);
    }
}
