namespace Graywatch.Testing;

/// <summary>Finds files of this repository (the folder holding <c>Graywatch.slnx</c>) from a test's output folder.</summary>
public static class RepositoryFiles
{
    /// <summary>The repository's root folder.</summary>
    public static string Root { get; } = Find();

    /// <summary>The full path of <paramref name="relative"/> under the repository root.</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Graywatch.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Graywatch.slnx)");
    }
}
