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
        console.Write(new Rule($"[bold]{Markup.Escape(W("App audit"))}: {Markup.Escape(report.File)}[/]").LeftJustified());
        var head = new Grid().AddColumn().AddColumn();
        head.AddRow(W("Package"), Markup.Escape(m.Package));
        head.AddRow(W("Version"), Markup.Escape($"{m.VersionName} ({m.VersionCode})"));
        head.AddRow(W("SDK"), Markup.Escape($"min {m.MinSdk?.ToString(CultureInfo.InvariantCulture) ?? "?"}, target {m.TargetSdk?.ToString(CultureInfo.InvariantCulture) ?? "?"}"));
        if (report.Certificate is { } c)
        {
            head.AddRow(W("Signed by"), Markup.Escape(c.Subject));
            head.AddRow(W("Certificate SHA-256"), Markup.Escape(c.Sha256));
        }
        var kind = report.Risk.Kind == AppKind.System ? " (" + W("system component") + ")" : "";
        head.AddRow($"[bold]{Markup.Escape(W("Overall risk"))}[/]", $"[bold {Colour(report.Risk.Level)}]{Markup.Escape(W(report.Risk.Level.ToString()))}[/]{Markup.Escape(kind)}");
        console.Write(head);
        foreach (var r in report.Risk.Reasons)
        {
            console.MarkupLine($"  • {Markup.Escape(r.In(lang))}");
        }

        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(W("What this app can learn about you"))}[/]");
        if (report.Findings.Count == 0)
        {
            console.MarkupLine($"  {Markup.Escape(W("Nothing: no identifier-reading code was found."))}");
        }
        foreach (var f in report.Findings)
        {
            var explain = lang == Strings.TraditionalChinese ? f.Rule.ExplainZh ?? f.Rule.Explain : f.Rule.Explain;
            console.MarkupLine($"  [{Colour(f.Rule.Severity)}]■[/] [bold]{Markup.Escape(RiskAssessor.Title(f, lang))}[/]: {Markup.Escape(explain)}");
        }
        console.MarkupLine($"[bold]{Markup.Escape(W("What you can do"))}[/]");
        foreach (var a in AuditAdvice.For(report))
        {
            console.MarkupLine($"  • {Markup.Escape(W(a))}");
        }

        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(W("For analysts: every finding and the code that does it"))}[/]");
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
                t.AddRow(Markup.Escape(f.Rule.Id), Markup.Escape(W(f.Rule.Severity.ToString())), Markup.Escape(held), Markup.Escape(sites));
            }
            console.Write(t);
        }
        if (report.Permissions.Count > 0)
        {
            var t = new Table().Title(W("Permissions")).AddColumns(W("permission"), W("protection"), W("meaning"));
            foreach (var p in report.Permissions)
            {
                var meaning = lang == Strings.TraditionalChinese ? p.MeaningZh ?? p.Meaning : p.Meaning;
                t.AddRow(Markup.Escape(p.Name), Markup.Escape(p.Protection), Markup.Escape(meaning ?? ""));
            }
            console.Write(t);
        }
        var exported = m.Components.Where(c => c.Exported).ToList();
        console.MarkupLine($"[bold]{Markup.Escape(W("Exported components"))}[/]: {(exported.Count == 0 ? Markup.Escape(W("none")) : Markup.Escape(string.Join(", ", exported.Select(c => $"{c.Name} ({c.Kind})"))))}");
        if (report.Trackers.Count > 0)
        {
            var t = new Table().Title(W("Tracker SDKs")).AddColumns(W("tracker"), W("owner"), W("category"), W("classes"));
            foreach (var k in report.Trackers)
            {
                t.AddRow(Markup.Escape(k.Name), Markup.Escape(k.Owner), Markup.Escape(k.Category), k.Classes.ToString("N0", CultureInfo.InvariantCulture));
            }
            console.Write(t);
        }
        if (report.Endpoints.Count > 0)
        {
            console.MarkupLine($"[bold]{Markup.Escape(W("Endpoints"))}[/]");
            foreach (var e in report.Endpoints)
            {
                var hosts = e.Hosts.Take(12).ToList();
                var more = e.Hosts.Count > hosts.Count ? $" (+{e.Hosts.Count - hosts.Count})" : "";
                console.MarkupLine($"  {Markup.Escape(e.Owner ?? W("unknown owner"))}: {Markup.Escape(string.Join(", ", hosts) + more)}");
            }
        }
        if (report.NativeLibraries.Count > 0)
        {
            console.MarkupLine($"[bold]{Markup.Escape(W("Native libraries"))}[/]: {Markup.Escape(string.Join(", ", report.NativeLibraries))}");
        }
        console.MarkupLine($"[bold]{Markup.Escape(W("DEX files"))}[/]: {Markup.Escape(string.Join(", ", report.DexFiles.Select(d => $"{d.Name} ({d.Classes:N0} classes)")))}");
        foreach (var w in report.Warnings)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(W("Warnings"))}:[/] {Markup.Escape(w)}");
        }
        console.MarkupLine($"[dim]{Markup.Escape(W("This audit reads the app's code without running it: it shows what the code can do, not what it did on your phone."))}[/]");
        if (outDir is not null)
        {
            console.MarkupLine(Markup.Escape(string.Format(CultureInfo.InvariantCulture, W("wrote {0} and {1}"), Path.Combine(outDir, "app-audit.json"), Path.Combine(outDir, "app-audit.html"))));
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
