using Graywatch.Findings;

namespace Graywatch.Trends;

/// <summary>A community of the co-hashtag graph: its hashtags and the accounts that post them most.</summary>
/// <param name="Number">0 for the community with the largest total co-occurrence, 1 for the next…</param>
/// <param name="Hashtags">The community's hashtags by posts, most first.</param>
/// <param name="Accounts">Accounts by posts carrying any of the community's hashtags, most first (top few).</param>
/// <param name="Posts">Posts carrying at least one of the community's hashtags.</param>
public sealed record HashtagCommunity(int Number, IReadOnlyList<RankedItem> Hashtags, IReadOnlyList<RankedItem> Accounts, long Posts, long Authors)
{
    /// <summary>The community's name: its most used hashtag.</summary>
    public string Label => Hashtags.Count > 0 ? Hashtags[0].Label : $"#{Number}";
}
