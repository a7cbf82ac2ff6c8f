namespace Graywatch.Media;

/// <summary>The folder that receives clean copies: it never holds an original, and a copy never replaces a file or goes through a symbolic link.</summary>
/// <remarks>
/// Copies keep their path relative to the folder they were found in; a name already taken (by an earlier copy of this
/// run, a file left there before, or a link) gets a suffix: <c>photo-2.jpg</c>. Not thread-safe.
/// </remarks>
public sealed class CleanCopyFolder
{
    private const int MaxLinks = 40;
    private readonly string _root;

    private CleanCopyFolder(string root) => _root = root;

    /// <summary>Creates <paramref name="directory"/> if needed and resolves it to its real path.</summary>
    /// <param name="directory">The target folder.</param>
    /// <param name="sources">The folders the originals come from: the target may be neither one of them nor inside one.</param>
    /// <exception cref="ArgumentException">The target is, or lies inside, a source folder.</exception>
    public static CleanCopyFolder Open(string directory, IEnumerable<string> sources)
    {
        Directory.CreateDirectory(directory);
        var root = RealPath(directory);
        foreach (var source in sources)
        {
            var real = RealPath(source);
            if (IsInside(root, real))
            {
                throw new ArgumentException($"--strip-to {directory} is {(root == real ? "" : "inside ")}the source folder {source}: choose a folder outside the originals");
            }
        }
        return new CleanCopyFolder(root);
    }

    /// <summary>A free path for the copy of a file found at <paramref name="relativePath"/>; creates its folders.</summary>
    /// <exception cref="IOException">A folder on the way is a symbolic link, or the path leaves the target folder.</exception>
    public string Reserve(string relativePath)
    {
        var parts = relativePath.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(p => p is "." or ".."))
        {
            throw new IOException($"'{relativePath}' is not a path inside the target folder");
        }
        var folder = _root;
        foreach (var part in parts[..^1])
        {
            folder = Path.Combine(folder, part);
            Directory.CreateDirectory(folder);
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                throw new IOException($"{folder} is a symbolic link: clean copies are never written through one");
            }
        }
        var name = parts[^1];
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var n = 1; ; n++)
        {
            var path = Path.Combine(folder, n == 1 ? name : $"{stem}-{n}{extension}");
            if (!Path.Exists(path) && new FileInfo(path).LinkTarget is null)
            {
                return path;
            }
        }
    }

    private static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The absolute path with every symbolic link on the way resolved.</summary>
    private static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (new FileInfo(current).LinkTarget is { } target)
            {
                if (depth >= MaxLinks)
                {
                    throw new IOException($"{path}: too many levels of symbolic links");
                }
                current = RealPath(Path.Combine(Path.GetDirectoryName(current)!, target), depth + 1);
            }
        }
        return current;
    }
}
