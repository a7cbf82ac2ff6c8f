namespace Graywatch.AppAudit;

/// <summary>Everything an audit learned about one APK; the JSON, terminal and HTML reports all render this.</summary>
public sealed record AppAuditReport
{
    /// <summary>The APK's file name.</summary>
    public required string File { get; init; }

    /// <summary>SHA-256 of the whole APK, lower-case hex.</summary>
    public required string Sha256 { get; init; }
    public required AppManifest Manifest { get; init; }
    public IReadOnlyList<PermissionInfo> Permissions { get; init; } = [];
    public SigningCertificate? Certificate { get; init; }

    /// <summary>Whether an APK Signature Scheme v2+ block precedes the central directory.</summary>
    public bool HasSigningBlock { get; init; }
    public IReadOnlyList<HarvestFinding> Findings { get; init; } = [];
    public IReadOnlyList<TrackerHit> Trackers { get; init; } = [];
    public IReadOnlyList<EndpointGroup> Endpoints { get; init; } = [];
    public IReadOnlyList<string> NativeLibraries { get; init; } = [];
    public IReadOnlyList<DexSummary> DexFiles { get; init; } = [];

    /// <summary>Anomalies in the container that did not stop the audit.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public required AppRisk Risk { get; init; }
}
