using Graywatch.Findings;

namespace Graywatch.Trends;

/// <summary>A hashtag of one community that, in the recent window, is mostly carried by posts of another community.</summary>
/// <param name="Home">The community the hashtag belongs to in the earlier posts.</param>
/// <param name="Carrier">The community whose hashtags now travel with it.</param>
/// <param name="RecentShare">Share of the hashtag's recent posts that carry the carrier community's hashtags.</param>
/// <param name="BaselineShare">The same share before the recent window.</param>
/// <param name="CarrierTags">The carrier community's hashtags on those posts, most first.</param>
/// <param name="Accounts">Accounts posting the hashtag with the carrier's hashtags, most first.</param>
/// <param name="PostIds">The recent posts that carry both, newest first.</param>
public sealed record HashtagHijack(
    string Tag, HashtagCommunity Home, HashtagCommunity Carrier, long RecentPosts, long BaselinePosts, double RecentShare, double BaselineShare,
    IReadOnlyList<RankedItem> CarrierTags, IReadOnlyList<RankedItem> Accounts, IReadOnlyList<string> PostIds, DateTimeOffset Start, DateTimeOffset End);
