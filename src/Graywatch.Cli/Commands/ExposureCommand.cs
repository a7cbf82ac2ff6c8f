using System.ComponentModel;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graywatch.Cli.Infrastructure;
using Graywatch.Configuration;
using Graywatch.Detectors.Exposure;
using Graywatch.Exporters;
using Graywatch.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Commands;

/// <summary><c>graywatch exposure --sites SITES</c>: posts that reveal sensitive sites, accounts likely stationed there, unit movements and watch-list matches.</summary>
public sealed class ExposureCommand(IAnsiConsole console) : Command<ExposureCommand.Settings>
{
    private static readonly JsonSerializerOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Settings of <c>exposure</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--sites <FILE>")]
        [Description("The site registry: GeoJSON, KML or CSV (name, lat, lon, radius_m, category, aliases). Default: exposure.sites from --config.")]
        public string? Sites { get; init; }

        [CommandOption("--site-columns <MAP>")]
        [Description("CSV columns, e.g. name=military_base_name,lat=latitudes,lon=longtitudes,category=type_norm (default: found by header name).")]
        public string? SiteColumns { get; init; }

        [CommandOption("--radius <DISTANCE>")]
        [Description("The vicinity around each site's zone that counts as near, e.g. 2km or 500m (default: exposure.radius or 2km).")]
        public string? Radius { get; init; }

        [CommandOption("--gazetteer <FILE>")]
        [Description("A CSV of place names with positions, used to place posts whose place tag names no site.")]
        public string? Gazetteer { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Also write findings.jsonl and findings.geojson here.")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = GraywatchConfig.Load(settings.Config);
        var detectorSettings = ExposureSettings.With(config.Detectors, settings.Sites, settings.SiteColumns, settings.Radius, settings.Gazetteer);
        var sites = detectorSettings.Get("exposure.sites") ?? throw new UsageException("exposure needs a site file: --sites FILE (or exposure.sites in --config)");
        using var store = StoreAccess.OpenExisting(settings.Db);
        Graywatch.Exposure.ExposureReport report;
        try
        {
            report = ExposureDetector.Analyze(store, detectorSettings, sites, cancellationToken);
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
        var findings = ExposureFindings.Build(report, settings.Lang);
        var err = console;
        if (settings.Json)
        {
            foreach (var f in findings)
            {
                var line = new JsonObject
                {
                    ["kind"] = f.Kind,
                    ["site"] = f.Site,
                    ["accounts"] = new JsonArray([.. f.Accounts.Select(a => (JsonNode)JsonValue.Create(a))]),
                    ["posts"] = new JsonArray([.. f.Posts.Select(p => (JsonNode)JsonValue.Create(p))]),
                    ["confidence"] = f.Finding.Confidence,
                    ["severity"] = FindingJson.SeverityName(f.Finding.Severity),
                    ["id"] = f.Finding.Id,
                    ["title"] = f.Finding.Title,
                    ["summary"] = f.Finding.Summary,
                };
                console.Profile.Out.Writer.WriteLine(line.ToJsonString(LineOptions));
            }
        }
        else
        {
            console.MarkupLineEscaped($"[bold]{report.Registry.Count:N0}[/] sites from {report.Registry.Path} ({report.Registry.Problems.Count:N0} skipped, {report.Registry.NamedFromTags:N0} without a name named from their tags and id); {report.ScannedPosts:N0} posts read, [bold]{report.PlacedPosts:N0}[/] placed at a site ({string.Join(", ", report.PlacedByMethod.Select(kv => $"{kv.Key} {kv.Value:N0}"))}); {report.AccountsProfiled:N0} accounts profiled.");
            foreach (var p in report.Registry.Problems.Take(10))
            {
                err.MarkupLineEscaped($"[yellow]skipped:[/] {p.Feature}: {p.Reason}");
            }
            var table = new Table().AddColumns("kind", "site", "accounts", "posts", "confidence", "severity", "title");
            foreach (var f in findings)
            {
                table.AddRow(f.Kind, Display.Escape(f.Site ?? ""), f.Accounts.Count.ToString("N0", CultureInfo.InvariantCulture), f.Posts.Count.ToString("N0", CultureInfo.InvariantCulture),
                    f.Finding.Confidence.ToString("0.00", CultureInfo.InvariantCulture), FindingJson.SeverityName(f.Finding.Severity), Display.Escape(f.Finding.Title));
            }
            console.Write(table);
        }
        if (settings.Out is { } dir)
        {
            Directory.CreateDirectory(dir);
            var result = new AnalysisResult([.. findings.Select(f => f.Finding)], store.Stats(), DateTimeOffset.UtcNow, settings.Lang, []);
            foreach (IExporter exporter in new IExporter[] { new JsonLinesExporter(), new GeoJsonExporter() })
            {
                var path = Path.Combine(dir, exporter.FileName);
                using (var stream = File.Create(path))
                {
                    exporter.ExportAsync(result, stream, cancellationToken).GetAwaiter().GetResult();
                }
                if (!settings.Json)
                {
                    console.MarkupLineEscaped($"[green]wrote[/] {path}");
                }
            }
        }
        return ExitCodes.Done;
    }
}
