namespace Graywatch.Trends;

/// <summary>How a challenge matches the harmful watch list: the matching posts, their authors and the terms that matched.</summary>
/// <param name="Terms">Matched terms with the number of posts each appears in, most first.</param>
/// <param name="PostIds">Ids of the matching posts, newest first (at most the number asked for).</param>
public sealed record HarmfulMatch(long Posts, long Authors, long Views, IReadOnlyList<(string Term, long Posts)> Terms, IReadOnlyList<string> PostIds)
{
    public double ShareOf(Challenge challenge) => challenge.Posts == 0 ? 0 : (double)Posts / challenge.Posts;
}
