using System.ComponentModel;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Commands;

/// <summary>Options of <c>graywatch simulate</c>.</summary>
public sealed class SimulateSettings : CommandSettings
{
    [CommandOption("--posts <N>")]
    [Description("Number of distinct posts (each appears once per round). Default 2000.")]
    public int? Posts { get; init; }

    [CommandOption("--seed <S>")]
    [Description("Random seed; the same seed and options give byte-identical files. Default 42.")]
    public int Seed { get; init; } = 42;

    [CommandOption("--out <DIR>")]
    [Description("Directory to write into (created if missing). Required.")]
    public string? Out { get; init; }

    [CommandOption("--truth-out <DIR>")]
    [Description("Directory for sites.csv and truth.json, so that --out holds only posts (default: --out).")]
    public string? TruthOut { get; init; }

    [CommandOption("--shape <SHAPE>")]
    [Description("zeeschuimer (4CAT NDJSON, default) or research (TikTok Research API JSONL).")]
    public string? Shape { get; init; }

    [CommandOption("--rounds <N>")]
    [Description("Collection rounds (engagement snapshots at +6 h, +24 h, +72 h, then every 48 h). Default 3.")]
    public int? Rounds { get; init; }

    [CommandOption("--start <TIME>")]
    [Description("Start of the posting window, ISO 8601 (UTC when no offset). Default 2026-01-05T00:00:00Z.")]
    public string? Start { get; init; }

    [CommandOption("--days <N>")]
    [Description("Length of the posting window in days. Default 7.")]
    public int? Days { get; init; }

    [CommandOption("--no-threats")]
    [Description("Generate ordinary posts only, without the planted threats.")]
    public bool NoThreats { get; init; }

    [CommandOption("--plant-into <FILE>")]
    [Description("Plant the threats into these real exports instead (repeat the option, or list more files after it): copies them into --out unchanged and writes the planted posts in the first one's format.")]
    public string[] PlantInto { get; init; } = [];

    [CommandArgument(0, "[FILE]")]
    [Description("More real exports to plant into, with --plant-into.")]
    public string[] Files { get; init; } = [];

    [CommandOption("--sites <FILE>")]
    [Description("With --plant-into: station the planted accounts at this registry's first military site (GeoJSON, KML or CSV) instead of generated sites near the data.")]
    public string? Sites { get; init; }

    [CommandOption("--format <NAME>")]
    [Description("With --plant-into: the inputs' format, when detection from the content is not wanted.")]
    public string? Format { get; init; }

    [CommandOption("--no-generic")]
    [Description("With --plant-into: leave out threats the input's format cannot carry instead of writing them to planted-generic.csv.")]
    public bool NoGeneric { get; init; }

    [CommandOption("--json")]
    [Description("Print one JSON object describing what was written.")]
    public bool Json { get; init; }
}
