using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Graywatch.AppAudit.Axml;
using Graywatch.AppAudit.Dex;
using Graywatch.AppAudit.Rules;
using Graywatch.AppAudit.Zip;

namespace Graywatch.AppAudit;

/// <summary>Audits one APK: manifest, signing certificate, then every <c>classes*.dex</c> streamed one at a time through the rules.</summary>
/// <remarks>
/// Only one DEX file is in memory at a time, so memory stays near the largest DEX plus its reference tables.
/// Malformed or hostile input ends in <see cref="AppAuditException"/>. Thread-safe: each call works on its own state.
/// </remarks>
public sealed partial class AppAuditor(RuleSet rules, TrackerCatalog trackers, AuditLimits? limits = null)
{
    private readonly RuleIndex _index = new(rules);
    private readonly AuditLimits _limits = limits ?? AuditLimits.Default;

    /// <summary>An auditor with the shipped rules and trackers.</summary>
    public AppAuditor() : this(RuleSet.Default, TrackerCatalog.Default) { }

    /// <summary>Audits the APK at <paramref name="path"/>; <paramref name="progress"/> hears each DEX file's name as it starts.</summary>
    public AppAuditReport Audit(string path, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        using var archive = ApkArchive.Open(path, _limits);
        var warnings = new List<string>();
        var manifestEntry = archive.Find("AndroidManifest.xml");
        if (manifestEntry is null)
        {
            warnings.Add("AndroidManifest.xml is missing: Android would not install this file; its code is audited anyway");
        }
        var manifest = manifestEntry is null
            ? new AppManifest { Package = "" }
            : ManifestReader.Read(archive.Read(manifestEntry, _limits.MaxSmallEntryBytes).Span, _limits);
        var collector = new AuditCollector(_index, trackers, _limits);
        var dexFiles = new List<DexSummary>();
        foreach (var entry in archive.Entries.Where(e => DexName().IsMatch(e.Name)).OrderBy(e => DexOrder(e.Name)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(entry.Name);
            var bytes = archive.Read(entry, _limits.MaxDexBytes);
            var dex = new DexFile(entry.Name, bytes);
            DexScanner.Scan(dex, collector);
            dexFiles.Add(new DexSummary(entry.Name, bytes.Length, dex.ClassCount, dex.MethodCount, dex.StringCount));
        }
        if (dexFiles.Count == 0)
        {
            throw new AppAuditException("the APK has no classes.dex");
        }
        var findings = collector.Findings(manifest);
        var trackerHits = collector.Trackers();
        var permissions = PermissionCatalog.Describe(manifest);
        var certificate = ReadCertificate(archive) ?? SigningBlockReader.Read(archive);
        return new AppAuditReport
        {
            File = Path.GetFileName(path),
            Sha256 = Sha256(path),
            Manifest = manifest,
            Permissions = permissions,
            Certificate = certificate,
            HasSigningBlock = SigningBlockReader.Present(archive),
            Findings = findings,
            Trackers = trackerHits,
            Endpoints = collector.Endpoints.Groups(),
            NativeLibraries = [.. archive.Entries.Select(e => e.Name).Where(n => n.StartsWith("lib/", StringComparison.Ordinal) && n.EndsWith(".so", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            DexFiles = dexFiles,
            Warnings = [.. warnings, .. archive.Warnings],
            Risk = RiskAssessor.Assess(findings, trackerHits, permissions, manifest, certificate),
        };
    }

    private SigningCertificate? ReadCertificate(ApkArchive archive)
    {
        var entry = archive.Entries.FirstOrDefault(e => SignatureName().IsMatch(e.Name));
        return entry is null ? null : SigningCertificateReader.Read(entry.Name, archive.Read(entry, _limits.MaxSmallEntryBytes));
    }

    private static int DexOrder(string name) => name == "classes.dex" ? 1 : int.Parse(name[7..^4], System.Globalization.CultureInfo.InvariantCulture);

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    [GeneratedRegex(@"^classes([2-9]|[1-9][0-9]{1,3})?\.dex$")]
    private static partial Regex DexName();

    [GeneratedRegex(@"^META-INF/[^/]+\.(RSA|DSA|EC)$", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureName();
}
