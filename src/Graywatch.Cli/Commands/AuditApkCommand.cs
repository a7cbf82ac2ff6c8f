using System.ComponentModel;
using Graywatch.AppAudit;
using Graywatch.AppAudit.Reports;
using Graywatch.AppAudit.Rules;
using Graywatch.Cli.Infrastructure;
using Graywatch.Readers;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Commands;

/// <summary><c>graywatch audit-apk APP.apk</c>: does this Android app harvest device identifiers? Findings with call sites, trackers, endpoints and risk.</summary>
public sealed class AuditApkCommand(IAnsiConsole console) : AsyncCommand<AuditApkCommand.Settings>
{
    /// <summary>Settings of <c>audit-apk</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<APK>")]
        [Description("The Android app (.apk) to audit.")]
        public string Apk { get; init; } = "";

        [CommandOption("--out <DIR>")]
        [Description("Also write app-audit.json and app-audit.html (self-contained, offline) into DIR.")]
        public string? Out { get; init; }

        [CommandOption("--rules <FILE>")]
        [Description("Extra rules (JSON, the shape of the shipped rules.json); a rule with a shipped id replaces it.")]
        public string? Rules { get; init; }

        [CommandOption("--trackers <FILE>")]
        [Description("Extra tracker signatures and domain owners (JSON, the shape of the shipped trackers.json).")]
        public string? Trackers { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Apk))
        {
            throw new InputException(settings.Apk, null, "no such file");
        }
        var rules = settings.Rules is null ? RuleSet.Default : RuleSet.Default.With(Load(settings.Rules, RuleSet.Load));
        var trackers = settings.Trackers is null ? TrackerCatalog.Default : TrackerCatalog.Default.With(Load(settings.Trackers, TrackerCatalog.Load));
        AppAuditReport report;
        try
        {
            var auditor = new AppAuditor(rules, trackers);
            report = Terminal.IsInteractive(console) && !settings.Json
                ? await console.Status().StartAsync("auditing", ctx => Task.Run(() => auditor.Audit(settings.Apk, new Progress<string>(dex => ctx.Status(dex)), cancellationToken), cancellationToken))
                : auditor.Audit(settings.Apk, cancellationToken: cancellationToken);
        }
        catch (AppAuditException ex)
        {
            throw new InputException(settings.Apk, null, ex.Message);
        }
        catch (IOException ex)
        {
            throw new InputException(settings.Apk, null, ex.Message);
        }
        if (settings.Out is { } dir)
        {
            Directory.CreateDirectory(dir);
            await File.WriteAllTextAsync(Path.Combine(dir, "app-audit.json"), AuditJson.Build(report, settings.Lang).ToJsonString(AuditView.Indented), cancellationToken);
            await using var html = File.Create(Path.Combine(dir, "app-audit.html"));
            await new AuditHtmlReport(settings.Lang).WriteAsync(report, html, cancellationToken);
        }
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(AuditJson.Build(report, settings.Lang).ToJsonString());
        }
        else
        {
            AuditView.Render(console, report, settings.Lang, settings.Out);
        }
        return ExitCodes.Done;
    }

    private static T Load<T>(string path, Func<string, T> load)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: no such file");
        }
        try
        {
            return load(path);
        }
        catch (AppAuditException ex)
        {
            throw new InputException(path, null, ex.Message);
        }
    }
}
