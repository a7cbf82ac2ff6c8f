namespace Graywatch.Text;

/// <summary>What a token of prepared text is.</summary>
public enum TokenKind
{
    /// <summary>A run of letters or digits outside the Han script, lower-cased.</summary>
    Word,

    /// <summary>A Chinese word from the segmenter, folded to Simplified.</summary>
    Chinese,

    /// <summary>One emoji.</summary>
    Emoji,

    /// <summary>A stand-in for a mention (<c>@user</c>).</summary>
    Mention,

    /// <summary>A stand-in for a link (<c>&lt;url&gt;</c>).</summary>
    Url,
}
