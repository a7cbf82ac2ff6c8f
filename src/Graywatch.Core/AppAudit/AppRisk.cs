using Graywatch.Findings;

namespace Graywatch.AppAudit;

/// <summary>The overall risk of an app and the reasons behind it.</summary>
/// <param name="Level">Info when nothing was found; otherwise the highest severity among the findings, raised one step for heavy tracking.</param>
/// <param name="Reasons">Why, most serious first (for a system component, the verdict first).</param>
/// <param name="Kind">An ordinary app, or a component of Android itself.</param>
/// <param name="KindSigns">What makes it a system component (empty for an ordinary app).</param>
public sealed record AppRisk(Severity Level, IReadOnlyList<RiskReason> Reasons, AppKind Kind = AppKind.App, IReadOnlyList<RiskReason>? KindSigns = null)
{
    /// <summary>What makes it a system component (empty for an ordinary app).</summary>
    public IReadOnlyList<RiskReason> Signs => KindSigns ?? [];
}
