using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graywatch.Cli.Infrastructure;
using Graywatch.Configuration;
using Graywatch.Detectors;
using Graywatch.Text.Incitement;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Commands;

/// <summary><c>graywatch score-text "TEXT" | --file FILE</c>: language, emotions, hostility and incitement of texts, with reasons.</summary>
public sealed class ScoreTextCommand(IAnsiConsole console) : Command<ScoreTextCommand.Settings>
{
    private const int Batch = 8192;
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Settings of <c>score-text</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[TEXT]")]
        [Description("The text to score.")]
        public string? Text { get; init; }

        [CommandOption("--file <FILE>")]
        [Description("Score every line of this file instead, in order.")]
        public string? File { get; init; }

        [CommandOption("--json")]
        [Description("One JSON object per text on stdout.")]
        public bool Json { get; init; }

        [CommandOption("--accurate")]
        [Description("English emotions from the fine-tuned MiniLM encoder: more accurate, far slower (as incitement.accurate in the configuration).")]
        public bool Accurate { get; init; }

        [CommandOption("--config <FILE>")]
        [Description("A JSON configuration file (incitement word lists, weights, models).")]
        public string? Config { get; init; }

        public override ValidationResult Validate() =>
            (Text is null) == (File is null) ? ValidationResult.Error("give either a TEXT or --file FILE") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(GraywatchConfig.Load(settings.Config).Detectors, StringComparer.OrdinalIgnoreCase);
        if (settings.Accurate)
        {
            values["incitement.accurate"] = "true";
        }
        var scorer = TextScorer.Create(new DetectorSettings(values));
        if (settings.File is { } file)
        {
            if (!System.IO.File.Exists(file))
            {
                throw new UsageException($"no file '{file}'");
            }
            var table = settings.Json ? null : NewTable();
            var n = 0;
            foreach (var chunk in System.IO.File.ReadLines(file).Chunk(Batch))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var scores = scorer.ScoreAll(chunk);
                foreach (var s in scores)
                {
                    n++;
                    if (table is null)
                    {
                        console.Profile.Out.Writer.WriteLine(ToJson(s).ToJsonString(JsonOptions));
                    }
                    else
                    {
                        AddRow(table, n.ToString(), s);
                    }
                }
            }
            if (table is not null)
            {
                console.Write(table);
            }
            return ExitCodes.Done;
        }
        var score = scorer.Score(settings.Text);
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(ToJson(score).ToJsonString(JsonOptions));
        }
        else
        {
            var table = NewTable();
            AddRow(table, "1", score);
            console.Write(table);
        }
        return ExitCodes.Done;
    }

    /// <summary>The JSON object of one score: language, the seven scores and the reasons.</summary>
    public static JsonObject ToJson(TextScore s) => new()
    {
        ["language"] = s.Language,
        ["anger"] = s.Anger,
        ["fear"] = s.Fear,
        ["disgust"] = s.Disgust,
        ["sadness"] = s.Sadness,
        ["joy"] = s.Joy,
        ["hostility"] = s.Hostility,
        ["incitement"] = s.Incitement,
        ["reasons"] = new JsonArray([.. s.Reasons.Select(r => new JsonObject { ["kind"] = r.Kind, ["span"] = r.Span })]),
    };

    private static Table NewTable() => new Table()
        .AddColumn("#").AddColumn("language")
        .AddColumn(new TableColumn("anger").RightAligned()).AddColumn(new TableColumn("fear").RightAligned())
        .AddColumn(new TableColumn("disgust").RightAligned()).AddColumn(new TableColumn("sadness").RightAligned())
        .AddColumn(new TableColumn("joy").RightAligned()).AddColumn(new TableColumn("hostility").RightAligned())
        .AddColumn(new TableColumn("incitement").RightAligned()).AddColumn("reasons");

    private static void AddRow(Table table, string n, TextScore s) => table.AddRow(
        n, s.Language, F(s.Anger), F(s.Fear), F(s.Disgust), F(s.Sadness), F(s.Joy), F(s.Hostility), F(s.Incitement),
        Display.Escape(string.Join("; ", s.Reasons.Select(r => $"{r.Kind}: \"{r.Span}\""))));

    private static string F(double v) => v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
