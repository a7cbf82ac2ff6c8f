using System.Diagnostics;
using Graywatch.AppAudit;
using Graywatch.AppAudit.Axml;
using Graywatch.AppAudit.Dex;
using Graywatch.AppAudit.Rules;
using Graywatch.Testing;

namespace Graywatch.Tests.AppAudit;

/// <summary>A seeded mutation fuzzer over the ZIP, AXML and DEX readers: any input ends in a result or an <see cref="AppAuditException"/>, within bounded allocation.</summary>
/// <remarks>Deterministic (fixed seeds); each run stops after its iteration count or a time budget, whichever comes first. Wall-clock is never asserted.</remarks>
public sealed class ReaderFuzzTests
{
    private const int Iterations = 1000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);
    private const long MaxAllocatedPerInput = 96L * 1024 * 1024;

    private static readonly AuditLimits Tight = new() { MaxDexBytes = 4 * 1024 * 1024, MaxSmallEntryBytes = 1024 * 1024, MaxTotalInflatedBytes = 16 * 1024 * 1024 };

    private static byte[] Mutate(byte[] input, Random random)
    {
        var data = (byte[])input.Clone();
        var count = random.Next(1, 5);
        for (var i = 0; i < count && data.Length > 8; i++)
        {
            // Headers hold the sizes and offsets worth corrupting, so aim there half of the time.
            var at = random.Next(2) == 0 ? random.Next(Math.Min(data.Length - 4, 0x70)) : random.Next(data.Length - 4);
            switch (random.Next(6))
            {
                case 0:
                    data[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data[at] = (byte)(random.Next(4) switch { 0 => 0x00, 1 => 0xFF, 2 => 0x7F, _ => 0x80 });
                    break;
                case 2:
                    BitConverter.TryWriteBytes(data.AsSpan(at), random.Next(4) switch { 0 => uint.MaxValue, 1 => 0x7FFFFFFFu, 2 => (uint)data.Length, _ => (uint)random.Next() });
                    break;
                case 3:
                    data = data[..random.Next(8, data.Length)];
                    break;
                case 4:
                    data[at] = (byte)random.Next(256);
                    break;
                default:
                    var len = random.Next(1, Math.Min(64, data.Length - at));
                    var to = random.Next(data.Length - len);
                    Array.Copy(data, at, data, to, len);
                    break;
            }
        }
        return data;
    }

    private static void Fuzz(byte[] seed, int randomSeed, Action<byte[]> read)
    {
        var random = new Random(randomSeed);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Iterations && clock.Elapsed < Budget; i++)
        {
            var input = Mutate(seed, random);
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                read(input);
            }
            catch (AppAuditException)
            {
            }
            catch (Exception ex)
            {
                Assert.Fail($"seed {randomSeed}, iteration {i}: {ex}");
            }
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < MaxAllocatedPerInput, $"seed {randomSeed}, iteration {i}: allocated {allocated:N0} bytes");
        }
    }

    [Fact]
    public void Given_mutated_binary_manifests_then_the_axml_reader_only_ever_fails_cleanly()
    {
        var seed = AxmlBuilder.Manifest("org.example.fuzz", 3, "3.0", "android.permission.INTERNET", "android.permission.CAMERA");

        Fuzz(seed, 7001, input => ManifestReader.Read(input, Tight));
    }

    [SkippableFact]
    public void Given_mutated_dex_files_then_the_dex_reader_and_scanner_only_ever_fail_cleanly()
    {
        Fixtures.SkipWithoutSmali();
        var seed = Fixtures.AllPositives();
        var rules = new RuleIndex(RuleSet.Default);

        Fuzz(seed, 7002, input => DexScanner.Scan(new DexFile("classes.dex", input), new AuditCollector(rules, TrackerCatalog.Default, Tight)));
    }

    [SkippableFact]
    public void Given_mutated_apks_then_the_whole_audit_only_ever_fails_cleanly()
    {
        Fixtures.SkipWithoutSmali();
        using var dir = new TempDir();
        var seed = Fixtures.ApkBytes(Fixtures.Manifest("android.permission.INTERNET"), Fixtures.DexFor("imei", "positive"));
        var auditor = new AppAuditor(RuleSet.Default, TrackerCatalog.Default, Tight);
        var path = dir["fuzz.apk"];

        Fuzz(seed, 7003, input =>
        {
            File.WriteAllBytes(path, input);
            auditor.Audit(path);
        });
    }

    [Fact]
    public void Given_mutated_stored_apks_then_the_zip_reader_only_ever_fails_cleanly()
    {
        using var dir = new TempDir();
        var seed = new ZipWriter { Zip64 = true }.Add("AndroidManifest.xml", Fixtures.Manifest(), deflate: false).Add("classes.dex", new byte[300], deflate: false).Build();
        var path = dir["fuzz.apk"];

        Fuzz(seed, 7004, input =>
        {
            File.WriteAllBytes(path, input);
            using var archive = Graywatch.AppAudit.Zip.ApkArchive.Open(path, Tight);
            foreach (var e in archive.Entries)
            {
                archive.Read(e, Tight.MaxSmallEntryBytes);
            }
        });
    }
}
