using System.Collections.Concurrent;
using Graywatch.AppAudit;
using Graywatch.Testing;

namespace Graywatch.Tests.AppAudit;

/// <summary>APKs the tests build themselves: a generated manifest plus DEX files assembled by smali from <c>AppAudit/Smali/</c>.</summary>
internal static class Fixtures
{
    private static readonly ConcurrentDictionary<string, byte[]> Dex = new(StringComparer.Ordinal);

    public static string SmaliRoot => Path.Combine(AppContext.BaseDirectory, "AppAudit", "Smali");

    /// <summary>The rules that have smali fixtures, by folder name.</summary>
    public static IEnumerable<string> Rules => Directory.GetDirectories(SmaliRoot).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static void SkipWithoutSmali() => Skip.If(Smali.Tool is null, "smali is not installed (apt-get install libsmali-java); CI installs it");

    /// <summary>The DEX assembled from <c>Smali/{rule}/{side}</c>, cached per run.</summary>
    public static byte[] DexFor(string rule, string side) => Dex.GetOrAdd(rule + "/" + side, key => Smali.Assemble(Path.Combine(SmaliRoot, key)));

    /// <summary>Every positive fixture in one DEX file.</summary>
    public static byte[] AllPositives() => Dex.GetOrAdd("*", _ =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "graywatch-smali-all-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            foreach (var f in Directory.GetFiles(SmaliRoot, "*.smali", SearchOption.AllDirectories).Where(f => f.Contains("positive", StringComparison.Ordinal)))
            {
                File.Copy(f, Path.Combine(dir, Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f)))! + "-" + Path.GetFileName(f)));
            }
            return Smali.Assemble(dir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    });

    public static byte[] Manifest(params string[] permissions) => AxmlBuilder.Manifest("org.graywatch.fixture", 7, "1.2.3", permissions);

    /// <summary>Writes an APK with a manifest and the given DEX files (classes.dex, classes2.dex, …) and returns its path.</summary>
    public static string Apk(TempDir dir, string name, params byte[][] dexFiles) =>
        dir.Write(name, ApkBytes(Manifest("android.permission.INTERNET", "android.permission.READ_PHONE_STATE"), dexFiles));

    public static byte[] ApkBytes(byte[] manifest, params byte[][] dexFiles)
    {
        var zip = new ZipWriter().Add("AndroidManifest.xml", manifest);
        for (var i = 0; i < dexFiles.Length; i++)
        {
            zip.Add(i == 0 ? "classes.dex" : $"classes{i + 1}.dex", dexFiles[i]);
        }
        return zip.Build();
    }

    public static AppAuditReport Audit(string path) => new AppAuditor().Audit(path);
}
