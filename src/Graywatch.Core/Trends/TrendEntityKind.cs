namespace Graywatch.Trends;

/// <summary>What a trend is counted over: hashtags, sounds, effects or caption keywords.</summary>
public enum TrendEntityKind
{
    Hashtag,
    Sound,
    Effect,
    Keyword,
}
