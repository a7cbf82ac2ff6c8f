using Graywatch.Text.Encoder;
using TorchSharp;

namespace Graywatch.TextTuner;

/// <summary>The tuner's verbs: <c>tune</c> fine-tunes MiniLM on labelled texts; <c>check</c> compares its TorchSharp forward pass with ONNX Runtime's.</summary>
internal static class TunerCommands
{
    private const string Usage = """
        graywatch-text-tuner tune --data TEXTS --labels LABELS --classes 0=anger,… --out FILE.gwe [--holdout 0.15] [--epochs 4]
                                  [--lr 5e-5] [--batch 32] [--max-length 64] [--seed 13] [--threads 2] [--meta key=value …]
        graywatch-text-tuner check [--threads 2]
        """;

    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("tune" or "check"))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        TunerOptions options;
        try
        {
            options = TunerOptions.Parse(args.Skip(1));
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        torch.set_num_threads(options.Int("threads", 2));
        return args[0] == "check" ? Check(options) : Tuning.Run(options);
    }

    /// <summary>The untuned network and the package's ONNX graph agree on the pooled embedding of a few sentences.</summary>
    private static int Check(TunerOptions options)
    {
        string[] sentences = ["I am so angry right now, this is outrageous!", "What a lovely day at the beach with friends :)", "short", "Lost my dog today. I can't stop crying."];
        var onnx = OnnxInitializers.Read(MiniLmAssets.OnnxModel);
        var network = new MiniLmNetwork(onnx, 4, 13);
        var batch = TokenBatch.From(MiniLmAssets.Tokenizer, sentences, 64);
        using var session = new MiniLmSession(new Dictionary<string, EncoderTensor>(), options.Int("threads", 2));
        var expected = session.Pool(batch);
        using var noGrad = torch.no_grad();
        var (_, pooled) = network.Forward(torch.tensor(batch.Ids, [batch.Count, batch.Length]), torch.tensor(batch.Mask, [batch.Count, batch.Length]), training: false);
        var actual = pooled.data<float>().ToArray();
        var worst = 0.0;
        for (var r = 0; r < batch.Count; r++)
        {
            for (var d = 0; d < MiniLmAssets.HiddenSize; d++)
            {
                worst = Math.Max(worst, Math.Abs(actual[(r * MiniLmAssets.HiddenSize) + d] - expected[r][d]));
            }
        }
        Console.WriteLine($"largest difference between TorchSharp and ONNX Runtime pooled embeddings: {worst:E2} ({batch.Count} sentences, {batch.Length} tokens)");
        return worst <= 1e-4 ? 0 : 1;
    }
}
