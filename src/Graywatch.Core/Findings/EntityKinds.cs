namespace Graywatch.Findings;

/// <summary>The kinds of <see cref="EntityRef"/>.</summary>
public static class EntityKinds
{
    public const string Post = "post";
    public const string Account = "account";
    public const string Hashtag = "hashtag";
    public const string Sound = "sound";
    public const string Site = "site";
}
