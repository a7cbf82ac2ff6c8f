namespace Graywatch.Trends;

/// <summary>A hashtag found generic in the data: its posts, distinct authors, companion tags and the top companion's share.</summary>
public sealed record LearnedTag(string Tag, long Posts, long Authors, long CoTags, double TopCoTagShare);
