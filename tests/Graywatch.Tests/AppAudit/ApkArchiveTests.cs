using System.Buffers.Binary;
using Graywatch.AppAudit;
using Graywatch.AppAudit.Zip;
using Graywatch.Testing;

namespace Graywatch.Tests.AppAudit;

public sealed class ApkArchiveTests
{
    private static readonly byte[] Dex = [.. "dex\n035\0"u8, .. new byte[64]];

    private static int CentralEntry(byte[] zip, int index)
    {
        var found = -1;
        for (var i = 0; i <= zip.Length - 4; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == 0x02014b50 && ++found == index)
            {
                return i;
            }
        }
        throw new InvalidOperationException("no such central entry");
    }

    private static ApkArchive Open(TempDir dir, byte[] zip) => ApkArchive.Open(dir.Write("a.apk", zip));

    [Fact]
    public void Given_a_zip_bomb_when_its_entry_is_read_then_it_stops_at_the_ratio_cap_with_a_clear_message_and_bounded_memory()
    {
        using var dir = new TempDir();
        using var archive = Open(dir, new ZipWriter().Add("classes.dex", new byte[64 * 1024 * 1024]).Build());

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<AppAuditException>(() => archive.Read(archive.Entries[0], AuditLimits.Default.MaxDexBytes));

        Assert.Contains("zip bomb", ex.Message, StringComparison.Ordinal);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 48L * 1024 * 1024);
    }

    [Fact]
    public void Given_an_entry_that_declares_a_huge_size_when_read_then_only_its_real_bytes_are_allocated_and_a_warning_is_kept()
    {
        using var dir = new TempDir();
        var zip = new ZipWriter().Add("AndroidManifest.xml", Fixtures.Manifest()).Build();
        var cd = CentralEntry(zip, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(cd + 24), 0xFFFFFFF0);
        using var archive = Open(dir, zip);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var bytes = archive.Read(archive.Entries[0], AuditLimits.Default.MaxSmallEntryBytes);

        Assert.Equal(Fixtures.Manifest().Length, bytes.Length);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 1024 * 1024);
        Assert.Contains(archive.Warnings, w => w.Contains("declares", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_an_entry_whose_offset_points_past_the_entries_then_opening_fails_with_the_entry_name()
    {
        using var dir = new TempDir();
        var zip = new ZipWriter().Add("AndroidManifest.xml", Fixtures.Manifest()).Add("classes.dex", Dex).Build();
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(CentralEntry(zip, 1) + 42), 0x7FFF0000);

        var ex = Assert.Throws<AppAuditException>(() => Open(dir, zip));

        Assert.Contains("classes.dex", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_offset_that_lands_on_no_local_header_then_reading_fails_cleanly()
    {
        using var dir = new TempDir();
        var zip = new ZipWriter().Add("AndroidManifest.xml", Fixtures.Manifest()).Add("classes.dex", Dex).Build();
        var cd = CentralEntry(zip, 1);
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(cd + 42), BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(cd + 42)) + 3);
        using var archive = Open(dir, zip);

        var ex = Assert.Throws<AppAuditException>(() => archive.Read(archive.Entries[1], 1 << 20));

        Assert.Contains("no local file header", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_two_entries_sharing_their_bytes_then_opening_fails_as_an_overlap()
    {
        using var dir = new TempDir();
        var zip = new ZipWriter().Add("classes.dex", Dex).Add("classes2.dex", Dex).Build();
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(CentralEntry(zip, 1) + 42), 0);

        var ex = Assert.Throws<AppAuditException>(() => Open(dir, zip));

        Assert.Contains("overlap", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_duplicate_entry_names_then_both_are_listed_and_a_warning_names_the_entry()
    {
        using var dir = new TempDir();
        using var archive = Open(dir, new ZipWriter().Add("AndroidManifest.xml", Fixtures.Manifest()).Add("AndroidManifest.xml", [1, 2, 3]).Build());

        Assert.Equal(2, archive.Entries.Count(e => e.Name == "AndroidManifest.xml"));
        Assert.Contains(archive.Warnings, w => w.StartsWith("duplicate entry AndroidManifest.xml", StringComparison.Ordinal));
        Assert.Equal(Fixtures.Manifest().Length, archive.Read(archive.Find("AndroidManifest.xml")!, 1 << 20).Length);
    }

    [Fact]
    public void Given_a_zip64_archive_then_its_entries_are_read()
    {
        using var dir = new TempDir();
        using var archive = Open(dir, new ZipWriter { Zip64 = true }.Add("AndroidManifest.xml", Fixtures.Manifest()).Add("classes.dex", Dex, deflate: false).Build());

        Assert.Equal(["AndroidManifest.xml", "classes.dex"], archive.Entries.Select(e => e.Name));
        Assert.Equal(Dex, archive.Read(archive.Entries[1], 1 << 20).ToArray());
        Assert.Equal(Fixtures.Manifest(), archive.Read(archive.Entries[0], 1 << 20).ToArray());
    }

    [Fact]
    public void Given_a_zip64_end_record_claiming_billions_of_entries_then_opening_fails_before_allocating()
    {
        using var dir = new TempDir();
        var zip = new ZipWriter { Zip64 = true }.Add("classes.dex", Dex).Build();
        var record = zip.Length - 22 - 20 - 56;
        BinaryPrimitives.WriteInt64LittleEndian(zip.AsSpan(record + 32), 4_000_000_000);

        var ex = Assert.Throws<AppAuditException>(() => Open(dir, zip));

        Assert.Contains("entries", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_truncated_apk_then_opening_fails_with_a_clear_message()
    {
        using var dir = new TempDir();
        var zip = new ZipWriter().Add("AndroidManifest.xml", Fixtures.Manifest()).Build();

        var ex = Assert.Throws<AppAuditException>(() => Open(dir, zip[..(zip.Length / 2)]));

        Assert.Contains("end-of-central-directory", ex.Message, StringComparison.Ordinal);
    }
}
