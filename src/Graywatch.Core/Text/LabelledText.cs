namespace Graywatch.Text;

/// <summary>One training or evaluation example: a text and its class name.</summary>
public sealed record LabelledText(string Text, string Label);
