using Graywatch.Findings;

namespace Graywatch.AppAudit;

/// <summary>The overall risk of an app and the reasons behind it.</summary>
/// <param name="Level">Info when nothing was found; otherwise the highest severity among the findings, raised one step for heavy tracking.</param>
/// <param name="Reasons">Why, most serious first.</param>
public sealed record AppRisk(Severity Level, IReadOnlyList<RiskReason> Reasons);
