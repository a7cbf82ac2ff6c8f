namespace Graywatch.AppAudit;

/// <summary>Caps that keep a hostile APK from exhausting memory or time; every reader checks them before it allocates.</summary>
/// <remarks>Sizes are in bytes. The defaults fit the largest real apps (TikTok: 285 MB, about 20 DEX files of under 20 MB each) with room to spare.</remarks>
public sealed record AuditLimits
{
    /// <summary>The default caps.</summary>
    public static AuditLimits Default { get; } = new();

    /// <summary>Most ZIP entries read from a central directory (default 500,000).</summary>
    public int MaxEntries { get; init; } = 500_000;

    /// <summary>Largest inflated size of one DEX file (default 256 MB; the format's 65,536-method limit keeps real ones far smaller).</summary>
    public long MaxDexBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Largest inflated size of the manifest or a signature file (default 16 MB).</summary>
    public long MaxSmallEntryBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Largest inflated-to-compressed ratio accepted for an entry above 1 MB (default 200; real DEX files deflate about 3:1).</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Most bytes inflated over the whole APK (default 4 GB).</summary>
    public long MaxTotalInflatedBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Deepest element nesting accepted in a binary XML file (default 256).</summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>Most call sites kept per rule as evidence; the total count is always reported (default 200).</summary>
    public int MaxCallSitesPerRule { get; init; } = 200;
}
