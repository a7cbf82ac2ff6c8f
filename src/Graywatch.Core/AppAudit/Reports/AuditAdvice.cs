namespace Graywatch.AppAudit.Reports;

/// <summary>What a citizen can do about an audited app, as English text keys (localised through <c>Strings</c>).</summary>
public static class AuditAdvice
{
    private static readonly string[] Identifiers = ["wifi-mac", "bluetooth-mac", "imei", "imsi", "sim-serial", "phone-number", "hardware-serial", "arp-table"];

    public static IReadOnlyList<string> For(AppAuditReport report)
    {
        if (report.Risk.Kind == AppKind.System)
        {
            return SystemComponent.Advice;
        }
        var rules = report.Findings.Select(f => f.Rule.Id).ToHashSet(StringComparer.Ordinal);
        var advice = new List<string>();
        if (rules.Overlaps(Identifiers))
        {
            advice.Add("This app can read identifiers that follow your phone for life. Do not install it on a phone you carry to sensitive places or use for work; use a separate device if you need it.");
        }
        if (rules.Contains("advertising-id") || report.Trackers.Count > 0)
        {
            advice.Add("Delete or reset your advertising ID (Settings > Privacy > Ads) so trackers cannot link this app to others.");
        }
        if (rules.Contains("location"))
        {
            advice.Add("Allow location only while the app is in use, or deny it.");
        }
        if (rules.Contains("clipboard"))
        {
            advice.Add("Do not copy passwords or private messages while this app is open.");
        }
        if (rules.Contains("installed-apps"))
        {
            advice.Add("Assume the app knows which other apps you use.");
        }
        advice.Add("Review the app's permissions (Settings > Apps > Permissions) and deny those it does not need; keep Android updated, since newer versions block many identifier reads.");
        return advice;
    }
}
