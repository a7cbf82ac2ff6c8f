using System.ComponentModel;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graywatch.Cli.Infrastructure;
using Graywatch.Exposure;
using Graywatch.Media;
using Graywatch.Readers;
using Graywatch.Sites;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Commands;

/// <summary><c>graywatch scan-media PATH…</c>: what photos and videos leak (position, time, device, owner), whether they were taken at a site, and stripped copies.</summary>
public sealed class ScanMediaCommand(IAnsiConsole console) : Command<ScanMediaCommand.Settings>
{
    private static readonly JsonSerializerOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Settings of <c>scan-media</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("Media files or folders (searched recursively): JPEG, HEIC, PNG, TIFF, MP4, MOV.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--sites <FILE>")]
        [Description("A site registry (GeoJSON, KML or CSV): report whether each file was taken at a site.")]
        public string? Sites { get; init; }

        [CommandOption("--site-columns <MAP>")]
        [Description("CSV columns of the site file, e.g. name=military_base_name,lat=latitudes,lon=longtitudes.")]
        public string? SiteColumns { get; init; }

        [CommandOption("--radius <DISTANCE>")]
        [Description("The vicinity around each site that counts as near (default 2km).")]
        public string Radius { get; init; } = "2km";

        [CommandOption("--strip-to <DIR>")]
        [Description("Write copies without the leaking metadata here (originals are never changed).")]
        public string? StripTo { get; init; }

        [CommandOption("--json")]
        [Description("One JSON object per file on stdout.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        SiteIndex? index = null;
        if (settings.Sites is { } sites)
        {
            try
            {
                var registry = SiteFileReader.Load(sites, SiteFileOptions.Default with { Columns = SiteColumns.Parse(settings.SiteColumns) });
                index = registry.Index(ExposureOptions.ParseDistance(settings.Radius));
            }
            catch (FormatException e)
            {
                throw new UsageException(e.Message);
            }
        }
        // Each file with its path relative to the folder it was found in: the clean copy keeps it.
        var files = new List<(string Path, string Relative)>();
        var sources = new List<string>();
        foreach (var p in settings.Paths)
        {
            if (Directory.Exists(p))
            {
                sources.Add(p);
                files.AddRange(Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                    .Select(f => (f, Path.GetRelativePath(p, f))));
            }
            else if (File.Exists(p))
            {
                sources.Add(Path.GetDirectoryName(Path.GetFullPath(p))!);
                files.Add((p, Path.GetFileName(p)));
            }
            else
            {
                throw new InputException(p, null, "no such file or folder");
            }
        }
        CleanCopyFolder? clean = null;
        if (settings.StripTo is { } outDir)
        {
            try
            {
                clean = CleanCopyFolder.Open(outDir, sources);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }
        }
        var table = new Table().AddColumns("file", "kind", "leaks", "position", "captured", "device", "site", "note");
        foreach (var (file, relative) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scan = MediaScanner.Scan(file, index);
            string? stripped = null;
            string? stripError = null;
            if (clean is not null)
            {
                try
                {
                    stripped = clean.Reserve(relative);
                    stripError = MediaStripper.Strip(file, stripped);
                }
                catch (IOException ioe)
                {
                    stripError = $"not copied: {ioe.Message}";
                }
                stripped = stripError is null ? stripped : null;
            }
            var notes = new List<string>();
            if (scan.LiesAboutType)
            {
                notes.Add($"content is {scan.Kind}, name says {scan.ClaimedKind}");
            }
            if (scan.Error is { } e)
            {
                notes.Add(e);
            }
            if (stripError is { } se)
            {
                notes.Add(se);
            }
            if (settings.Json)
            {
                console.Profile.Out.Writer.WriteLine(Json(scan, stripped, notes).ToJsonString(LineOptions));
            }
            else
            {
                table.AddRow(Markup.Escape(file), scan.Kind.ToString().ToLowerInvariant(), Markup.Escape(string.Join(", ", scan.Leaks)),
                    scan.Latitude is { } lat ? $"{lat.ToString("0.#####", CultureInfo.InvariantCulture)}, {scan.Longitude!.Value.ToString("0.#####", CultureInfo.InvariantCulture)}" : "",
                    Markup.Escape(scan.CapturedAt ?? ""), Markup.Escape(string.Join(" ", new[] { scan.Make, scan.Model }.Where(x => x is not null))),
                    Markup.Escape(scan.Site is { } h ? $"{h.Site.Name} ({(h.Inside ? "inside" : $"{h.DistanceMeters:0} m")})" : ""), Markup.Escape(string.Join("; ", notes)));
            }
        }
        if (!settings.Json)
        {
            console.Write(table);
        }
        return ExitCodes.Done;
    }

    private static JsonObject Json(MediaScan s, string? stripped, List<string> notes) => new()
    {
        ["path"] = s.Path,
        ["kind"] = s.Kind.ToString().ToLowerInvariant(),
        ["claimed_kind"] = s.ClaimedKind.ToString().ToLowerInvariant(),
        ["lies_about_type"] = s.LiesAboutType,
        ["leaks"] = new JsonArray([.. s.Leaks.Select(l => (JsonNode)JsonValue.Create(l))]),
        ["lat"] = s.Latitude,
        ["lon"] = s.Longitude,
        ["altitude_m"] = s.AltitudeMeters,
        ["direction"] = s.Direction,
        ["captured_at"] = s.CapturedAt,
        ["make"] = s.Make,
        ["model"] = s.Model,
        ["serial"] = s.Serial,
        ["software"] = s.Software,
        ["owner"] = s.Owner,
        ["other"] = new JsonObject([.. s.Other.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))]),
        ["site"] = s.Site is { } h ? new JsonObject { ["name"] = h.Site.Name, ["distance_m"] = Math.Round(h.DistanceMeters, 1), ["inside"] = h.Inside } : null,
        ["error"] = s.Error,
        ["stripped"] = stripped,
        ["notes"] = new JsonArray([.. notes.Select(n => (JsonNode)JsonValue.Create(n))]),
    };
}
