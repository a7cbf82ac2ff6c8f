namespace Graywatch.Text.Incitement;

/// <summary>One word-list hit: its kind and where it is in the text.</summary>
public readonly record struct LexiconMatch(string Kind, int Start, int Length);
