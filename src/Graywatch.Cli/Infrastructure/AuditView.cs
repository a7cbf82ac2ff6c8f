using System.Globalization;
using System.Text.Json;
using Graywatch.AppAudit;
using Graywatch.AppAudit.Reports;
using Graywatch.Localization;
using Spectre.Console;

namespace Graywatch.Cli.Infrastructure;

/// <summary>Draws an app audit on the terminal: the citizen's summary first, then the analyst's tables.</summary>
internal static class AuditView
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const int CallSitesShown = 5;

    public static void Render(IAnsiConsole console, AppAuditReport report, string lang, string? outDir)
    {
        string W(string key) => Strings.Get(lang, key);
        var m = report.Manifest;
        console.Write(new Rule($"[bold]{Display.Escape(W("App audit"))}: {Display.Escape(report.File)}[/]").LeftJustified());
        var head = new Grid().AddColumn().AddColumn();
        head.AddRow(W("Package"), Display.Escape(m.Package));
        head.AddRow(W("Version"), Display.Escape($"{m.VersionName} ({m.VersionCode})"));
        head.AddRow(W("SDK"), Display.Escape($"min {m.MinSdk?.ToString(CultureInfo.InvariantCulture) ?? "?"}, target {m.TargetSdk?.ToString(CultureInfo.InvariantCulture) ?? "?"}"));
        if (report.Certificate is { } c)
        {
            head.AddRow(W("Signed by"), Display.Escape(c.Subject));
            head.AddRow(W("Certificate SHA-256"), Display.Escape(c.Sha256));
        }
        var kind = report.Risk.Kind == AppKind.System ? " (" + W("system component") + ")" : "";
        head.AddRow($"[bold]{Display.Escape(W("Overall risk"))}[/]", $"[bold {Colour(report.Risk.Level)}]{Display.Escape(W(report.Risk.Level.ToString()))}[/]{Display.Escape(kind)}");
        console.Write(head);
        foreach (var r in report.Risk.Reasons)
        {
            console.MarkupLine($"  • {Display.Escape(r.In(lang))}");
        }

        console.WriteLine();
        console.MarkupLine($"[bold]{Display.Escape(W("What this app can learn about you"))}[/]");
        if (report.Findings.Count == 0)
        {
            console.MarkupLine($"  {Display.Escape(W("Nothing: no identifier-reading code was found."))}");
        }
        foreach (var f in report.Findings)
        {
            var explain = lang == Strings.TraditionalChinese ? f.Rule.ExplainZh ?? f.Rule.Explain : f.Rule.Explain;
            console.MarkupLine($"  [{Colour(f.Rule.Severity)}]■[/] [bold]{Display.Escape(RiskAssessor.Title(f, lang))}[/]: {Display.Escape(explain)}");
        }
        console.MarkupLine($"[bold]{Display.Escape(W("What you can do"))}[/]");
        foreach (var a in AuditAdvice.For(report))
        {
            console.MarkupLine($"  • {Display.Escape(W(a))}");
        }

        console.WriteLine();
        console.MarkupLine($"[bold]{Display.Escape(W("For analysts: every finding and the code that does it"))}[/]");
        if (report.Findings.Count > 0)
        {
            var t = new Table().AddColumns(W("rule"), W("severity"), W("permission held"), W("call sites"));
            foreach (var f in report.Findings)
            {
                var held = f.PermissionHeld switch { true => W("yes"), false => W("no"), null => W("not needed") };
                var sites = string.Join('\n', f.CallSites.Take(CallSitesShown).Select(s => $"{s.Class}.{s.Method}\n    ← {s.Via} [{s.Dex}]"));
                if (f.CallSiteCount > CallSitesShown)
                {
                    sites += "\n" + string.Format(CultureInfo.InvariantCulture, W("and {0} more call sites"), f.CallSiteCount - CallSitesShown);
                }
                t.AddRow(Display.Escape(f.Rule.Id), Display.Escape(W(f.Rule.Severity.ToString())), Display.Escape(held), Display.Escape(sites));
            }
            console.Write(t);
        }
        if (report.Permissions.Count > 0)
        {
            var t = new Table().Title(W("Permissions")).AddColumns(W("permission"), W("protection"), W("meaning"));
            foreach (var p in report.Permissions)
            {
                var meaning = lang == Strings.TraditionalChinese ? p.MeaningZh ?? p.Meaning : p.Meaning;
                t.AddRow(Display.Escape(p.Name), Display.Escape(p.Protection), Display.Escape(meaning ?? ""));
            }
            console.Write(t);
        }
        var exported = m.Components.Where(c => c.Exported).ToList();
        console.MarkupLine($"[bold]{Display.Escape(W("Exported components"))}[/]: {(exported.Count == 0 ? Display.Escape(W("none")) : Display.Escape(string.Join(", ", exported.Select(c => $"{c.Name} ({c.Kind})"))))}");
        if (report.Trackers.Count > 0)
        {
            var t = new Table().Title(W("Tracker SDKs")).AddColumns(W("tracker"), W("owner"), W("category"), W("classes"));
            foreach (var k in report.Trackers)
            {
                t.AddRow(Display.Escape(k.Name), Display.Escape(k.Owner), Display.Escape(k.Category), k.Classes.ToString("N0", CultureInfo.InvariantCulture));
            }
            console.Write(t);
        }
        if (report.Endpoints.Count > 0)
        {
            console.MarkupLine($"[bold]{Display.Escape(W("Endpoints"))}[/]");
            foreach (var e in report.Endpoints)
            {
                var hosts = e.Hosts.Take(12).ToList();
                var more = e.Hosts.Count > hosts.Count ? $" (+{e.Hosts.Count - hosts.Count})" : "";
                console.MarkupLine($"  {Display.Escape(e.Owner ?? W("unknown owner"))}: {Display.Escape(string.Join(", ", hosts) + more)}");
            }
        }
        if (report.NativeLibraries.Count > 0)
        {
            console.MarkupLine($"[bold]{Display.Escape(W("Native libraries"))}[/]: {Display.Escape(string.Join(", ", report.NativeLibraries))}");
        }
        console.MarkupLine($"[bold]{Display.Escape(W("DEX files"))}[/]: {Display.Escape(string.Join(", ", report.DexFiles.Select(d => $"{d.Name} ({d.Classes:N0} classes)")))}");
        foreach (var w in report.Warnings)
        {
            console.MarkupLine($"[yellow]{Display.Escape(W("Warnings"))}:[/] {Display.Escape(w)}");
        }
        console.MarkupLine($"[dim]{Display.Escape(W("This audit reads the app's code without running it: it shows what the code can do, not what it did on your phone."))}[/]");
        if (outDir is not null)
        {
            console.MarkupLine(Display.Escape(string.Format(CultureInfo.InvariantCulture, W("wrote {0} and {1}"), Path.Combine(outDir, "app-audit.json"), Path.Combine(outDir, "app-audit.html"))));
        }
    }

    private static string Colour(Findings.Severity s) => s switch
    {
        Findings.Severity.Critical or Findings.Severity.High => "red",
        Findings.Severity.Medium => "yellow",
        Findings.Severity.Low => "blue",
        _ => "green",
    };
}
