namespace Graywatch.Text;

/// <summary>One token of prepared text with where it starts in the original.</summary>
public readonly record struct TextToken(string Text, TokenKind Kind, int Start);
