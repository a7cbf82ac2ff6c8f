using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace Graywatch.Text.Encoder;

/// <summary>A fine-tuned text encoder on disk: the tensors that differ from the base model, the classes and free metadata.</summary>
/// <remarks>
/// Format: the magic <c>GWENC1</c>, a little-endian int32 length, a UTF-8 JSON header (classes, metadata, each
/// tensor's name and shape), then each tensor's values as IEEE half floats in header order. Tensors named like an
/// initializer of the base ONNX graph replace it; <c>head.weight</c> [classes, hidden] and <c>head.bias</c> [classes]
/// are the classifier over the mean-pooled hidden states. Immutable once loaded.
/// </remarks>
public sealed class EncoderWeights
{
    private const string Magic = "GWENC1";

    public EncoderWeights(IReadOnlyList<string> classes, IReadOnlyDictionary<string, string> metadata, IReadOnlyDictionary<string, EncoderTensor> tensors)
    {
        Classes = classes;
        Metadata = metadata;
        Tensors = tensors;
    }

    public IReadOnlyList<string> Classes { get; }

    public IReadOnlyDictionary<string, string> Metadata { get; }

    public IReadOnlyDictionary<string, EncoderTensor> Tensors { get; }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    public void Save(Stream stream)
    {
        var header = JsonSerializer.SerializeToUtf8Bytes(new Header(
            [.. Classes], new Dictionary<string, string>(Metadata, StringComparer.Ordinal),
            [.. Tensors.Select(t => new TensorHeader(t.Key, [.. t.Value.Shape]))]));
        stream.Write(Encoding.ASCII.GetBytes(Magic));
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, header.Length);
        stream.Write(length);
        stream.Write(header);
        foreach (var tensor in Tensors.Values)
        {
            var bytes = new byte[tensor.Values.Length * 2];
            for (var i = 0; i < tensor.Values.Length; i++)
            {
                BinaryPrimitives.WriteHalfLittleEndian(bytes.AsSpan(i * 2), (Half)tensor.Values[i]);
            }
            stream.Write(bytes);
        }
    }

    /// <exception cref="InvalidDataException">The file is not an encoder file or is cut short.</exception>
    public static EncoderWeights Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <exception cref="InvalidDataException">The stream is not an encoder file or is cut short.</exception>
    public static EncoderWeights Load(Stream stream)
    {
        var magic = new byte[Magic.Length + 4];
        Fill(stream, magic);
        if (Encoding.ASCII.GetString(magic, 0, Magic.Length) != Magic)
        {
            throw new InvalidDataException("not a Graywatch encoder file (bad magic)");
        }
        var headerLength = BinaryPrimitives.ReadInt32LittleEndian(magic.AsSpan(Magic.Length));
        if (headerLength is <= 0 or > 16 << 20)
        {
            throw new InvalidDataException("damaged encoder file (bad header length)");
        }
        var headerBytes = new byte[headerLength];
        Fill(stream, headerBytes);
        Header header;
        try
        {
            header = JsonSerializer.Deserialize<Header>(headerBytes) ?? throw new InvalidDataException("damaged encoder file (empty header)");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("damaged encoder file (unreadable header)", e);
        }
        var tensors = new Dictionary<string, EncoderTensor>(StringComparer.Ordinal);
        foreach (var t in header.Tensors)
        {
            var count = t.Shape.Aggregate(1L, (a, b) => a * b);
            if (count is <= 0 or > 1L << 28)
            {
                throw new InvalidDataException($"damaged encoder file (tensor '{t.Name}' has shape [{string.Join(", ", t.Shape)}])");
            }
            var bytes = new byte[count * 2];
            Fill(stream, bytes);
            var values = new float[count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(bytes.AsSpan(i * 2));
            }
            tensors[t.Name] = new EncoderTensor(t.Shape, values);
        }
        return new EncoderWeights(header.Classes, header.Metadata, tensors);
    }

    private static void Fill(Stream stream, byte[] buffer)
    {
        try
        {
            stream.ReadExactly(buffer);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("damaged encoder file (cut short)", e);
        }
    }

    private sealed record Header(List<string> Classes, Dictionary<string, string> Metadata, List<TensorHeader> Tensors);

    private sealed record TensorHeader(string Name, int[] Shape);
}
