using System.ComponentModel;
using Graywatch.Cli.Infrastructure;
using Graywatch.Configuration;
using Graywatch.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Commands;

/// <summary><c>graywatch ingest PATH…</c>: reads exports into the store and reports what went in.</summary>
public sealed class IngestCommand(IAnsiConsole console) : AsyncCommand<IngestCommand.Settings>
{
    /// <summary>Settings of <c>ingest</c>.</summary>
    public sealed class Settings : IngestSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("Export files or directories (walked recursively; .gz is read transparently).")]
        public string[] Paths { get; init; } = [];
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = GraywatchConfig.Load(settings.Config);
        using var store = GraywatchStore.Open(settings.Db);
        var summary = await IngestRunner.RunAsync(console, store, settings.ToIngestOptions(config.Readers), settings.Paths, cancellationToken);
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(IngestRunner.ToJson(summary).ToJsonString());
        }
        else
        {
            IngestRunner.Render(console, summary, settings.Lang);
        }
        return summary.Failed.Any() ? ExitCodes.BadInput : ExitCodes.Done;
    }
}
