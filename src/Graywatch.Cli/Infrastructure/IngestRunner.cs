using System.Text.Json.Nodes;
using Graywatch.Ingest;
using Graywatch.Localization;
using Graywatch.Readers;
using Graywatch.Store;
using Spectre.Console;

namespace Graywatch.Cli.Infrastructure;

/// <summary>Runs an ingest with a progress bar on a terminal, and renders its summary as a table or JSON.</summary>
internal static class IngestRunner
{
    // The format the ingestor reports for a file met in a folder that no reader recognises.
    private const string NotAnExport = "(not an export)";

    public static async Task<IngestSummary> RunAsync(
        IAnsiConsole console, GraywatchStore store, IngestOptions options, IReadOnlyList<string> paths, CancellationToken ct)
    {
        var ingestor = new Ingestor(store, options, TimeProvider.System);
        if (!Terminal.IsInteractive(console))
        {
            return EnsureSomethingRead(await ingestor.IngestAsync(paths, null, ct), paths);
        }
        IngestSummary? summary = null;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("ingest", maxValue: 1);
                var progress = new Progress<IngestProgress>(p =>
                {
                    task.Description = $"{p.FileIndex + 1}/{p.FileCount} {Display.Escape(Path.GetFileName(p.Path))} ({p.Records:N0})";
                    task.Value = p.BytesTotal == 0 ? 1 : (double)p.BytesRead / p.BytesTotal;
                });
                summary = await ingestor.IngestAsync(paths, progress, ct);
            });
        return EnsureSomethingRead(summary!, paths);
    }

    /// <summary>Paths that hold no export at all are a mistake (a wrong folder), not an empty result.</summary>
    /// <exception cref="InputException">No file was an export: all were empty or of no known format, or there was no file.</exception>
    private static IngestSummary EnsureSomethingRead(IngestSummary s, IReadOnlyList<string> paths)
    {
        if (s.Files.Any(f => f.Error is null && f.Format is not (null or NotAnExport)))
        {
            return s;
        }
        var failed = s.Files.Where(f => f.Error is not null).ToList();
        var empty = s.Files.Count(f => f.Error is null && f.Format is null);
        var unknown = s.Files.Count - failed.Count - empty;
        var reason = s.Files.Count == 0
            ? "nothing readable: no file here"
            : $"nothing readable: {s.Files.Count:N0} files, none an export ({empty:N0} empty, {unknown:N0} of no known format, {failed.Count:N0} unreadable"
              + (failed.Count > 0 ? $", first: {failed[0].Error}" : "") + $"); known formats: {ReaderCatalog.FormatNames}";
        throw new InputException(string.Join(", ", paths), null, reason);
    }

    /// <summary>The summary as the JSON object that <c>ingest --json</c> prints.</summary>
    public static JsonObject ToJson(IngestSummary s)
    {
        var quarantined = new JsonObject();
        foreach (var (k, v) in s.QuarantinedByReason.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            quarantined[k] = v;
        }
        var failed = new JsonArray();
        foreach (var f in s.Failed)
        {
            failed.Add(new JsonObject { ["path"] = f.Path, ["error"] = f.Error });
        }
        return new JsonObject
        {
            ["files"] = s.Files.Count,
            ["records"] = s.Records,
            ["posts_new"] = s.PostsNew,
            ["snapshots_added"] = s.SnapshotsAdded,
            ["accounts_added"] = s.AccountsAdded,
            ["comments_added"] = s.CommentsAdded,
            ["duplicates"] = s.Duplicates,
            ["quarantined"] = quarantined,
            ["files_failed"] = failed,
            ["records_with_file_time"] = s.Files.Sum(f => f.UsedFileTime),
        };
    }

    /// <summary>Prints the summary for a person.</summary>
    public static void Render(IAnsiConsole console, IngestSummary s, string lang)
    {
        string T(string k) => Strings.Get(lang, k);
        var files = new Table().Border(TableBorder.Simple)
            .AddColumn(T("file")).AddColumn(T("format"))
            .AddColumn(new TableColumn(T("records")).RightAligned())
            .AddColumn(new TableColumn(T("new posts")).RightAligned())
            .AddColumn(new TableColumn(T("snapshots added")).RightAligned())
            .AddColumn(new TableColumn(T("duplicates")).RightAligned())
            .AddColumn(new TableColumn(T("quarantined")).RightAligned());
        foreach (var f in s.Files)
        {
            files.AddRow(
                Display.Escape(Path.GetRelativePath(Environment.CurrentDirectory, f.Path)),
                Display.Escape(f.Error is not null ? T("failed") : f.AlreadyIngested ? $"{f.Format} ({T("already ingested")})" : f.Format ?? T("(empty)")),
                f.Records.ToString("N0"), f.PostsNew.ToString("N0"), f.SnapshotsAdded.ToString("N0"),
                f.Duplicates.ToString("N0"), f.Quarantined.ToString("N0"));
        }
        console.Write(files);
        console.MarkupLine(
            $"[bold]{T("files")}[/] {s.Files.Count:N0}  [bold]{T("records read")}[/] {s.Records:N0}  " +
            $"[bold]{T("new posts")}[/] {s.PostsNew:N0}  [bold]{T("snapshots added")}[/] {s.SnapshotsAdded:N0}  " +
            $"[bold]{T("duplicates")}[/] {s.Duplicates:N0}  [bold]{T("quarantined")}[/] {s.Quarantined:N0}");
        foreach (var (k, v) in s.QuarantinedByReason.OrderByDescending(kv => kv.Value))
        {
            console.MarkupLine($"  {T("quarantined")} [yellow]{Display.Escape(k)}[/]: {v:N0}");
        }
        var fileTime = s.Files.Where(f => f.UsedFileTime > 0).ToList();
        if (fileTime.Count > 0)
        {
            console.MarkupLine($"[yellow]{Display.Escape(T("note: collection time taken from the file's modification time (pass --observed-at to set it) for"))}[/] " +
                string.Join(", ", fileTime.Select(f => $"{Display.Escape(Path.GetFileName(f.Path))} ({f.UsedFileTime:N0})")));
        }
        foreach (var f in s.Failed)
        {
            console.MarkupLine($"[red]{T("error")}:[/] {Display.Escape(f.Error!)} — {Display.Escape(T("nothing from this file was stored"))}");
        }
    }
}
