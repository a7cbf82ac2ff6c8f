namespace Graywatch.Text.Incitement;

/// <summary>One reason behind a score: its kind (see <see cref="SignalKinds"/>) and the span of the original text that shows it.</summary>
public sealed record TextReason(string Kind, string Span, int Start);
