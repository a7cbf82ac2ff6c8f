using System.Text.Json.Nodes;
using Graywatch.Localization;

namespace Graywatch.AppAudit.Reports;

/// <summary>The machine-readable audit: <c>{package, version, permissions[], findings[], trackers[], endpoints[], risk, …}</c>.</summary>
/// <remarks>Field names are snake_case and stable; rule ids never change. Human-readable texts follow <c>language</c>. Stateless.</remarks>
public static class AuditJson
{
    public static JsonObject Build(AppAuditReport report, string language = Strings.English)
    {
        var zh = language == Strings.TraditionalChinese;
        var m = report.Manifest;
        return new JsonObject
        {
            ["file"] = report.File,
            ["sha256"] = report.Sha256,
            ["package"] = m.Package,
            ["version"] = m.VersionName,
            ["version_code"] = m.VersionCode,
            ["min_sdk"] = m.MinSdk,
            ["target_sdk"] = m.TargetSdk,
            ["certificate"] = report.Certificate is { } c ? new JsonObject
            {
                ["entry"] = c.Entry,
                ["subject"] = c.Subject,
                ["issuer"] = c.Issuer,
                ["sha256"] = c.Sha256,
                ["not_before"] = c.NotBefore,
                ["not_after"] = c.NotAfter,
            } : null,
            ["signing_block"] = report.HasSigningBlock,
            ["permissions"] = Array(report.Permissions, p => new JsonObject
            {
                ["name"] = p.Name,
                ["protection"] = p.Protection,
                ["meaning"] = zh ? p.MeaningZh ?? p.Meaning : p.Meaning,
            }),
            ["components"] = Array(m.Components, c => new JsonObject
            {
                ["kind"] = c.Kind,
                ["name"] = c.Name,
                ["exported"] = c.Exported,
                ["permission"] = c.Permission,
            }),
            ["findings"] = Array(report.Findings, f => new JsonObject
            {
                ["rule"] = f.Rule.Id,
                ["title"] = RiskAssessor.Title(f, language),
                ["severity"] = f.Rule.Severity.ToString().ToLowerInvariant(),
                ["permission_held"] = f.PermissionHeld,
                ["call_site_count"] = f.CallSiteCount,
                ["call_sites"] = Array(f.CallSites, s => new JsonObject
                {
                    ["class"] = s.Class,
                    ["method"] = s.Method,
                    ["via"] = s.Via,
                    ["dex"] = s.Dex,
                }),
            }),
            ["trackers"] = Array(report.Trackers, t => new JsonObject
            {
                ["name"] = t.Name,
                ["owner"] = t.Owner,
                ["category"] = t.Category,
                ["classes"] = t.Classes,
                ["example"] = t.Example,
            }),
            ["endpoints"] = Array(report.Endpoints, e => new JsonObject
            {
                ["owner"] = e.Owner,
                ["hosts"] = Array(e.Hosts, h => JsonValue.Create(h)),
                ["urls"] = Array(e.Urls, u => JsonValue.Create(u)),
            }),
            ["native_libraries"] = Array(report.NativeLibraries, n => JsonValue.Create(n)),
            ["dex"] = Array(report.DexFiles, d => new JsonObject
            {
                ["name"] = d.Name,
                ["bytes"] = d.Bytes,
                ["classes"] = d.Classes,
                ["methods"] = d.Methods,
                ["strings"] = d.Strings,
            }),
            ["warnings"] = Array(report.Warnings, w => JsonValue.Create(w)),
            ["risk"] = new JsonObject
            {
                ["level"] = report.Risk.Level.ToString().ToLowerInvariant(),
                ["app_kind"] = report.Risk.Kind == AppKind.System ? "system" : "app",
                ["app_kind_signs"] = Array(report.Risk.Signs, r => JsonValue.Create(r.In(language))),
                ["reasons"] = Array(report.Risk.Reasons, r => JsonValue.Create(r.In(language))),
            },
        };
    }

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode?> map) => [.. items.Select(map)];
}
