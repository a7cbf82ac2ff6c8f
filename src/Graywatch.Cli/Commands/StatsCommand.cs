using System.Text.Json;
using Graywatch.Cli.Infrastructure;
using Graywatch.Localization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Commands;

/// <summary><c>graywatch stats</c>: the store's totals.</summary>
public sealed class StatsCommand(IAnsiConsole console) : Command<StoreSettings>
{
    public override int Execute(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.OpenExisting(settings.Db);
        var s = store.Stats();
        var sampling = store.Sampling();
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(new
            {
                posts = s.Posts,
                snapshots = s.Snapshots,
                accounts = s.Accounts,
                comments = s.Comments,
                quarantined = s.Quarantined,
                sources = s.Sources,
                sampling = sampling.Kinds.ToDictionary(k => k, k => sampling.PostsByKind[k]),
            }));
            return ExitCodes.Done;
        }
        var t = new Table().AddColumn(Strings.Get(settings.Lang, "what")).AddColumn(new TableColumn(Strings.Get(settings.Lang, "count")).RightAligned());
        t.AddRow(Strings.Get(settings.Lang, "posts"), s.Posts.ToString("N0"));
        t.AddRow(Strings.Get(settings.Lang, "snapshots"), s.Snapshots.ToString("N0"));
        t.AddRow(Strings.Get(settings.Lang, "accounts"), s.Accounts.ToString("N0"));
        t.AddRow(Strings.Get(settings.Lang, "comments"), s.Comments.ToString("N0"));
        t.AddRow(Strings.Get(settings.Lang, "quarantined"), s.Quarantined.ToString("N0"));
        t.AddRow(Strings.Get(settings.Lang, "source files"), s.Sources.ToString("N0"));
        foreach (var kind in sampling.Kinds)
        {
            t.AddRow($"{Strings.Get(settings.Lang, "posts")} ({Strings.Get(settings.Lang, "sampling")}: {kind})", sampling.PostsByKind[kind].ToString("N0"));
        }
        console.Write(t);
        return ExitCodes.Done;
    }
}
