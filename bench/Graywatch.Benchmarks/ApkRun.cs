using System.Globalization;
using System.IO.Compression;
using System.Text;
using Graywatch.Testing;

namespace Graywatch.Benchmarks;

/// <summary>
/// The app-audit benchmark: generate a TikTok-sized APK (200,000 classes over several DEX files, assembled by smali),
/// audit it with the graywatch executable (wall time, peak memory), then run Debian's dexdump over the same DEX files.
/// </summary>
/// <remarks>
/// Usage: <c>apk --graywatch PATH [--classes 200000] [--per-dex 20000] [--methods 0] [--work DIR] [--keep]</c>;
/// <c>--methods</c> adds that many more methods (each with a string constant, a loop and calls) to every class. Generated DEX files are
/// kept in the work folder and reused on the next run when the class counts match.
/// </remarks>
internal static class ApkRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var classes = 200_000;
        var perDex = 20_000;
        var methods = 0;
        string? exe = null;
        var work = Path.Combine(Path.GetTempPath(), "graywatch-bench-apk");
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--classes": classes = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--per-dex": perDex = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--methods": methods = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--graywatch": exe = args[++i]; break;
                case "--work": work = args[++i]; break;
                case "--keep": keep = true; break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
            }
        }
        if (exe is null || !File.Exists(exe) || Smali.Tool is null)
        {
            Console.Error.WriteLine("pass --graywatch with a Release build of graywatch; smali (libsmali-java) must be installed");
            return 2;
        }
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 30)} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        var dexDir = Path.Combine(work, $"dex-{classes}-{perDex}-{methods}");
        Directory.CreateDirectory(dexDir);
        var dexFiles = new List<string>();
        var started = DateTime.UtcNow;
        for (var (first, n) = (0, 1); first < classes; first += perDex, n++)
        {
            var file = Path.Combine(dexDir, n == 1 ? "classes.dex" : $"classes{n}.dex");
            if (!File.Exists(file))
            {
                var src = Path.Combine(work, "smali");
                if (Directory.Exists(src))
                {
                    Directory.Delete(src, recursive: true);
                }
                WriteSmali(src, first, Math.Min(perDex, classes - first), methods);
                await File.WriteAllBytesAsync(file, Smali.Assemble(src));
                Directory.Delete(src, recursive: true);
            }
            dexFiles.Add(file);
        }
        var dexBytes = dexFiles.Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"dex: {dexFiles.Count} files, {classes:N0} classes, {classes * (3L + methods):N0} methods, {dexBytes / 1e6:N1} MB (generated in {(DateTime.UtcNow - started).TotalSeconds:N0} s)");

        var apk = Path.Combine(work, "tiktok-sized.apk");
        File.Delete(apk);
        using (var zip = ZipFile.Open(apk, ZipArchiveMode.Create))
        {
            var manifest = AxmlBuilder.Manifest("com.example.tiktoksized", 1, "1.0", "android.permission.INTERNET", "android.permission.READ_PHONE_STATE", "android.permission.ACCESS_WIFI_STATE");
            await using (var s = zip.CreateEntry("AndroidManifest.xml").Open())
            {
                await s.WriteAsync(manifest);
            }
            foreach (var f in dexFiles)
            {
                zip.CreateEntryFromFile(f, Path.GetFileName(f), CompressionLevel.Fastest);
            }
        }
        Console.WriteLine($"apk: {new FileInfo(apk).Length / 1e6:N1} MB");

        var audit = await ProcessMeter.RunAsync(exe, ["audit-apk", apk, "--json"]);
        if (audit.ExitCode != 0)
        {
            throw new InvalidOperationException($"audit-apk failed ({audit.ExitCode}): {audit.StdErr}");
        }
        using var json = System.Text.Json.JsonDocument.Parse(audit.StdOut);
        var findings = string.Join(", ", json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("rule").GetString()}×{f.GetProperty("call_site_count").GetInt32()}"));
        Console.WriteLine($"graywatch audit-apk: {audit.Elapsed.TotalSeconds:N2} s, peak RSS {audit.PeakBytes / 1e6:N0} MB; findings {findings}");

        var list = await ProcessMeter.RunAsync("/bin/sh", ["-c", "dexdump \"$@\" > /dev/null", "sh", .. dexFiles]);
        Console.WriteLine($"dexdump (headers and class lists): {list.Elapsed.TotalSeconds:N2} s");
        var disassemble = await ProcessMeter.RunAsync("/bin/sh", ["-c", "dexdump -d \"$@\" > /dev/null", "sh", .. dexFiles]);
        Console.WriteLine($"dexdump -d (disassembly, closest to the audit's bytecode walk): {disassemble.Elapsed.TotalSeconds:N2} s");
        Console.WriteLine($"ratio audit-apk / dexdump -d: {audit.Elapsed.TotalSeconds / disassemble.Elapsed.TotalSeconds:N2}");
        if (!keep)
        {
            Directory.Delete(work, recursive: true);
        }
        return 0;
    }

    /// <summary>Writes <paramref name="count"/> classes as smali: string building, a loop, a packed switch, calls to a neighbour,
    /// and now and then an identifier read, a URL or a tracker package, so every path of the scanner is exercised.</summary>
    private static void WriteSmali(string dir, int first, int count, int methods)
    {
        for (var i = first; i < first + count; i++)
        {
            var next = first + ((i - first + 1) % count);
            var package = i % 200 == 0 ? "com/appsflyer/internal" : $"com/gen/p{i / 500}";
            var nextPackage = next % 200 == 0 ? "com/appsflyer/internal" : $"com/gen/p{next / 500}";
            var extra = (i % 997) switch
            {
                0 => "    invoke-virtual {p0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;\n",
                1 => "    invoke-virtual {p0}, Landroid/net/wifi/WifiInfo;->getMacAddress()Ljava/lang/String;\n",
                2 => $"    const-string v1, \"https://api{i % 50}.example-cdn.com/v1/report\"\n",
                _ => "",
            };
            var sb = new StringBuilder();
            sb.Append(CultureInfo.InvariantCulture, $$"""
                .class public L{{package}}/C{{i}};
                .super Ljava/lang/Object;

                .method public constructor <init>()V
                    .registers 1
                    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
                    return-void
                .end method

                .method public static a(Ljava/lang/String;I)Ljava/lang/String;
                    .registers 6
                    new-instance v0, Ljava/lang/StringBuilder;
                    invoke-direct {v0}, Ljava/lang/StringBuilder;-><init>()V
                    const-string v1, "key_{{i}}"
                    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
                {{extra}}    const/4 v2, 0x0
                    :loop
                    if-ge v2, p1, :done
                    invoke-virtual {v0, p0}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
                    add-int/lit8 v2, v2, 0x1
                    goto :loop
                    :done
                    packed-switch p1, :sw
                    invoke-static {p0, p1}, L{{nextPackage}}/C{{next}};->b(Ljava/lang/String;I)I
                    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
                    move-result-object v3
                    return-object v3
                    :sw
                    .packed-switch 0x0
                        :done
                        :loop
                    .end packed-switch
                .end method

                .method public static b(Ljava/lang/String;I)I
                    .registers 4
                    invoke-virtual {p0}, Ljava/lang/String;->length()I
                    move-result v0
                    mul-int/lit16 v1, v0, 0x1f
                    add-int/2addr v1, p1
                    return v1
                .end method

                """);
            for (var k = 0; k < methods; k++)
            {
                sb.Append(CultureInfo.InvariantCulture, $$"""
                    .method public m{{k}}(Ljava/lang/String;I)I
                        .registers 6
                        const-string v0, "s{{i}}_{{k}}"
                        invoke-virtual {p1, v0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
                        move-result-object v1
                        const/4 v2, 0x0
                        :loop
                        if-ge v2, p2, :done
                        invoke-virtual {v1}, Ljava/lang/String;->length()I
                        move-result v3
                        add-int/2addr v2, v3
                        invoke-static {v1, v2}, L{{package}}/C{{i}};->b(Ljava/lang/String;I)I
                        goto :loop
                        :done
                        return v2
                    .end method

                    """);
            }
            var folder = Path.Combine(dir, package.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, $"C{i}.smali"), sb.ToString());
        }
    }
}
