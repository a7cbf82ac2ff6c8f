namespace Graywatch.Coordination;

/// <summary>Stage one's result: pairs of shares of one object by two accounts within the window, older share first.</summary>
/// <remarks>
/// Columns match CooRTweet's <c>detect_groups</c> output: <c>object_id, content_id, content_id_y, time_delta,
/// account_id, account_id_y</c>, where <c>content_id</c> is the older share (ties keep input order). Ids are
/// <see cref="Names"/> ids. Immutable once built.
/// </remarks>
public sealed class CoordinatedPairs
{
    internal CoordinatedPairs(StringPool names, int[] obj, int[] content, int[] contentY, long[] delta, int[] account, int[] accountY)
    {
        Names = names;
        ObjectId = obj;
        Content = content;
        ContentY = contentY;
        Delta = delta;
        Account = account;
        AccountY = accountY;
    }

    public StringPool Names { get; }

    public int Count => ObjectId.Count;

    public IReadOnlyList<int> ObjectId { get; }

    public IReadOnlyList<int> Content { get; }

    public IReadOnlyList<int> ContentY { get; }

    /// <summary>Seconds between the two shares (never negative).</summary>
    public IReadOnlyList<long> Delta { get; }

    public IReadOnlyList<int> Account { get; }

    public IReadOnlyList<int> AccountY { get; }
}
