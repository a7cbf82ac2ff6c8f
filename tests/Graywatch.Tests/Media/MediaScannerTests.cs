using System.Security.Cryptography;
using Graywatch.Media;
using Graywatch.Sites;
using Graywatch.Testing;

namespace Graywatch.Tests.Media;

public sealed class MediaScannerTests
{
    public static TheoryData<string, MediaKind> Kinds => new()
    {
        { "photo.jpg", MediaKind.Jpeg },
        { "photo.png", MediaKind.Png },
        { "photo.tif", MediaKind.Tiff },
        { "photo.heic", MediaKind.Heic },
        { "clip.mp4", MediaKind.Mp4 },
        { "clip.mov", MediaKind.Mov },
    };

    private static byte[] Fixture(MediaKind kind) => kind switch
    {
        MediaKind.Jpeg => MediaFixtures.Jpeg(),
        MediaKind.Png => MediaFixtures.Png(),
        MediaKind.Tiff => MediaFixtures.Tiff(),
        MediaKind.Heic => MediaFixtures.Heic(),
        MediaKind.Mp4 => MediaFixtures.Mp4(),
        _ => MediaFixtures.Mov(),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_reports_its_position_device_and_the_site_it_was_taken_at(string name, MediaKind kind)
    {
        using var dir = new TempDir();
        var path = dir.Write(name, Fixture(kind));
        var sites = SiteFileReader.Load(RepositoryFiles.Path("samples/sites.csv")).Index(2000);

        var scan = MediaScanner.Scan(path, sites);

        Assert.Null(scan.Error);
        Assert.Equal(kind, scan.Kind);
        Assert.False(scan.LiesAboutType);
        Assert.InRange(scan.Latitude!.Value, MediaFixtures.Lat - 0.0002, MediaFixtures.Lat + 0.0002);
        Assert.InRange(scan.Longitude!.Value, MediaFixtures.Lon - 0.0002, MediaFixtures.Lon + 0.0002);
        Assert.Equal(31.5, scan.AltitudeMeters);
        Assert.Equal(MediaFixtures.Make, scan.Make);
        Assert.Equal(MediaFixtures.Model, scan.Model);
        Assert.NotNull(scan.CapturedAt);
        Assert.Equal("Qingshan Air Base", scan.Site?.Site.Name);
        Assert.True(scan.Site!.Inside);
        if (kind is MediaKind.Jpeg or MediaKind.Png or MediaKind.Tiff or MediaKind.Heic)
        {
            Assert.Equal(87.25, scan.Direction);
            Assert.Equal(MediaFixtures.Serial, scan.Serial);
            Assert.Equal(MediaFixtures.Owner, scan.Owner);
            Assert.Equal(MediaFixtures.Software, scan.Software);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_stripped_copy_leaks_nothing_and_the_original_is_untouched(string name, MediaKind kind)
    {
        using var dir = new TempDir();
        var path = dir.Write(name, Fixture(kind));
        var before = SHA256.HashData(File.ReadAllBytes(path));
        Directory.CreateDirectory(dir["clean"]);
        var copy = Path.Combine(dir["clean"], name);

        var error = MediaStripper.Strip(path, copy);
        var scan = MediaScanner.Scan(copy);

        Assert.Null(error);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal(kind, scan.Kind);
        Assert.Empty(scan.Leaks);
        Assert.Null(scan.Error);
    }

    [Fact]
    public void A_damaged_file_is_reported_and_not_copied()
    {
        using var dir = new TempDir();
        var good = MediaFixtures.Jpeg();
        var path = dir.Write("cut.jpg", good[..40]);

        var scan = MediaScanner.Scan(path);
        var error = MediaStripper.Strip(path, dir["cut-clean.jpg"]);

        Assert.NotNull(scan.Error);
        Assert.Contains("damaged", scan.Error);
        Assert.NotNull(error);
        Assert.False(File.Exists(dir["cut-clean.jpg"]));
    }

    [Fact]
    public void A_file_that_lies_about_its_type_is_read_by_its_content_and_flagged()
    {
        using var dir = new TempDir();
        var path = dir.Write("holiday.jpg", MediaFixtures.Png());
        var junk = dir.Write("notes.mov", "just text"u8.ToArray());

        var scan = MediaScanner.Scan(path);
        var unknown = MediaScanner.Scan(junk);

        Assert.Equal(MediaKind.Png, scan.Kind);
        Assert.Equal(MediaKind.Jpeg, scan.ClaimedKind);
        Assert.True(scan.LiesAboutType);
        Assert.Contains("gps", scan.Leaks);
        Assert.Equal(MediaKind.Unknown, unknown.Kind);
        Assert.NotNull(unknown.Error);
    }

    [Fact]
    public void A_tiff_whose_first_directory_points_past_the_end_is_not_called_clean_while_it_still_leaks()
    {
        using var dir = new TempDir();
        var tiff = MediaFixtures.Tiff();
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 0x7FFF_FF00);
        var path = dir.Write("odd.tif", tiff);
        Assert.Contains("gps", MediaScanner.Scan(path).Leaks);

        var error = MediaStripper.Strip(path, dir["odd-clean.tif"]);

        Assert.NotNull(error);
        Assert.Contains("still leaked", error, StringComparison.Ordinal);
        Assert.Contains("gps", error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir["odd-clean.tif"]));
    }

    [Theory]
    [InlineData("large.jpg", MediaKind.Jpeg)]
    [InlineData("large.tif", MediaKind.Tiff)]
    public void A_large_file_is_scanned_and_stripped_without_being_loaded_whole(string name, MediaKind kind)
    {
        const long size = 64L << 20;
        using var dir = new TempDir();
        var path = dir[name];
        var fixture = Fixture(kind);
        // A JPEG's image data runs to its end marker; a TIFF's strips can sit anywhere after the directories.
        var head = kind == MediaKind.Jpeg ? fixture[..^2] : fixture;
        using (var file = File.Create(path))
        {
            file.Write(head);
            file.SetLength(size);
            if (kind == MediaKind.Jpeg)
            {
                file.Position = size - 2;
                file.Write([0xFF, 0xD9]);
            }
        }
        var small = dir.Write("small" + Path.GetExtension(name), fixture);
        Assert.Null(MediaStripper.Strip(small, dir["small-clean" + Path.GetExtension(name)]));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var scan = MediaScanner.Scan(path);
        var error = MediaStripper.Strip(path, dir["clean" + Path.GetExtension(name)]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains("gps", scan.Leaks);
        Assert.Null(error);
        Assert.True(allocated < size / 8, $"{allocated:N0} bytes allocated for a {size:N0}-byte file");
        var clean = dir["clean" + Path.GetExtension(name)];
        Assert.Equal(new FileInfo(dir["small-clean" + Path.GetExtension(name)]).Length + size - fixture.Length, new FileInfo(clean).Length);
        Assert.Empty(MediaScanner.Scan(clean).Leaks);
    }

    [Fact]
    public void Stripping_refuses_to_overwrite_the_original()
    {
        using var dir = new TempDir();
        var path = dir.Write("photo.jpg", MediaFixtures.Jpeg());

        Assert.NotNull(MediaStripper.Strip(path, path));
        Assert.Equal(MediaFixtures.Jpeg(), File.ReadAllBytes(path));
    }
}
