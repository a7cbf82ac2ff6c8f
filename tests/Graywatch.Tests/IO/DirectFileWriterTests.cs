using Graywatch.IO;
using Graywatch.Testing;

namespace Graywatch.Tests.IO;

public sealed class DirectFileWriterTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData((1 << 20) + 3)]
    [InlineData(3 * (1 << 20))]
    public void Written_bytes_come_back_exactly_whatever_the_length(int length)
    {
        var data = new byte[length];
        new Random(length).NextBytes(data);
        var path = _dir["out.bin"];

        using (var writer = DirectFileWriter.Create(path))
        {
            // Uneven pieces, so blocks straddle the aligned window.
            for (var offset = 0; offset < length; offset += 70_001)
            {
                writer.Write(data.AsSpan(offset, Math.Min(70_001, length - offset)));
            }
            writer.Complete();
        }

        Assert.Equal(data, File.ReadAllBytes(path));
    }

    [SkippableFact]
    public void On_a_disk_file_system_the_copy_is_written_past_the_page_cache()
    {
        var fileSystem = OperatingSystem.IsLinux() ? FileSystemOf(_dir.Path) : null;
        Skip.IfNot(fileSystem is "ext4" or "xfs" or "btrfs", $"direct writes are checked on ext4, xfs and btrfs only (here: {fileSystem ?? "not Linux"})");

        using var writer = DirectFileWriter.Create(_dir["probe.bin"]);

        Assert.True(writer.IsDirect);
    }

    private static string? FileSystemOf(string path) =>
        File.ReadAllLines("/proc/mounts").Select(l => l.Split(' ')).Where(f => f.Length > 2 && path.StartsWith(f[1], StringComparison.Ordinal))
            .OrderByDescending(f => f[1].Length).FirstOrDefault()?[2];
}
