using Graywatch.Text.Encoder;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace Graywatch.TextTuner;

/// <summary>MiniLM-L6 (a 6-layer BERT, 384 wide, 12 heads) in TorchSharp, started from the ONNX graph's weights, with mean pooling and a linear head.</summary>
/// <remarks>
/// Weight matrices keep the ONNX layout [in, out] and ONNX names, so the tuned tensors go back into the graph as they
/// are. The word-embedding matrix stays frozen (it is most of the model and is read from the package at run time).
/// </remarks>
internal sealed class MiniLmNetwork
{
    private const int Layers = 6;
    private const int Heads = 12;
    private const int Hidden = MiniLmAssets.HiddenSize;
    private const double LayerNormEpsilon = 1e-12;
    private const double Dropout = 0.1;

    private readonly OnnxInitializers _onnx;
    private readonly Dictionary<string, Tensor> _fixed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Parameter> _trained = new(StringComparer.Ordinal);

    public MiniLmNetwork(OnnxInitializers onnx, int classes, int seed)
    {
        _onnx = onnx;
        _fixed["embeddings.word_embeddings.weight"] = Load("embeddings.word_embeddings.weight");
        foreach (var name in TrainedNames())
        {
            _trained[name] = new Parameter(Load(name), requires_grad: true);
        }
        var generator = new Generator((ulong)seed);
        _trained["head.weight"] = new Parameter(torch.randn([classes, Hidden], generator: generator) * 0.02f, requires_grad: true);
        _trained["head.bias"] = new Parameter(torch.zeros(classes), requires_grad: true);
    }

    public IEnumerable<Parameter> Parameters => _trained.Values;

    /// <summary>Logits [batch, classes] and the mean-pooled hidden states [batch, hidden].</summary>
    public (Tensor Logits, Tensor Pooled) Forward(Tensor ids, Tensor mask, bool training)
    {
        var length = ids.shape[1];
        var x = _fixed["embeddings.word_embeddings.weight"].index_select(0, ids.flatten()).view(ids.shape[0], length, Hidden);
        x = x + P("embeddings.position_embeddings.weight").narrow(0, 0, length).unsqueeze(0) + P("embeddings.token_type_embeddings.weight")[0];
        x = Norm(x, "embeddings.LayerNorm");
        x = F.dropout(x, Dropout, training);
        var additive = (1 - mask.to_type(ScalarType.Float32)).unsqueeze(1).unsqueeze(1) * -10000f;
        for (var l = 0; l < Layers; l++)
        {
            var p = $"encoder.layer.{l}.";
            var q = SplitHeads(Linear(x, p + "attention.self.query"));
            var k = SplitHeads(Linear(x, p + "attention.self.key"));
            var v = SplitHeads(Linear(x, p + "attention.self.value"));
            var scores = (q.matmul(k.transpose(-1, -2)) / Math.Sqrt(Hidden / Heads)) + additive;
            var attention = F.dropout(F.softmax(scores, -1), Dropout, training);
            var context = attention.matmul(v).transpose(1, 2).contiguous().view(ids.shape[0], length, Hidden);
            x = Norm(F.dropout(Linear(context, p + "attention.output.dense"), Dropout, training) + x, p + "attention.output.LayerNorm");
            var inner = F.gelu(Linear(x, p + "intermediate.dense"));
            x = Norm(F.dropout(Linear(inner, p + "output.dense"), Dropout, training) + x, p + "output.LayerNorm");
        }
        var m = mask.to_type(ScalarType.Float32).unsqueeze(-1);
        var pooled = (x * m).sum(1) / m.sum(1).clamp_min(1e-9);
        var logits = F.dropout(pooled, Dropout, training).matmul(P("head.weight").t()) + P("head.bias");
        return (logits, pooled);
    }

    /// <summary>The tuned tensors under their ONNX names, plus the head.</summary>
    public Dictionary<string, EncoderTensor> Export()
    {
        var tensors = new Dictionary<string, EncoderTensor>(StringComparer.Ordinal);
        foreach (var (name, p) in _trained)
        {
            var key = name.StartsWith("head.", StringComparison.Ordinal) ? name : _onnx.OnnxNameOf[name];
            tensors[key] = new EncoderTensor([.. p.shape.Select(d => (int)d)], p.detach().cpu().data<float>().ToArray());
        }
        return tensors;
    }

    /// <summary>A copy of the trained values, to come back to the best epoch.</summary>
    public Dictionary<string, Tensor> Snapshot() => _trained.ToDictionary(p => p.Key, p => p.Value.detach().clone(), StringComparer.Ordinal);

    public void Restore(Dictionary<string, Tensor> snapshot)
    {
        using var _ = torch.no_grad();
        foreach (var (name, value) in snapshot)
        {
            _trained[name].copy_(value);
        }
    }

    private static IEnumerable<string> TrainedNames()
    {
        yield return "embeddings.position_embeddings.weight";
        yield return "embeddings.token_type_embeddings.weight";
        yield return "embeddings.LayerNorm.weight";
        yield return "embeddings.LayerNorm.bias";
        for (var l = 0; l < Layers; l++)
        {
            foreach (var module in new[] { "attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense", "intermediate.dense", "output.dense" })
            {
                yield return $"encoder.layer.{l}.{module}.weight";
                yield return $"encoder.layer.{l}.{module}.bias";
            }
            foreach (var norm in new[] { "attention.output.LayerNorm", "output.LayerNorm" })
            {
                yield return $"encoder.layer.{l}.{norm}.weight";
                yield return $"encoder.layer.{l}.{norm}.bias";
            }
        }
    }

    private Tensor Load(string bertName)
    {
        var t = _onnx[bertName];
        return torch.tensor(t.Values, [.. t.Shape.Select(d => (long)d)]);
    }

    private Tensor P(string name) => _trained[name];

    private Tensor Linear(Tensor x, string module) => x.matmul(P(module + ".weight")) + P(module + ".bias");

    private Tensor Norm(Tensor x, string module) => F.layer_norm(x, [Hidden], P(module + ".weight"), P(module + ".bias"), LayerNormEpsilon);

    private static Tensor SplitHeads(Tensor x) => x.view(x.shape[0], x.shape[1], Heads, Hidden / Heads).transpose(1, 2);
}
