using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Graywatch.Cli.Infrastructure;
using Graywatch.Simulation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Commands;

/// <summary><c>graywatch simulate</c>: synthetic TikTok data with planted threats, <c>sites.csv</c> and <c>truth.json</c>.</summary>
public sealed class SimulateCommand(IAnsiConsole console) : Command<SimulateSettings>
{
    public override int Execute(CommandContext context, SimulateSettings settings, CancellationToken cancellationToken)
    {
        if (settings.PlantInto.Length > 0 || settings.Files.Length > 0)
        {
            return new SimulatePlantInto(console).Execute(settings, cancellationToken);
        }
        if (settings.Sites is not null || settings.Format is not null || settings.NoGeneric)
        {
            throw new UsageException("--sites, --format and --no-generic go with --plant-into FILE");
        }
        var options = ToOptions(settings);
        var simulator = new Simulator(options, new Random(options.Seed));
        var watch = Stopwatch.StartNew();
        SimulationResult result;
        if (!settings.Json && console.Profile.Capabilities.Interactive)
        {
            result = null!;
            console.Progress().Start(ctx =>
            {
                var task = ctx.AddTask("simulating", maxValue: options.Posts);
                result = simulator.Run(settings.Out!, settings.TruthOut ?? settings.Out!, new Progress<long>(n => task.Value = n), cancellationToken);
                task.Value = options.Posts;
            });
        }
        else
        {
            result = simulator.Run(settings.Out!, settings.TruthOut ?? settings.Out!, null, cancellationToken);
        }
        var seconds = watch.Elapsed.TotalSeconds;
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(new
            {
                @out = result.Directory,
                seed = options.Seed,
                shape = ShapeName(options.Shape),
                posts = result.Posts,
                plantedPosts = result.PlantedPosts,
                accounts = result.Accounts,
                rounds = options.Rounds,
                threats = result.Threats,
                seconds = Math.Round(seconds, 2),
                files = result.Files.Select(f => new
                {
                    path = Path.Combine(result.Directory, f.Path),
                    kind = f.Kind,
                    round = f.Round,
                    observedAt = f.ObservedAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    lines = f.Lines,
                    bytes = f.Bytes,
                }),
            }));
            return ExitCodes.Done;
        }
        var table = new Table().AddColumn("file").AddColumn("observed at (UTC)").AddColumn(new TableColumn("lines").RightAligned()).AddColumn(new TableColumn("bytes").RightAligned());
        foreach (var f in result.Files)
        {
            table.AddRow(
                Display.Escape(Path.Combine(result.Directory, f.Path)),
                f.ObservedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "",
                f.Kind == "posts" ? f.Lines.ToString("N0", CultureInfo.InvariantCulture) : "",
                f.Bytes.ToString("N0", CultureInfo.InvariantCulture));
        }
        console.Write(table);
        console.MarkupLineEscaped($"{result.Posts:N0} posts ({result.PlantedPosts:N0} planted, {result.Threats.Count} threats) by {result.Accounts:N0} accounts, {options.Rounds} round(s), {ShapeName(options.Shape)} shape, seed {options.Seed}, in {seconds:0.0} s");
        return ExitCodes.Done;
    }

    private static SimulationOptions ToOptions(SimulateSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Out))
        {
            throw new UsageException("--out DIR is required");
        }
        var shape = (settings.Shape ?? "zeeschuimer").ToLowerInvariant() switch
        {
            "zeeschuimer" => OutputShape.Zeeschuimer,
            "research" => OutputShape.Research,
            _ => throw new UsageException($"--shape must be zeeschuimer or research, not '{settings.Shape}'"),
        };
        var start = SimulationOptions.DefaultStart;
        if (settings.Start is not null && !DateTimeOffset.TryParse(settings.Start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out start))
        {
            throw new UsageException($"--start must be an ISO 8601 time such as 2026-01-05T00:00:00Z, not '{settings.Start}'");
        }
        var options = new SimulationOptions
        {
            Posts = settings.Posts ?? 2000,
            Seed = settings.Seed,
            Start = start,
            Days = settings.Days ?? 7,
            Rounds = settings.Rounds ?? 3,
            Shape = shape,
            PlantThreats = !settings.NoThreats,
        };
        if (options.Validate() is { } error)
        {
            throw new UsageException(error);
        }
        foreach (var dir in new[] { settings.Out, settings.TruthOut })
        {
            if (dir is not null && File.Exists(dir))
            {
                throw new UsageException($"'{dir}' is a file, not a directory");
            }
        }
        return options;
    }

    private static string ShapeName(OutputShape shape) => shape == OutputShape.Research ? "research" : "zeeschuimer";
}
