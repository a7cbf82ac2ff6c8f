namespace Graywatch.Findings;

/// <summary>Something a finding is about: a post, an account, a hashtag, a sound, a site.</summary>
/// <param name="Kind">One of <see cref="EntityKinds"/>.</param>
public sealed record EntityRef(string Kind, string Id, string? Label = null);
