namespace Graywatch.Text;

/// <summary>A text made ready for models and word lists: language, a folded copy aligned with the original, tokens and the pieces taken out.</summary>
/// <remarks>
/// <see cref="Folded"/> has the original's length: full-width forms are half-width, letters lower-case, Traditional
/// characters Simplified; an index into it is an index into <see cref="Original"/>. Immutable.
/// </remarks>
public sealed record PreparedText
{
    public required string Original { get; init; }

    public required string Folded { get; init; }

    /// <summary><see cref="Folded"/> with links, mentions and hashtag marks blanked (same length): what word lists read.</summary>
    public required string Words { get; init; }

    /// <summary>One of <see cref="TextLanguages"/>.</summary>
    public required string Language { get; init; }

    /// <summary>What scripts and function words alone said, and whether that settled it without the n-gram model (for evaluation).</summary>
    internal (string Language, bool Sure) RuleLanguage { get; init; }

    public IReadOnlyList<TextToken> Tokens { get; init; } = [];

    /// <summary>Runs of Han characters (folded), for character n-grams.</summary>
    public IReadOnlyList<string> HanRuns { get; init; } = [];

    /// <summary>Hashtags without <c>#</c>, lower-case, folded.</summary>
    public IReadOnlyList<string> Hashtags { get; init; } = [];

    /// <summary>Mentions without <c>@</c>.</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];

    public IReadOnlyList<string> Urls { get; init; } = [];

    public IReadOnlyList<string> Emoji { get; init; } = [];

    /// <summary>The text of the original between two offsets.</summary>
    public string Span(int start, int length) => Original.Substring(start, Math.Min(length, Original.Length - start));
}
