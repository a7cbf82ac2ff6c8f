using Graywatch.Findings;
using Graywatch.Localization;
using Graywatch.Pipeline;
using Spectre.Console;

namespace Graywatch.Cli.Infrastructure;

/// <summary>Prints findings on the terminal, most severe first.</summary>
internal static class FindingsView
{
    public static void Render(IAnsiConsole console, AnalysisResult result, string lang)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(Strings.Get(lang, "severity"))
            .AddColumn(Strings.Get(lang, "module"))
            .AddColumn(Strings.Get(lang, "finding"))
            .AddColumn(new TableColumn(Strings.Get(lang, "reach")).RightAligned());
        foreach (var f in result.Findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Id, StringComparer.Ordinal))
        {
            var color = f.Severity switch
            {
                Severity.Critical => "red",
                Severity.High => "orangered1",
                Severity.Medium => "yellow",
                _ => "grey",
            };
            var reach = f.PredictedReach ?? f.ObservedReach;
            table.AddRow(
                $"[{color}]{Markup.Escape(Strings.Get(lang, f.Severity.ToString()))}[/]",
                Markup.Escape(f.Module),
                Markup.Escape(f.Title),
                reach is null ? "" : reach.Value.ToString("N0"));
        }
        console.Write(table);
    }
}
