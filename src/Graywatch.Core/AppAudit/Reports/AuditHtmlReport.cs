using System.Globalization;
using System.Text;
using Graywatch.Assets;
using Graywatch.Exporters.Brief;
using Graywatch.Localization;

namespace Graywatch.AppAudit.Reports;

/// <summary>Writes <c>app-audit.html</c>: one self-contained page for citizens (what the app can learn, what to do) and analysts (every call site).</summary>
/// <remarks>No script and nothing loaded from the network (the Content-Security-Policy forbids it); every text is HTML-encoded. Stateless.</remarks>
public sealed class AuditHtmlReport(string language)
{
    private readonly string _lang = language == Strings.TraditionalChinese ? Strings.TraditionalChinese : Strings.English;

    public async Task WriteAsync(AppAuditReport report, Stream output, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["lang"] = _lang,
            ["title"] = E(W("App audit") + ": " + report.Manifest.Package),
            ["style"] = EmbeddedAssets.Resource("brief.css") + EmbeddedAssets.Resource("app-audit/report.css"),
            ["body"] = Body(report),
        };
        await output.WriteAsync(new UTF8Encoding(false).GetBytes(BriefTemplate.Render(EmbeddedAssets.Resource("app-audit/report.html"), values)), cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private string Body(AppAuditReport r)
    {
        var m = r.Manifest;
        var level = r.Risk.Level.ToString().ToLowerInvariant();
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<h1>{E(W("App audit"))}: {E(m.Package)}</h1>\n<dl class=\"meta\">");
        Meta(sb, W("Package"), m.Package);
        Meta(sb, W("Version"), $"{m.VersionName} ({m.VersionCode})");
        Meta(sb, W("SDK"), $"min {m.MinSdk}, target {m.TargetSdk}");
        if (r.Certificate is { } c)
        {
            Meta(sb, W("Signed by"), c.Subject);
            Meta(sb, W("Certificate SHA-256"), c.Sha256);
        }
        Meta(sb, "APK SHA-256", r.Sha256);
        sb.Append("</dl>\n");
        var kind = r.Risk.Kind == AppKind.System ? " (" + W("system component") + ")" : "";
        sb.Append(CultureInfo.InvariantCulture, $"<h2>{E(W("Overall risk"))}: <span class=\"risk {level}\">{E(W(r.Risk.Level.ToString()))}</span>{E(kind)}</h2>\n<ul>");
        foreach (var reason in r.Risk.Reasons)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li>{E(reason.In(_lang))}</li>");
        }
        sb.Append("</ul>\n");

