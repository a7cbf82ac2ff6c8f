using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Nodes;
using Graywatch.Cli.Infrastructure;
using Graywatch.Text;
using Graywatch.Text.Encoder;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Commands;

/// <summary><c>graywatch eval-text --model MODEL --data FILE --label COLUMN</c>: accuracy and F1 of a text model on labelled data.</summary>
public sealed class EvalTextCommand(IAnsiConsole console) : Command<EvalTextCommand.Settings>
{
    /// <summary>Settings of <c>eval-text</c>.</summary>
    public sealed class Settings : TextDataSettings
    {
        [CommandOption("--model <MODEL>")]
        [Description("A model file from train-text or the text tuner (.gwe), or a shipped model: emotion-en, emotion-en-accurate, emotion-zh, hostility-en, hostility-zh.")]
        public string Model { get; init; } = "";

        [CommandOption("--blend <WEIGHT>")]
        [Description("With an encoder model: the linear model's share of the probabilities, instead of the one chosen at tuning (0: the encoder alone).")]
        public double? Blend { get; init; }

        [CommandOption("--positive <CLASS>")]
        [Description("Also report the F1 of this class against all others.")]
        public string? Positive { get; init; }

        public override ValidationResult Validate() =>
            Model.Length == 0 ? ValidationResult.Error("--model is required")
            : Blend is < 0 or > 1 ? ValidationResult.Error("--blend must be in [0, 1]")
            : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (classes, predict) = Load(settings.Model, settings.Blend);
        var split = new HeldOutSplit(settings.Holdout);
        var rows = settings.Read().Where(r => settings.Holdout <= 0 || split.IsHeldOut(r.Text)).ToList();
        var predicted = predict([.. rows.Select(r => r.Text)]);
        var actual = rows.Select(r => r.Label).ToList();
        var scores = ClassificationScores.From(actual, predicted, classes);
        double? positive = settings.Positive is { } p ? ClassificationScores.F1Of(actual, predicted, p) : null;
        if (settings.Json)
        {
            var f1 = new JsonObject();
            foreach (var (c, v) in scores.F1)
            {
                f1[c] = Math.Round(v, 4);
            }
            console.Profile.Out.Writer.WriteLine(new JsonObject
            {
                ["texts"] = scores.Count,
                ["accuracy"] = Math.Round(scores.Accuracy, 4),
                ["macro_f1"] = Math.Round(scores.MacroF1, 4),
                ["f1"] = f1,
                ["positive"] = settings.Positive,
                ["positive_f1"] = positive is null ? null : Math.Round(positive.Value, 4),
            }.ToJsonString());
            return ExitCodes.Done;
        }
        console.WriteLine($"texts {scores.Count:N0}  accuracy {F(scores.Accuracy)}  macro-F1 {F(scores.MacroF1)}");
        foreach (var (c, v) in scores.F1)
        {
            console.WriteLine($"  F1 {c}: {F(v)}");
        }
        if (positive is { } pf)
        {
            console.WriteLine($"F1 of {settings.Positive} against the rest: {F(pf)}");
        }
        return ExitCodes.Done;
    }

    private static (IReadOnlyList<string> Classes, Func<IReadOnlyList<string>, IReadOnlyList<string>> Predict) Load(string name, double? blend)
    {
        if (name == "emotion-en-accurate" || name.EndsWith(".gwe", StringComparison.OrdinalIgnoreCase))
        {
            var accurate = name == "emotion-en-accurate"
                ? blend is { } w ? AccurateEmotionModel.ShippedWith(w) : AccurateEmotionModel.Shipped
                : AccurateEmotionModel.FromFile(name, TextModels.Shipped.EmotionEnglish, blend);
            return (accurate.Classes, texts => [.. accurate.Predict(texts).Select(p => accurate.Classes[Array.IndexOf(p, p.Max())])]);
        }
        if (blend is not null)
        {
            throw new UsageException("--blend applies to an encoder model (emotion-en-accurate or a .gwe file)");
        }
        var model = LoadLinear(name);
        return (model.Classes, texts => [.. texts.AsParallel().AsOrdered().Select(t => model.PredictClass(TextPreparer.Prepare(t)))]);
    }

    private static LinearTextModel LoadLinear(string name)
    {
        if (File.Exists(name))
        {
            return LinearTextModel.Load(name);
        }
        var shipped = TextModels.Shipped;
        return name switch
        {
            "emotion-en" => shipped.EmotionEnglish,
            "emotion-zh" => shipped.EmotionChinese,
            "hostility-en" => shipped.HostilityEnglish,
            "hostility-zh" => shipped.HostilityChinese,
            _ => null,
        } ?? throw new UsageException($"no model file '{name}' and no shipped model of that name");
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
