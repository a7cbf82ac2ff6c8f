namespace Graywatch.AppAudit.Rules;

/// <summary>A tracker SDK and the Java package prefixes its classes live under.</summary>
public sealed record TrackerSignature
{
    public required string Name { get; init; }
    public string Owner { get; init; } = "";
    public string Category { get; init; } = "analytics";

    /// <summary>Package prefixes such as <c>com.appsflyer.</c>.</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];
}
