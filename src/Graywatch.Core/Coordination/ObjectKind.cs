namespace Graywatch.Coordination;

/// <summary>What two accounts must share to be paired: see <see cref="ObjectKinds"/> for the names used on the command line.</summary>
public enum ObjectKind
{
    /// <summary>One hashtag (a post with three hashtags makes three shares).</summary>
    Hashtag,
    /// <summary>The whole set of a post's hashtags, sorted (posts with at least two).</summary>
    HashtagSet,
    Sound,
    /// <summary>One effect id.</summary>
    Effect,
    /// <summary>The caption, lower-cased with runs of white space collapsed.</summary>
    Caption,
    /// <summary>Captions clustered by MinHash/LSH Jaccard similarity; the cluster is the object.</summary>
    NearCaption,
    /// <summary>One link.</summary>
    Url,
    /// <summary>The reposted or shared post (<c>repost</c>, <c>quote</c> and CooRTweet <c>shared-object</c> parents).</summary>
    Repost,
    /// <summary>The post a duet or stitch answers.</summary>
    Duet,
    /// <summary>One hashtag on original posts only: accounts that flood a hashtag together without reposting each other.</summary>
    CotemporalHashtag,
}
