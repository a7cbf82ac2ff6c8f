namespace Graywatch.Virality;

/// <summary>A post whose views far exceed what its author's following predicts, with what is known of the author's history.</summary>
/// <param name="Z">Robust z of the post's log views against the platform's log-views-on-log-followers line.</param>
/// <param name="EarlierPosts">The author's posts in the data created before this one.</param>
/// <param name="FirstSeen">The author's earliest post in the data.</param>
public sealed record ReachOutlier(
    string Platform, string PostId, string? AuthorId, string? AuthorName, long Followers, long Views, double Z,
    long EarlierPosts, DateTimeOffset CreatedAt, DateTimeOffset FirstSeen);
