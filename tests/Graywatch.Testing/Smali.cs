using System.Diagnostics;

namespace Graywatch.Testing;

/// <summary>Assembles <c>.smali</c> sources into a DEX file with Debian's <c>smali</c> (package libsmali-java); tests skip when it is missing.</summary>
public static class Smali
{
    /// <summary>The smali launcher, or null when it is not installed.</summary>
    public static string? Tool { get; } = Find();

    /// <summary>Assembles every <c>.smali</c> file under <paramref name="sourceDirectory"/> and returns the DEX bytes.</summary>
    public static byte[] Assemble(string sourceDirectory)
    {
        var tool = Tool ?? throw new InvalidOperationException("smali is not installed (apt-get install libsmali-java)");
        var output = Path.Combine(Path.GetTempPath(), "graywatch-smali-" + Guid.NewGuid().ToString("N") + ".dex");
        var psi = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "assemble", "-j", "1", "-o", output, sourceDirectory })
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"smali failed on {sourceDirectory}: {err}");
        }
        try
        {
            return File.ReadAllBytes(output);
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, "smali");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
