using System.ComponentModel;
using Graywatch.Cli.Infrastructure;
using Graywatch.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Commands;

/// <summary>Options naming labelled data, shared by <c>train-text</c> and <c>eval-text</c>.</summary>
public class TextDataSettings : CommandSettings
{
    [CommandOption("--data <FILE>")]
    [Description("A CSV with a header, or a text file with one text per line (then give --labels).")]
    public string Data { get; init; } = "";

    [CommandOption("--label <COLUMN>")]
    [Description("The CSV column holding the class.")]
    public string? Label { get; init; }

    [CommandOption("--text <COLUMN>")]
    [Description("The CSV column holding the text (default: text, tweet, content, review or comment).")]
    public string? Text { get; init; }

    [CommandOption("--labels <FILE>")]
    [Description("With a text file as --data: the file of labels, one per line.")]
    public string? Labels { get; init; }

    [CommandOption("--classes <MAP>")]
    [Description("Rename (and select) classes: 0=anger,1=joy. Rows with other labels are skipped.")]
    public string? Classes { get; init; }

    [CommandOption("--holdout <SHARE>")]
    [Description("Share of the data held out by a fixed hash of each text: train-text leaves it out, eval-text scores only it (default 0).")]
    public double Holdout { get; init; }

    [CommandOption("--json")]
    [Description("Machine-readable output on stdout.")]
    public bool Json { get; init; }

    public override ValidationResult Validate()
    {
        if (Data.Length == 0)
        {
            return ValidationResult.Error("--data FILE is required");
        }
        if ((Label is null) == (Labels is null))
        {
            return ValidationResult.Error("give --label COLUMN for a CSV, or --labels FILE for a text file");
        }
        return Holdout is < 0 or >= 1 ? ValidationResult.Error("--holdout must be in [0, 1)") : ValidationResult.Success();
    }

    /// <summary>The labelled rows, all of them (callers pick the side of the held-out split they need).</summary>
    public List<LabelledText> Read()
    {
        if (!File.Exists(Data))
        {
            throw new UsageException($"no file '{Data}'");
        }
        Dictionary<string, string>? rename;
        try
        {
            rename = LabelledTexts.ParseRenaming(Classes);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--classes: {e.Message}");
        }
        if (Labels is not null)
        {
            return File.Exists(Labels) ? LabelledTexts.ReadLines(Data, Labels, rename) : throw new UsageException($"no file '{Labels}'");
        }
        return LabelledTexts.ReadCsv(Data, Label!, Text, rename);
    }
}
