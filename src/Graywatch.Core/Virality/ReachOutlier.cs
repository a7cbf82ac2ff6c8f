namespace Graywatch.Virality;

/// <summary>A post whose views far exceed what its author's following predicts, with what is known of the author's usual reach.</summary>
/// <param name="Z">Robust z of the post's log views against the platform's log-views-on-log-followers line.</param>
/// <param name="EarlierPosts">The author's posts in the data created before this one.</param>
/// <param name="EarlierMedianViews">Median latest views of those earlier posts (null when there are none with views).</param>
/// <param name="FirstSeen">The author's earliest post in the data.</param>
/// <param name="FirstObservedAt">This post's first snapshot.</param>
public sealed record ReachOutlier(
    string Platform, string PostId, string? AuthorId, string? AuthorName, long Followers, long Views, double Z,
    long EarlierPosts, double? EarlierMedianViews, DateTimeOffset CreatedAt, DateTimeOffset FirstSeen, DateTimeOffset FirstObservedAt)
{
    /// <summary>The post's age when first observed: the follower count then still stands for the account's reach before the post.</summary>
    public TimeSpan AgeWhenObserved => FirstObservedAt - CreatedAt;
}
