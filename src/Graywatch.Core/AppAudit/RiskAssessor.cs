using System.Globalization;
using Graywatch.Findings;
using Graywatch.Localization;

namespace Graywatch.AppAudit;

/// <summary>Weighs findings, trackers and permissions into the overall risk, with reasons in both languages.</summary>
/// <remarks>
/// The level is the highest finding severity; three or more tracker SDKs raise an app with nothing worse to Medium;
/// an app with no finding and no tracker is Info. A system component (<see cref="SystemComponent"/>) is judged as
/// such: its level is at most Low, since reading identifiers may be its job and a user cannot remove it, and its
/// reasons open with that verdict and the signs that make it one. Stateless.
/// </remarks>
public static class RiskAssessor
{
    public static AppRisk Assess(IReadOnlyList<HarvestFinding> findings, IReadOnlyList<TrackerHit> trackers, IReadOnlyList<PermissionInfo> permissions) =>
        Assess(findings, trackers, permissions, new AppManifest { Package = "" }, null);

    /// <summary>The risk of a package, judged as a system component when its manifest and certificate say it is one.</summary>
    public static AppRisk Assess(IReadOnlyList<HarvestFinding> findings, IReadOnlyList<TrackerHit> trackers, IReadOnlyList<PermissionInfo> permissions, AppManifest manifest, SigningCertificate? certificate)
    {
        var risk = AssessApp(findings, trackers, permissions);
        var signs = SystemComponent.Signs(manifest, certificate);
        if (SystemComponent.KindOf(manifest, signs) != AppKind.System)
        {
            return risk;
        }
        var level = (Severity)Math.Min((int)risk.Level, (int)Severity.Low);
        return new AppRisk(level, [SystemComponent.Verdict, .. signs, .. risk.Reasons], AppKind.System, signs);
    }

    private static AppRisk AssessApp(IReadOnlyList<HarvestFinding> findings, IReadOnlyList<TrackerHit> trackers, IReadOnlyList<PermissionInfo> permissions)
    {
        var reasons = new List<RiskReason>();
        var level = Severity.Info;
        foreach (var f in findings.OrderByDescending(f => f.Rule.Severity).ThenBy(f => f.Rule.Id, StringComparer.Ordinal))
        {
            level = (Severity)Math.Max((int)level, (int)f.Rule.Severity);
            var key = f.Rule.Conceals ? "{0}: used at {1} call site(s), which can hide what the code does."
                : f.PermissionHeld == false
                ? "{0}: read at {1} call site(s), though the app does not request the permission this needs on current Android."
                : "{0}: read at {1} call site(s) in the code.";
            reasons.Add(Reason(key, l => Title(f, l), _ => f.CallSiteCount.ToString(CultureInfo.InvariantCulture)));
        }
        if (trackers.Count > 0)
        {
            if (trackers.Count >= 3 && level < Severity.Medium)
            {
                level = Severity.Medium;
            }
            else if (level == Severity.Info)
            {
                level = Severity.Low;
            }
            reasons.Add(Reason("Includes {0} tracker SDKs: {1}.", _ => trackers.Count.ToString(CultureInfo.InvariantCulture), _ => string.Join(", ", trackers.Select(t => t.Name))));
        }
        var dangerous = permissions.Where(p => p.Protection.StartsWith("dangerous", StringComparison.Ordinal)).ToList();
        if (dangerous.Count > 0)
        {
            reasons.Add(Reason("Requests {0} permission(s) that need your consent: {1}.", _ => dangerous.Count.ToString(CultureInfo.InvariantCulture), _ => string.Join(", ", dangerous.Select(p => ShortName(p.Name)))));
        }
        if (reasons.Count == 0)
        {
            reasons.Add(Reason("No identifier-reading code, tracker SDK or sensitive permission was found.", _ => "", _ => ""));
        }
        return new AppRisk(level, reasons);
    }

    /// <summary>The rule's title in <paramref name="language"/>.</summary>
    public static string Title(HarvestFinding finding, string language) =>
        language == Strings.TraditionalChinese && finding.Rule.TitleZh is { } zh ? zh : finding.Rule.Title;

    private static string ShortName(string permission) => permission[(permission.LastIndexOf('.') + 1)..];

    private static RiskReason Reason(string key, Func<string, string> a, Func<string, string> b) => new(
        string.Format(CultureInfo.InvariantCulture, key, a(Strings.English), b(Strings.English)),
        string.Format(CultureInfo.InvariantCulture, Strings.Get(Strings.TraditionalChinese, key), a(Strings.TraditionalChinese), b(Strings.TraditionalChinese)));
}
