using System.ComponentModel;
using System.Text.Json.Nodes;
using Graywatch.Cli.Infrastructure;
using Graywatch.Configuration;
using Graywatch.Ingest;
using Graywatch.Pipeline;
using Graywatch.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Commands;

/// <summary><c>graywatch analyze [PATH…]</c>: the main job — ingest, run every detector, write findings and the brief.</summary>
public sealed class AnalyzeCommand(IAnsiConsole console) : AsyncCommand<AnalyzeCommand.Settings>
{
    /// <summary>Settings of <c>analyze</c>.</summary>
    public sealed class Settings : IngestSettings
    {
        [CommandArgument(0, "[PATH]")]
        [Description("Export files or directories to ingest first (optional: without them, the store is analysed as it is).")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--out <DIR>")]
        [Description("Where findings.jsonl and brief.html are written (default: out).")]
        public string Out { get; init; } = "out";

        [CommandOption("--sites <FILE>")]
        [Description("A site registry (GeoJSON, KML or CSV) for the exposure findings (default: exposure.sites from --config; none: no exposure findings).")]
        public string? Sites { get; init; }

        [CommandOption("--site-columns <MAP>")]
        [Description("CSV columns of the site file, e.g. name=military_base_name,lat=latitudes,lon=longtitudes.")]
        public string? SiteColumns { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = GraywatchConfig.Load(settings.Config);
        if (settings.Sites is { } sitesFile && !File.Exists(sitesFile))
        {
            throw new Readers.InputException(sitesFile, null, "site file not found");
        }
        using var store = GraywatchStore.Open(settings.Db);
        IngestSummary? ingest = null;
        if (settings.Paths.Length > 0)
        {
            ingest = await IngestRunner.RunAsync(console, store, settings.ToIngestOptions(config.Readers), settings.Paths, cancellationToken);
            if (!settings.Json)
            {
                IngestRunner.Render(console, ingest, settings.Lang);
            }
        }

        var pipeline = AnalysisPipelineBuilder.CreateDefault()
            .UseSettings(ExposureSettings.With(config.Detectors, settings.Sites, settings.SiteColumns))
            .Build();
        AnalysisRun run;
        if (Terminal.IsInteractive(console))
        {
            AnalysisRun? done = null;
            await console.Status().StartAsync("analysing", async ctx =>
            {
                var progress = new Progress<string>(message => ctx.Status(Display.Escape(message)));
                done = await pipeline.RunAsync(store, settings.Out, settings.Lang, progress, cancellationToken);
            });
            run = done!;
        }
        else
        {
            run = await pipeline.RunAsync(store, settings.Out, settings.Lang, null, cancellationToken);
        }

        if (settings.Json)
        {
            var json = new JsonObject
            {
                ["ingest"] = ingest is null ? null : IngestRunner.ToJson(ingest),
                ["findings"] = run.Result.Findings.Count,
                ["stories"] = run.Result.Stories.Count,
                ["sampling"] = new JsonObject([.. run.Result.Sampling.Kinds.Select(k => new KeyValuePair<string, JsonNode?>(k, run.Result.Sampling.PostsByKind[k]))]),
                ["detectors"] = new JsonArray([.. run.Result.Detectors.Select(d => (JsonNode)new JsonObject
                {
                    ["id"] = d.Id,
                    ["status"] = d.StatusName,
                    ["findings"] = d.Findings,
                    ["reason"] = d.Reason,
                })]),
                ["files"] = new JsonArray([.. run.Files.Select(f => JsonValue.Create(f))]),
                ["detector_errors"] = new JsonArray([.. run.Result.DetectorErrors.Select(e => JsonValue.Create(e))]),
                ["exporter_errors"] = new JsonArray([.. run.ExporterErrors.Select(e => JsonValue.Create(e))]),
            };
            console.Profile.Out.Writer.WriteLine(json.ToJsonString());
        }
        else
        {
            FindingsView.Render(console, run.Result, settings.Lang);
            foreach (var f in run.Files)
            {
                console.MarkupLineEscaped($"[green]wrote[/] {f}");
            }
            foreach (var e in run.Result.DetectorErrors.Concat(run.ExporterErrors))
            {
                console.MarkupLineEscaped($"[red]error:[/] {e}");
            }
        }
        var failed = ingest is not null && ingest.Failed.Any();
        return failed ? ExitCodes.BadInput : ExitCodes.Done;
    }
}
