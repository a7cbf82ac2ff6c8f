using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Infrastructure;

/// <summary>Options every store-backed verb takes: <c>--db</c>, <c>--config</c>, <c>--json</c>, <c>--lang</c>.</summary>
public class StoreSettings : CommandSettings
{
    [CommandOption("--db <PATH>")]
    [Description("The store file (default: graywatch.duckdb in the working directory).")]
    public string Db { get; init; } = "graywatch.duckdb";

    [CommandOption("--config <FILE>")]
    [Description("A JSON configuration file (detector settings, reader options).")]
    public string? Config { get; init; }

    [CommandOption("--json")]
    [Description("Machine-readable output on stdout.")]
    public bool Json { get; init; }

    [CommandOption("--lang <LANG>")]
    [Description("Output language: en or zh-TW.")]
    public string Lang { get; init; } = "en";

    public override ValidationResult Validate()
    {
        if (Lang is not ("en" or "zh-TW"))
        {
            return ValidationResult.Error($"--lang must be en or zh-TW, not '{Lang}'");
        }
        return ValidationResult.Success();
    }
}
