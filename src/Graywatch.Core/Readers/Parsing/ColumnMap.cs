namespace Graywatch.Readers.Parsing;

/// <summary>Which columns (or JSON keys, dotted for nesting) of a flat export hold each canonical field; the first present wins.</summary>
/// <remarks>Immutable; one instance per format, shared by every read.</remarks>
internal sealed record ColumnMap
{
    public required string[] Id { get; init; }
    public string[] Handle { get; init; } = [];
    public string[] AuthorId { get; init; } = [];
    public string[] DisplayName { get; init; } = [];
    public string[] Created { get; init; } = [];
    public string[] Text { get; init; } = [];
    public string[] Language { get; init; } = [];
    public string[] Hashtags { get; init; } = [];
    public string[] Mentions { get; init; } = [];
    public string[] SoundId { get; init; } = [];
    public string[] SoundTitle { get; init; } = [];
    public string[] SoundAuthor { get; init; } = [];
    public string[] EffectIds { get; init; } = [];
    public string[] DuetFrom { get; init; } = [];
    public string[] Urls { get; init; } = [];
    public string[] Duration { get; init; } = [];
    public string[] Region { get; init; } = [];
    public string[] Place { get; init; } = [];
    public string[] Stickers { get; init; } = [];
    public string[] Transcript { get; init; } = [];
    public string[] Views { get; init; } = [];
    public string[] Likes { get; init; } = [];
    public string[] Comments { get; init; } = [];
    public string[] Shares { get; init; } = [];
    public string[] Saves { get; init; } = [];
    public string[] Followers { get; init; } = [];
    public string[] Following { get; init; } = [];
    public string[] AuthorLikes { get; init; } = [];
    public string[] AuthorVideos { get; init; } = [];
    public string[] Verified { get; init; } = [];
    public string[] Bio { get; init; } = [];
    public string[] ObservedAt { get; init; } = [];

    /// <summary>Separators of a sticker list written as text.</summary>
    public char[] StickerSeparators { get; init; } = ['|', ';', '\n'];

    /// <summary>Take the handle from a TikTok url (<c>…/@handle/video/…</c>) when no handle column is set.</summary>
    public bool HandleFromUrl { get; init; }

    /// <summary>Take the creation time from the TikTok id itself (its top 32 bits are Unix seconds), before any time column.</summary>
    public bool TimeFromId { get; init; }

    /// <summary>Take the hashtags from the caption's <c>#tags</c> when no hashtag column is set.</summary>
    public bool HashtagsFromText { get; init; }

    /// <summary>The key of a JSON document's item array (such as <c>collector</c>), if the format wraps its items.</summary>
    public string? ItemsKey { get; init; }
}
