namespace Graywatch.Text.Encoder;

/// <summary>One tensor of an <see cref="EncoderWeights"/> file: its shape and its values, row-major.</summary>
public sealed record EncoderTensor(int[] Shape, float[] Values);
