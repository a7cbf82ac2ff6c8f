using System.IO.Compression;
using System.Text;

namespace Graywatch.Text;

/// <summary>A multinomial logistic-regression text classifier over <see cref="TextFeatures"/>: class names, idf, weights and biases.</summary>
/// <remarks>
/// Files (<c>.gwm</c>) are gzip: a header, the class names, free-form metadata (data, licence, command), then biases,
/// idf and weights as half-precision floats. Made by <see cref="TextModelTrainer"/>; immutable and thread-safe once loaded.
/// </remarks>
public sealed class LinearTextModel
{
    private const string Magic = "GWTM1";
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly float[] _idf;

    public LinearTextModel(IReadOnlyList<string> classes, float[] weights, float[] bias, float[] idf, IReadOnlyDictionary<string, string> metadata)
    {
        if (weights.Length != TextFeatures.Dimensions * classes.Count || bias.Length != classes.Count || idf.Length != TextFeatures.Dimensions)
        {
            throw new ArgumentException("model arrays do not match the class count and feature dimensions");
        }
        Classes = classes;
        _weights = weights;
        _bias = bias;
        _idf = idf;
        Metadata = metadata;
    }

    public IReadOnlyList<string> Classes { get; }

    /// <summary>How the model was made: data, licence, command, validation figures.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>Index of a class by name, or -1.</summary>
    public int IndexOf(string name) => IndexOf(Classes, name);

    /// <summary>Index of a class by name (ignoring case) in a list of classes, or -1.</summary>
    internal static int IndexOf(IReadOnlyList<string> classes, string name)
    {
        for (var i = 0; i < classes.Count; i++)
        {
            if (string.Equals(classes[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Class probabilities for a prepared text.</summary>
    public double[] Predict(PreparedText text) => Predict(Weigh(TextFeatures.Extract(text), _idf));

    /// <summary>The most probable class of a prepared text.</summary>
    public string PredictClass(PreparedText text) => Classes[TextModelTrainer.ArgMax(Predict(text))];

    /// <summary>Class probabilities for a weighted vector (see <see cref="Weigh"/>).</summary>
    public double[] Predict(SparseVector weighted)
    {
        var c = Classes.Count;
        var scores = new double[c];
        for (var k = 0; k < c; k++)
        {
            scores[k] = _bias[k];
        }
        for (var n = 0; n < weighted.Count; n++)
        {
            var row = weighted.Indices[n] * c;
            var x = weighted.Values[n];
            for (var k = 0; k < c; k++)
            {
                scores[k] += _weights[row + k] * x;
            }
        }
        Softmax(scores);
        return scores;
    }

    /// <summary>The token whose own word feature speaks most for a class (relative to the other classes; lone Chinese characters count half), or null.</summary>
    public TextToken? StrongestToken(PreparedText text, int classIndex)
    {
        TextToken? best = null;
        var bestWeight = 0.0;
        var c = Classes.Count;
        foreach (var token in text.Tokens)
        {
            if (token.Kind is TokenKind.Mention or TokenKind.Url)
            {
                // A stand-in for a mention or a link says nothing about the text, whatever its weight.
                continue;
            }
            var row = TextFeatures.WordBucket(token.Text) * c;
            var mean = 0.0;
            for (var k = 0; k < c; k++)
            {
                mean += _weights[row + k];
            }
            var w = _weights[row + classIndex] - (mean / c);
            if (token.Kind == TokenKind.Chinese && token.Text.Length == 1)
            {
                // A lone character (a pronoun, a particle) explains little: prefer words.
                w *= 0.5;
            }
            if (w > bestWeight)
            {
                bestWeight = w;
                best = token;
            }
        }
        return best;
    }

    /// <summary>(1 + log tf) × idf, scaled to unit length.</summary>
    public static SparseVector Weigh(SparseVector counts, float[] idf)
    {
        var values = new float[counts.Count];
        var norm = 0.0;
        for (var n = 0; n < counts.Count; n++)
        {
            var v = (1 + MathF.Log(counts.Values[n])) * idf[counts.Indices[n]];
            values[n] = v;
            norm += v * v;
        }
        if (norm > 0)
        {
            var inv = (float)(1 / Math.Sqrt(norm));
            for (var n = 0; n < values.Length; n++)
            {
                values[n] *= inv;
            }
        }
        return new SparseVector(counts.Indices, values);
    }

    internal static void Softmax(double[] scores)
    {
        var max = scores.Max();
        var sum = 0.0;
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] = Math.Exp(scores[k] - max);
            sum += scores[k];
        }
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] /= sum;
        }
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new BinaryWriter(gzip, Encoding.UTF8);
        w.Write(Magic);
        w.Write(TextFeatures.Dimensions);
        w.Write(Classes.Count);
        foreach (var name in Classes)
        {
            w.Write(name);
        }
        w.Write(Metadata.Count);
        foreach (var (k, v) in Metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(k);
            w.Write(v);
        }
        foreach (var b in _bias)
        {
            w.Write(b);
        }
        WriteHalves(w, _idf);
        WriteHalves(w, _weights);
    }

    public static LinearTextModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    /// <exception cref="InvalidDataException">The stream is not a Graywatch text model of this build's feature layout.</exception>
    public static LinearTextModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var r = new BinaryReader(new BufferedStream(gzip, 1 << 16), Encoding.UTF8);
        if (r.ReadString() != Magic || r.ReadInt32() != TextFeatures.Dimensions)
        {
            throw new InvalidDataException("not a Graywatch text model, or one made for other features");
        }
        var classes = new string[r.ReadInt32()];
        for (var i = 0; i < classes.Length; i++)
        {
            classes[i] = r.ReadString();
        }
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = r.ReadInt32();
        for (var i = 0; i < entries; i++)
        {
            metadata[r.ReadString()] = r.ReadString();
        }
        var bias = new float[classes.Length];
        for (var i = 0; i < bias.Length; i++)
        {
            bias[i] = r.ReadSingle();
        }
        var idf = ReadHalves(r, TextFeatures.Dimensions);
        var weights = ReadHalves(r, TextFeatures.Dimensions * classes.Length);
        return new LinearTextModel(classes, weights, bias, idf, metadata);
    }

    internal float[] Idf => _idf;

    private static void WriteHalves(BinaryWriter w, float[] values)
    {
        foreach (var v in values)
        {
            w.Write((Half)v);
        }
    }

    private static float[] ReadHalves(BinaryReader r, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)r.ReadHalf();
        }
        return values;
    }
}
