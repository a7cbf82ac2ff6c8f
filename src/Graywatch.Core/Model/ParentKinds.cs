namespace Graywatch.Model;

/// <summary>The ways one post can point at another.</summary>
public static class ParentKinds
{
    public const string Duet = "duet";
    public const string Stitch = "stitch";
    public const string Repost = "repost";
    public const string Reply = "reply";
    public const string Quote = "quote";
    /// <summary>A coordination dataset's shared object (CooRTweet <c>object_id</c>).</summary>
    public const string SharedObject = "shared-object";
}