        sb.Append(CultureInfo.InvariantCulture, $"<h2>{E(W("What this app can learn about you"))}</h2>\n<ul class=\"learn\">");
        if (r.Findings.Count == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li>{E(W("Nothing: no identifier-reading code was found."))}</li>");
        }
        foreach (var f in r.Findings)
        {
            var explain = _lang == Strings.TraditionalChinese ? f.Rule.ExplainZh ?? f.Rule.Explain : f.Rule.Explain;
            sb.Append(CultureInfo.InvariantCulture, $"<li><span class=\"sev {f.Rule.Severity.ToString().ToLowerInvariant()}\">{E(RiskAssessor.Title(f, _lang))}</span>: {E(explain)}</li>");
        }
        sb.Append(CultureInfo.InvariantCulture, $"</ul>\n<h2>{E(W("What you can do"))}</h2>\n<ul>");
        foreach (var a in AuditAdvice.For(r))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li>{E(W(a))}</li>");
        }
        sb.Append(CultureInfo.InvariantCulture, $"</ul>\n<p class=\"muted\">{E(W("This audit reads the app's code without running it: it shows what the code can do, not what it did on your phone."))}</p>\n");

        sb.Append(CultureInfo.InvariantCulture, $"<h2>{E(W("For analysts: every finding and the code that does it"))}</h2>\n");
        foreach (var f in r.Findings)
        {
            var held = f.PermissionHeld switch { true => W("yes"), false => W("no"), null => W("not needed") };
            sb.Append(CultureInfo.InvariantCulture, $"<h3><code>{E(f.Rule.Id)}</code> {E(RiskAssessor.Title(f, _lang))} <span class=\"sev {f.Rule.Severity.ToString().ToLowerInvariant()}\">{E(W(f.Rule.Severity.ToString()))}</span></h3>");
            sb.Append(CultureInfo.InvariantCulture, $"<p>{E(W("permission held"))}: {E(held)}; {E(W("call sites"))}: {f.CallSiteCount}</p>");
            Table(sb, [W("class"), W("method"), W("evidence"), "DEX"], f.CallSites.Select(s => new[] { s.Class, s.Method, s.Via, s.Dex }), code: true);
        }
        if (r.Permissions.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<h2>{E(W("Permissions"))}</h2>");
            Table(sb, [W("permission"), W("protection"), W("meaning")], r.Permissions.Select(p => new[] { p.Name, p.Protection, (_lang == Strings.TraditionalChinese ? p.MeaningZh ?? p.Meaning : p.Meaning) ?? "" }), code: false);
        }
        var exported = m.Components.Where(x => x.Exported).ToList();
        if (exported.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<h2>{E(W("Exported components"))}</h2>");
            Table(sb, [W("class"), W("category"), W("permission")], exported.Select(x => new[] { x.Name, x.Kind, x.Permission ?? "" }), code: true);
        }
        if (r.Trackers.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<h2>{E(W("Tracker SDKs"))}</h2>");
            Table(sb, [W("tracker"), W("owner"), W("category"), W("classes"), W("class")], r.Trackers.Select(t => new[] { t.Name, t.Owner, t.Category, t.Classes.ToString("N0", CultureInfo.InvariantCulture), t.Example }), code: false);
        }
        if (r.Endpoints.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<h2>{E(W("Endpoints"))}</h2>");
            Table(sb, [W("owner"), "hosts", "URLs"], r.Endpoints.Select(e => new[] { e.Owner ?? W("unknown owner"), string.Join("\n", e.Hosts), string.Join("\n", e.Urls) }), code: true);
        }
        if (r.NativeLibraries.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<h2>{E(W("Native libraries"))}</h2><p><code>{E(string.Join(", ", r.NativeLibraries))}</code></p>");
        }
        sb.Append(CultureInfo.InvariantCulture, $"<h2>{E(W("DEX files"))}</h2>");
        Table(sb, ["DEX", W("classes"), W("method"), "bytes"], r.DexFiles.Select(d => new[] { d.Name, d.Classes.ToString("N0", CultureInfo.InvariantCulture), d.Methods.ToString("N0", CultureInfo.InvariantCulture), d.Bytes.ToString("N0", CultureInfo.InvariantCulture) }), code: false);
        if (r.Warnings.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<h2>{E(W("Warnings"))}</h2><ul>");
            foreach (var w in r.Warnings)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<li>{E(w)}</li>");
            }
            sb.Append("</ul>");
        }
        sb.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(W("Made by Graywatch. This file is self-contained and loads nothing from the network."))}</p>");
        return sb.ToString();
    }

    private static void Meta(StringBuilder sb, string term, string value) =>
        sb.Append(CultureInfo.InvariantCulture, $"<dt>{E(term)}</dt><dd>{E(value)}</dd>");

    private static void Table(StringBuilder sb, string[] headers, IEnumerable<string[]> rows, bool code)
    {
        sb.Append("<table><thead><tr>");
        foreach (var h in headers)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<th>{E(h)}</th>");
        }
        sb.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                var text = E(cell).Replace("\n", "<br>", StringComparison.Ordinal);
                sb.Append(code ? $"<td><code>{text}</code></td>" : $"<td>{text}</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>\n");
    }

    private string W(string key) => Strings.Get(_lang, key);

    private static string E(string? text) => Html.Encode(text);
}
