using System.Text.Json;
using Graywatch.Cli.Infrastructure;
using Graywatch.Media;
using Graywatch.Testing;
using Graywatch.Tests.Media;

namespace Graywatch.Tests.Cli;

public sealed class ScanMediaCommandTests
{
    private static async Task<List<JsonElement>> StripAsync(params string[] args)
    {
        var (code, output) = await CliRun.RunAsync(["scan-media", .. args, "--json"]);
        Assert.True(code == ExitCodes.Done, output);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
    }

    private static void AssertClean(string path)
    {
        var scan = MediaScanner.Scan(path);
        Assert.Null(scan.Error);
        Assert.Empty(scan.Leaks);
    }

    [Fact]
    public async Task Same_name_inputs_from_different_folders_get_one_clean_copy_each()
    {
        using var dir = new TempDir();
        var a = dir.Write("a/photo.jpg", MediaFixtures.Jpeg());
        var b = dir.Write("b/photo.jpg", MediaFixtures.Jpeg());
        dir.Write("c/x/photo.jpg", MediaFixtures.Jpeg());
        dir.Write("c/y/photo.jpg", MediaFixtures.Jpeg());

        var lines = await StripAsync(a, b, dir["c"], "--strip-to", dir["clean"]);

        var copies = lines.Select(l => l.GetProperty("stripped").GetString()).ToList();
        Assert.Equal(4, copies.Distinct().Count());
        Assert.Equal(Path.Combine(dir["clean"], "photo.jpg"), copies[0]);
        Assert.Equal(Path.Combine(dir["clean"], "photo-2.jpg"), copies[1]);
        Assert.Equal(Path.Combine(dir["clean"], "x", "photo.jpg"), copies[2]);
        Assert.Equal(Path.Combine(dir["clean"], "y", "photo.jpg"), copies[3]);
        Assert.All(copies, c => AssertClean(c!));
    }

    [Fact]
    public async Task A_file_already_in_the_target_folder_is_never_replaced()
    {
        using var dir = new TempDir();
        var photo = dir.Write("in/photo.jpg", MediaFixtures.Jpeg());
        var earlier = dir.Write("clean/photo.jpg", "kept");

        var lines = await StripAsync(photo, "--strip-to", dir["clean"]);

        Assert.Equal("kept", File.ReadAllText(earlier));
        Assert.Equal(Path.Combine(dir["clean"], "photo-2.jpg"), lines[0].GetProperty("stripped").GetString());
    }

    [Theory]
    [InlineData("in")]
    [InlineData("in/sub")]
    public async Task A_target_inside_a_source_folder_is_refused_and_the_originals_stay(string target)
    {
        using var dir = new TempDir();
        var photo = dir.Write("in/sub/photo.jpg", MediaFixtures.Jpeg());

        var (code, output) = await CliRun.RunAsync("scan-media", dir["in"], "--strip-to", dir[target]);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("source folder", output, StringComparison.Ordinal);
        Assert.Equal(MediaFixtures.Jpeg(), File.ReadAllBytes(photo));
        Assert.Single(Directory.EnumerateFiles(dir["in"], "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task The_folder_of_a_file_named_on_the_command_line_is_not_a_target()
    {
        using var dir = new TempDir();
        var photo = dir.Write("in/photo.jpg", MediaFixtures.Jpeg());

        var (code, _) = await CliRun.RunAsync("scan-media", photo, "--strip-to", dir["in"]);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Equal(MediaFixtures.Jpeg(), File.ReadAllBytes(photo));
    }

    [Fact]
    public async Task A_symbolic_link_in_the_target_folder_is_never_written_through()
    {
        using var dir = new TempDir();
        var photo = dir.Write("in/photo.jpg", MediaFixtures.Jpeg());
        dir.Write("in/x/inner.jpg", MediaFixtures.Jpeg());
        var victim = dir.Write("elsewhere/victim.txt", "precious");
        Directory.CreateDirectory(dir["clean"]);
        File.CreateSymbolicLink(Path.Combine(dir["clean"], "photo.jpg"), victim);
        Directory.CreateSymbolicLink(Path.Combine(dir["clean"], "x"), dir["elsewhere"]);

        var lines = await StripAsync(dir["in"], "--strip-to", dir["clean"]);

        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Single(Directory.EnumerateFiles(dir["elsewhere"]));
        var inner = lines.Single(l => l.GetProperty("path").GetString()!.EndsWith("inner.jpg", StringComparison.Ordinal));
        Assert.True(inner.GetProperty("stripped").ValueKind == JsonValueKind.Null);
        Assert.Contains(inner.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("symbolic link", StringComparison.Ordinal));
        var top = lines.Single(l => l.GetProperty("path").GetString() == photo || l.GetProperty("path").GetString()!.EndsWith($"in{Path.DirectorySeparatorChar}photo.jpg", StringComparison.Ordinal));
        Assert.Equal(Path.Combine(dir["clean"], "photo-2.jpg"), top.GetProperty("stripped").GetString());
        AssertClean(top.GetProperty("stripped").GetString()!);
    }

    [Fact]
    public async Task A_target_reached_through_a_link_into_a_source_folder_is_refused()
    {
        using var dir = new TempDir();
        var photo = dir.Write("in/photo.jpg", MediaFixtures.Jpeg());
        Directory.CreateSymbolicLink(dir["alias"], dir["in"]);

        var (code, _) = await CliRun.RunAsync("scan-media", dir["in"], "--strip-to", dir["alias"]);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Single(Directory.EnumerateFiles(dir["in"]));
        Assert.Equal(MediaFixtures.Jpeg(), File.ReadAllBytes(photo));
    }
}
