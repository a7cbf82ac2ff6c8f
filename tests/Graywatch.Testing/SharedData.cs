namespace Graywatch.Testing;

/// <summary>Finds the real development datasets (<c>shared/data</c> beside the checkout); tests skip when absent.</summary>
public static class SharedData
{
    /// <summary>The data folder, or null when it is not on this machine.</summary>
    public static string? Root { get; } = Find();

    /// <summary>The path of a file under the data folder, or null when it is absent.</summary>
    public static string? File(string relative)
    {
        if (Root is null)
        {
            return null;
        }
        var p = Path.Combine(Root, relative);
        return System.IO.File.Exists(p) ? p : null;
    }

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("GRAYWATCH_SHARED_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
        }
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
            dir = dir.Parent;
        }
        return null;
    }
}
