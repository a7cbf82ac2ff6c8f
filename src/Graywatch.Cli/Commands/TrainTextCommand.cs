using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Nodes;
using Graywatch.Cli.Infrastructure;
using Graywatch.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Commands;

/// <summary><c>graywatch train-text --data FILE --label COLUMN --out MODEL</c>: fits a text classifier on labelled data.</summary>
public sealed class TrainTextCommand(IAnsiConsole console) : Command<TrainTextCommand.Settings>
{
    /// <summary>Settings of <c>train-text</c>.</summary>
    public sealed class Settings : TextDataSettings
    {
        [CommandOption("--out <MODEL>")]
        [Description("Where the model file is written (.gwm).")]
        public string Out { get; init; } = "";

        [CommandOption("--meta <KEY=VALUE>")]
        [Description("Metadata stored in the model (data, licence; hostility.CLASS=WEIGHT sets how much a class counts as hostile). Repeatable.")]
        public string[] Meta { get; init; } = [];

        [CommandOption("--epochs <N>")]
        [Description("Passes over the data (default 12).")]
        public int Epochs { get; init; } = 12;

        [CommandOption("--seed <N>")]
        [Description("Seed of the shuffling (default 13).")]
        public int Seed { get; init; } = 13;

        public override ValidationResult Validate() =>
            Out.Length == 0 ? ValidationResult.Error("--out MODEL is required") : Epochs < 1 ? ValidationResult.Error("--epochs must be at least 1") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var rows = settings.Read();
        var split = new HeldOutSplit(settings.Holdout);
        var training = rows.Where(r => !split.IsHeldOut(r.Text)).ToList();
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["data"] = Path.GetFileName(settings.Data),
            ["rows"] = training.Count.ToString(CultureInfo.InvariantCulture),
            ["holdout"] = settings.Holdout.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var pair in settings.Meta)
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0)
            {
                throw new UsageException($"--meta '{pair}' is not KEY=VALUE");
            }
            metadata[pair[..eq]] = pair[(eq + 1)..];
        }
        var log = settings.Json ? null : new Action<string>(m => console.WriteLine(m));
        var model = TextModelTrainer.Train(training, new TrainingOptions { Epochs = settings.Epochs, Seed = settings.Seed }, metadata, log);
        var folder = Path.GetDirectoryName(Path.GetFullPath(settings.Out));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        model.Save(settings.Out);
        var counts = training.GroupBy(r => r.Label).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (settings.Json)
        {
            var byClass = new JsonObject();
            foreach (var g in counts)
            {
                byClass[g.Key] = g.Count();
            }
            console.Profile.Out.Writer.WriteLine(new JsonObject
            {
                ["model"] = settings.Out,
                ["trained_on"] = training.Count,
                ["held_out"] = rows.Count - training.Count,
                ["classes"] = byClass,
                ["lambda"] = model.Metadata["lambda"],
            }.ToJsonString());
        }
        else
        {
            console.WriteLine($"trained on {training.Count:N0} texts ({string.Join(", ", counts.Select(g => $"{g.Key} {g.Count():N0}"))}); held out {rows.Count - training.Count:N0}");
            console.WriteLine($"wrote {settings.Out}");
        }
        return ExitCodes.Done;
    }
}
