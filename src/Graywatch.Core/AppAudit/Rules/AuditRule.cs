using Graywatch.Findings;

namespace Graywatch.AppAudit.Rules;

/// <summary>A data-harvesting behaviour to look for, with its wording for citizens and analysts and the ways to match it.</summary>
/// <remarks>Rules are data: shipped in <c>Resources/app-audit/rules.json</c> and extended with <c>--rules FILE</c>.</remarks>
public sealed record AuditRule
{
    /// <summary>Stable id, such as <c>wifi-mac</c>; findings carry it.</summary>
    public required string Id { get; init; }
    public Severity Severity { get; init; } = Severity.Medium;
    public required string Title { get; init; }
    public string? TitleZh { get; init; }

    /// <summary>Plain-language meaning for citizens: what the app can learn.</summary>
    public string Explain { get; init; } = "";

    /// <summary>True for behaviour that hides other behaviour (reflection, native code) rather than reading data itself.</summary>
    public bool Conceals { get; init; }
    public string? ExplainZh { get; init; }

    /// <summary>Permissions the call needs on current Android; a finding notes whether the app requests any of them.</summary>
    public IReadOnlyList<string> Permissions { get; init; } = [];
    public IReadOnlyList<RuleMatcher> Match { get; init; } = [];
}
