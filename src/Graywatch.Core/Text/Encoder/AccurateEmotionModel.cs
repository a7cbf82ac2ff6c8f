using System.Globalization;
using Graywatch.Readers;

namespace Graywatch.Text.Encoder;

/// <summary>The accurate English emotion model: the fine-tuned MiniLM encoder, blended with the linear n-gram model by the weight chosen at tuning.</summary>
/// <remarks>
/// The blend weight is the encoder file's <c>blend.linear</c> (0 = encoder only); it applies only when a linear model
/// with the same classes is given. Probabilities follow <see cref="Classes"/>. About two orders of magnitude slower
/// than the linear model (see docs/performance.md), hence opt-in. Thread-safe.
/// </remarks>
public sealed class AccurateEmotionModel
{
    /// <summary>The file name of the shipped encoder, also looked for in a model folder.</summary>
    public const string EnglishFile = "emotion-en-encoder.gwe";

    private static readonly Lazy<AccurateEmotionModel> ShippedModel = new(() => new AccurateEmotionModel(new EmotionEncoder(ShippedWeights()), TextModels.Shipped.EmotionEnglish));

    private readonly LinearTextModel? _linear;
    private readonly int[]? _linearIndex;

    /// <param name="linearWeight">Overrides the file's <c>blend.linear</c> (0: the encoder alone).</param>
    public AccurateEmotionModel(EmotionEncoder encoder, LinearTextModel? linear, double? linearWeight = null)
    {
        Encoder = encoder;
        var weight = linearWeight
            ?? (encoder.Weights.Metadata.TryGetValue("blend.linear", out var w) && double.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0);
        if (linear is not null && weight > 0 && encoder.Classes.All(c => linear.IndexOf(c) >= 0))
        {
            _linear = linear;
            _linearIndex = [.. encoder.Classes.Select(linear.IndexOf)];
            LinearWeight = Math.Clamp(weight, 0, 1);
        }
    }

    /// <summary>The shipped encoder over the shipped linear English emotion model (loaded once, on first use).</summary>
    public static AccurateEmotionModel Shipped => ShippedModel.Value;

    public EmotionEncoder Encoder { get; }

    public IReadOnlyList<string> Classes => Encoder.Classes;

    /// <summary>The linear model's share of the blended probabilities (0 when no linear model takes part).</summary>
    public double LinearWeight { get; }

    /// <summary>The accurate model of a model folder: its <see cref="EnglishFile"/> if present, else the shipped one; the linear model likewise.</summary>
    /// <exception cref="InputException">The folder's encoder file is damaged.</exception>
    public static AccurateEmotionModel FromFolder(string folder)
    {
        var path = Path.Combine(folder, EnglishFile);
        var linear = TextModels.FromFolder(folder).EmotionEnglish;
        return File.Exists(path) ? new AccurateEmotionModel(Open(path), linear) : Shipped;
    }

    /// <summary>An encoder file, blended with the given linear model.</summary>
    /// <exception cref="InputException">The file is missing or damaged.</exception>
    public static AccurateEmotionModel FromFile(string path, LinearTextModel? linear, double? linearWeight = null) => new(Open(path), linear, linearWeight);

    /// <summary>The shipped encoder with another blend weight.</summary>
    public static AccurateEmotionModel ShippedWith(double linearWeight) => new(Shipped.Encoder, TextModels.Shipped.EmotionEnglish, linearWeight);

    /// <summary>Probabilities of each text over <see cref="Classes"/>.</summary>
    /// <remarks>Texts are prepared only for the linear model; the encoder alone reads them as they are.</remarks>
    public double[][] Predict(IReadOnlyList<string> texts) =>
        _linear is null ? Encoder.Predict(texts) : Predict([.. texts.AsParallel().AsOrdered().Select(TextPreparer.Prepare)]);

    /// <summary>Probabilities of each prepared text over <see cref="Classes"/>: the encoder reads the original text, the linear model the prepared one.</summary>
    public double[][] Predict(IReadOnlyList<PreparedText> texts)
    {
        var encoded = Encoder.Predict([.. texts.Select(t => t.Original)]);
        if (_linear is null)
        {
            return encoded;
        }
        Parallel.For(0, texts.Count, i =>
        {
            var linear = _linear.Predict(texts[i]);
            for (var c = 0; c < encoded[i].Length; c++)
            {
                encoded[i][c] = ((1 - LinearWeight) * encoded[i][c]) + (LinearWeight * linear[_linearIndex![c]]);
            }
        });
        return encoded;
    }

    private static EmotionEncoder Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, "no such encoder file");
        }
        try
        {
            return new EmotionEncoder(EncoderWeights.Load(path));
        }
        catch (InvalidDataException e)
        {
            throw new InputException(path, null, e.Message);
        }
    }

    private static EncoderWeights ShippedWeights()
    {
        using var stream = TextResources.Open("models/" + EnglishFile)
            ?? throw new InvalidOperationException($"this build ships no {EnglishFile}");
        return EncoderWeights.Load(stream);
    }
}
