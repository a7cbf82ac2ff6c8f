using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Graywatch.Cli.Infrastructure;
using Graywatch.Simulation;
using Spectre.Console;

namespace Graywatch.Cli.Commands;

/// <summary><c>graywatch simulate --plant-into FILE…</c>: the planted threats laid over real exports, with what could not be planted as asked.</summary>
internal sealed class SimulatePlantInto(IAnsiConsole console)
{
    public int Execute(SimulateSettings settings, CancellationToken cancellationToken)
    {
        if (settings.PlantInto.Length == 0)
        {
            throw new UsageException("files to plant into go after --plant-into FILE");
        }
        if (string.IsNullOrWhiteSpace(settings.Out))
        {
            throw new UsageException("--out DIR is required");
        }
        if (File.Exists(settings.Out))
        {
            throw new UsageException($"'{settings.Out}' is a file, not a directory");
        }
        if (settings.Posts is not null || settings.Shape is not null || settings.Rounds is not null || settings.Days is not null
            || settings.Start is not null || settings.NoThreats || settings.TruthOut is not null)
        {
            throw new UsageException("--posts, --shape, --rounds, --days, --start, --no-threats and --truth-out do not go with --plant-into: the planted posts take their span, volume and format from the real data");
        }
        var inputs = settings.PlantInto.Concat(settings.Files).ToList();
        if (Directory.Exists(settings.Out) && ForeignFiles(settings.Out, inputs).FirstOrDefault() is { } foreign)
        {
            throw new UsageException($"--out '{settings.Out}' already holds '{foreign}', which this run does not write: analyze would read it with the planted data; use a new or empty directory");
        }
        var options = new PlantIntoOptions
        {
            Inputs = inputs,
            Seed = settings.Seed,
            SitesFile = settings.Sites,
            Format = settings.Format,
            GenericFallback = !settings.NoGeneric,
        };
        var watch = Stopwatch.StartNew();
        var result = new RealDataPlanter(options).Run(settings.Out, cancellationToken);
        var seconds = watch.Elapsed.TotalSeconds;
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(new
            {
                @out = result.Directory,
                seed = options.Seed,
                format = result.Format,
                realPosts = result.RealPosts,
                plantedPosts = result.PlantedPosts,
                threats = result.Threats,
                windowStart = Time(result.WindowStart),
                windowEnd = Time(result.WindowEnd),
                observedAt = Time(result.ObservedAt),
                area = result.AreaFrom,
                notices = result.Notices,
                seconds = Math.Round(seconds, 2),
                files = result.Files.Select(f => new { path = Path.Combine(result.Directory, f.Path), kind = f.Kind, format = f.Format, lines = f.Lines, bytes = f.Bytes }),
            }));
            return ExitCodes.Done;
        }
        var table = new Table().AddColumn("file").AddColumn("holds").AddColumn("format").AddColumn(new TableColumn("posts").RightAligned()).AddColumn(new TableColumn("bytes").RightAligned());
        foreach (var f in result.Files)
        {
            table.AddRow(
                Display.Escape(Path.Combine(result.Directory, f.Path)),
                f.Kind switch { "real" => "real posts (copy)", "posts" => "planted posts", _ => f.Kind },
                Display.Escape(f.Format ?? ""),
                f.Kind is "real" or "posts" ? f.Lines.ToString("N0", CultureInfo.InvariantCulture) : "",
                f.Bytes.ToString("N0", CultureInfo.InvariantCulture));
        }
        console.Write(table);
        console.MarkupLineEscaped($"{result.PlantedPosts:N0} planted posts ({result.Threats.Count} threats) among {result.RealPosts:N0} real ones, {result.WindowStart:yyyy-MM-dd HH:mm} to {result.WindowEnd:yyyy-MM-dd HH:mm} UTC, sites from {result.AreaFrom}, {result.Format} format, seed {options.Seed}, in {seconds:0.0} s");
        foreach (var notice in result.Notices)
        {
            console.MarkupLineEscaped($"[yellow]note:[/] {notice}");
        }
        return ExitCodes.Done;
    }

    /// <summary>Files in the output directory that a run over <paramref name="inputs"/> would not write (a rerun overwrites its own).</summary>
    private static IEnumerable<string> ForeignFiles(string directory, IReadOnlyList<string> inputs)
    {
        var names = inputs.Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName).Where(name =>
            name is not null && !names.Contains(name) && !names.Contains(name.Split('-', 2) is [var k, var rest] && int.TryParse(k, CultureInfo.InvariantCulture, out _) ? rest : name)
            && !name.StartsWith(RealDataPlanter.PlantedName + ".", StringComparison.Ordinal) && name != RealDataPlanter.GenericName
            && name != Simulator.SitesFileName && name != Simulator.TruthFileName)!;
    }

    private static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
