using System.Globalization;
using Graywatch.Findings;
using Graywatch.Localization;
using Graywatch.Pipeline;
using Spectre.Console;

namespace Graywatch.Cli.Infrastructure;

/// <summary>Prints a run's stories on the terminal, most severe first, then what each detector did.</summary>
internal static class FindingsView
{
    public static void Render(IAnsiConsole console, AnalysisResult result, string lang)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(Strings.Get(lang, "severity"))
            .AddColumn(Strings.Get(lang, "module"))
            .AddColumn(Strings.Get(lang, "finding"))
            .AddColumn(new TableColumn(Strings.Get(lang, "reach")).RightAligned());
        var stories = result.Stories.Count > 0 ? result.Stories : result.Findings;
        foreach (var f in stories.OrderByDescending(f => f.Severity).ThenBy(f => f.Id, StringComparer.Ordinal))
        {
            var color = f.Severity switch
            {
                Severity.Critical => "red",
                Severity.High => "orangered1",
                Severity.Medium => "yellow",
                _ => "grey",
            };
            var reach = f.PredictedReach ?? f.ObservedReach;
            var title = Display.Escape(f.Title);
            if (f.Parts.Count > 1)
            {
                title += $"\n[grey]{Display.Escape(string.Format(CultureInfo.InvariantCulture, Strings.Get(lang, "One story: {0} findings from {1}"),
                    f.Parts.Count, string.Join(", ", f.Parts.Select(p => p.Detector).Distinct(StringComparer.Ordinal))))}[/]";
            }
            if (f.Severity >= Severity.High && f.Why is { Length: > 0 } why)
            {
                title += $"\n[grey]{Display.Escape(Strings.Get(lang, "Why"))}: {Display.Escape(why)}[/]";
            }
            table.AddRow(
                $"[{color}]{Display.Escape(Strings.Get(lang, f.Severity.ToString()))}[/]",
                Display.Escape(string.Join(", ", (f.Parts.Count > 0 ? f.Parts : [f]).Select(p => p.Module).Distinct(StringComparer.Ordinal))),
                title,
                reach is null ? "" : reach.Value.ToString("N0", CultureInfo.InvariantCulture));
        }
        console.Write(table);
        RenderRuns(console, result, lang);
    }

    /// <summary>One line per detector: ran (with its count), found nothing, skipped or failed, with the reason.</summary>
    private static void RenderRuns(IAnsiConsole console, AnalysisResult result, string lang)
    {
        if (result.Detectors.Count == 0)
        {
            return;
        }
        console.MarkupLine($"[bold]{Display.Escape(Strings.Get(lang, "What ran"))}[/] [grey]({Display.Escape(Strings.Get(lang, "How the data were collected"))}: {Display.Escape(result.Sampling.Describe())})[/]");
        foreach (var run in result.Detectors)
        {
            var status = run.Status switch
            {
                DetectorStatus.Ran => $"[green]{Display.Escape(Strings.Get(lang, "ran"))}[/] ({run.Findings.ToString(CultureInfo.InvariantCulture)})",
                DetectorStatus.FoundNothing => $"[grey]{Display.Escape(Strings.Get(lang, "found nothing"))}[/]",
                DetectorStatus.Skipped => $"[yellow]{Display.Escape(Strings.Get(lang, "skipped"))}[/]: {Display.Escape(run.Reason ?? "")}",
                _ => $"[red]{Display.Escape(Strings.Get(lang, "failed"))}[/]: {Display.Escape(run.Reason ?? "")}",
            };
            console.MarkupLine($"  {Display.Escape(run.Id)}: {status}");
        }
    }
}
