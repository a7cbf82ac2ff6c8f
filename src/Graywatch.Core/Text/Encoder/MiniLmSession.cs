using Microsoft.ML.OnnxRuntime;

namespace Graywatch.Text.Encoder;

/// <summary>MiniLM's ONNX graph under ONNX Runtime, with tuned tensors put in place of the graph's own, giving mean-pooled hidden states.</summary>
/// <remarks>
/// The tuned tensors are handed to ONNX Runtime as initializers under the graph's names, so the package's graph is
/// used as shipped and only the weights change. <see cref="Pool"/> is thread-safe; dispose when done.
/// </remarks>
public sealed class MiniLmSession : IDisposable
{
    private readonly InferenceSession _session;
    private readonly List<OrtValue> _initializers = [];
    private readonly SessionOptions _options;

    /// <param name="replacements">Tensors under ONNX initializer names; names the graph lacks are ignored.</param>
    /// <param name="threads">Intra-op threads (0: ONNX Runtime's default, one per core).</param>
    public MiniLmSession(IReadOnlyDictionary<string, EncoderTensor> replacements, int threads = 0)
    {
        _options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1, GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        try
        {
            foreach (var (name, tensor) in replacements)
            {
                if (name.StartsWith("head.", StringComparison.Ordinal))
                {
                    continue;
                }
                var value = OrtValue.CreateTensorValueFromMemory(tensor.Values, [.. tensor.Shape.Select(d => (long)d)]);
                _initializers.Add(value);
                _options.AddInitializer(name, value);
            }
            _session = new InferenceSession(MiniLmAssets.OnnxModel, _options);
        }
        catch (OnnxRuntimeException e)
        {
            Dispose();
            throw new InvalidDataException("the encoder's tensors do not fit the MiniLM graph: " + e.Message, e);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The mean of the last hidden states over each text's tokens: <c>Count</c> rows of <see cref="MiniLmAssets.HiddenSize"/>.</summary>
    public float[][] Pool(TokenBatch batch)
    {
        long[] shape = [batch.Count, batch.Length];
        using var ids = OrtValue.CreateTensorValueFromMemory(batch.Ids, shape);
        using var mask = OrtValue.CreateTensorValueFromMemory(batch.Mask, shape);
        using var types = OrtValue.CreateTensorValueFromMemory(new long[batch.Ids.Length], shape);
        using var run = new RunOptions();
        using var outputs = _session.Run(run, ["input_ids", "attention_mask", "token_type_ids"], [ids, mask, types], ["last_hidden_state"]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        const int width = MiniLmAssets.HiddenSize;
        var pooled = new float[batch.Count][];
        for (var r = 0; r < batch.Count; r++)
        {
            var sum = new float[width];
            var tokens = 0;
            for (var t = 0; t < batch.Length; t++)
            {
                if (batch.Mask[(r * batch.Length) + t] == 0)
                {
                    continue;
                }
                tokens++;
                var row = hidden.Slice(((r * batch.Length) + t) * width, width);
                for (var d = 0; d < width; d++)
                {
                    sum[d] += row[d];
                }
            }
            for (var d = 0; d < width; d++)
            {
                sum[d] /= Math.Max(1, tokens);
            }
            pooled[r] = sum;
        }
        return pooled;
    }

    public void Dispose()
    {
        _session?.Dispose();
        foreach (var value in _initializers)
        {
            value.Dispose();
        }
        _options.Dispose();
    }
}
