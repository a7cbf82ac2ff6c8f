using Graywatch.Text.Encoder;
using Onnx;

namespace Graywatch.TextTuner;

/// <summary>The float initializers of MiniLM's ONNX graph, each under its ONNX name, with the BERT name of every weight matrix.</summary>
/// <remarks>
/// The exported graph names biases and layer norms after the BERT module (<c>encoder.layer.0.attention.self.query.bias</c>)
/// but stores each weight matrix, transposed to [in, out], under a number. The BERT name of such a matrix is read off
/// the graph: the <c>Add</c> that takes the <c>MatMul</c>'s output adds the named bias.
/// </remarks>
internal sealed class OnnxInitializers
{
    private OnnxInitializers(Dictionary<string, EncoderTensor> byOnnxName, Dictionary<string, string> onnxNameOf)
    {
        ByOnnxName = byOnnxName;
        OnnxNameOf = onnxNameOf;
    }

    public Dictionary<string, EncoderTensor> ByOnnxName { get; }

    /// <summary>BERT parameter name → ONNX initializer name.</summary>
    public Dictionary<string, string> OnnxNameOf { get; }

    public EncoderTensor this[string bertName] => ByOnnxName[OnnxNameOf[bertName]];

    public static OnnxInitializers Read(byte[] onnx)
    {
        var graph = ModelProto.Parser.ParseFrom(onnx).Graph;
        var tensors = new Dictionary<string, EncoderTensor>(StringComparer.Ordinal);
        foreach (var t in graph.Initializer.Where(t => t.DataType == (int)TensorProto.Types.DataType.Float))
        {
            var values = new float[t.RawData.Length / 4];
            Buffer.BlockCopy(t.RawData.ToByteArray(), 0, values, 0, values.Length * 4);
            tensors[t.Name] = new EncoderTensor([.. t.Dims.Select(d => (int)d)], values);
        }
        var names = tensors.Keys.Where(k => !char.IsDigit(k[0])).ToDictionary(k => k, k => k, StringComparer.Ordinal);
        foreach (var matMul in graph.Node.Where(n => n.OpType == "MatMul" && tensors.ContainsKey(n.Input[1])))
        {
            var add = graph.Node.Single(n => n.OpType == "Add" && n.Input.Contains(matMul.Output[0]));
            var bias = add.Input.Single(i => i != matMul.Output[0]);
            names[bias[..^".bias".Length] + ".weight"] = matMul.Input[1];
        }
        return new OnnxInitializers(tensors, names);
    }
}
