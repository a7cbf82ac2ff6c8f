using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graywatch.Cli.Infrastructure;
using Graywatch.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Commands;

/// <summary><c>graywatch raw POST_ID</c>: the original records behind a post, with the file and line each came from.</summary>
public sealed class RawCommand(IAnsiConsole console) : Command<RawCommand.Settings>
{
    // The raw record is JSON or CSV text already: keep its quotes and its script readable (control characters are still escaped).
    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Settings of <c>raw</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<POST_ID>")]
        [Description("The post's id.")]
        public string PostId { get; init; } = "";

        [CommandOption("--platform <PLATFORM>")]
        [Description("Only this platform's post (ids can repeat across platforms).")]
        public string? Platform { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.OpenExisting(settings.Db);
        var observations = store.Query("""
            SELECT DISTINCT o.source_id, o.source_item, o.observed_at, s.path, s.format
            FROM (SELECT platform, id AS post_id, source_id, source_item, NULL::TIMESTAMPTZ AS observed_at FROM posts
                  UNION ALL SELECT platform, post_id, source_id, source_item, observed_at FROM snapshots) o
            JOIN sources s USING (source_id)
            WHERE o.post_id = $1 AND ($2 IS NULL OR o.platform = $2)
            ORDER BY o.source_id, o.source_item
            """,
            r => (Source: r.GetInt32(0), Item: r.GetInt64(1), ObservedAt: r.IsDBNull(2) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(2),
                  Path: r.GetString(3), Format: r.GetString(4)),
            settings.PostId, settings.Platform);
        // A post and its first snapshot usually come from the same record: show each record once.
        var records = observations.GroupBy(o => (o.Source, o.Item)).Select(g => g.OrderByDescending(o => o.ObservedAt).First()).ToList();
        if (records.Count == 0)
        {
            throw new UsageException($"no post '{settings.PostId}' in {settings.Db}");
        }
        foreach (var o in records)
        {
            var raw = SourceArchive.ReadRaw(store, o.Source, o.Item);
            if (settings.Json)
            {
                console.Profile.Out.Writer.WriteLine(new JsonObject
                {
                    ["source_id"] = o.Source,
                    ["path"] = o.Path,
                    ["format"] = o.Format,
                    ["item"] = o.Item,
                    ["observed_at"] = o.ObservedAt?.ToString("O"),
                    ["raw"] = raw,
                }.ToJsonString(s_json));
            }
            else
            {
                console.MarkupLineEscaped($"[bold]{o.Path}[/]:{o.Item} ({o.Format}{(o.ObservedAt is { } t ? ", observed " + t.ToString("u") : "")})");
                console.Profile.Out.Writer.WriteLine(raw is null ? "(no raw record kept)" : Display.Clean(raw, keepLines: true));
            }
        }
        return ExitCodes.Done;
    }
}
