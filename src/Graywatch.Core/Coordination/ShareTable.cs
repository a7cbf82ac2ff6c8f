namespace Graywatch.Coordination;

/// <summary>Shares in columns, in input order: who (account) shared what (object) in which post (content) when (Unix seconds).</summary>
/// <remarks>
/// One row per share, so a post with three hashtags is three rows. Objects, accounts and contents are ids of one
/// <see cref="Names"/> pool, which lets a stage compare an object with a content id (CooRTweet drops such loops).
/// Input order matters only where CooRTweet's output order does: ties in time are broken by it. Not thread-safe.
/// </remarks>
public sealed class ShareTable
{
    private int[] _object;
    private int[] _account;
    private int[] _content;
    private long[] _time;

    /// <summary>A table sized for <paramref name="rows"/> shares (it grows past that).</summary>
    public ShareTable(int rows = 1024)
    {
        rows = Math.Max(16, rows);
        _object = new int[rows];
        _account = new int[rows];
        _content = new int[rows];
        _time = new long[rows];
        Names = new StringPool(rows + (rows / 2));
    }

    public StringPool Names { get; }

    public int Count { get; private set; }

    public ReadOnlySpan<int> Objects => _object.AsSpan(0, Count);

    public ReadOnlySpan<int> Accounts => _account.AsSpan(0, Count);

    public ReadOnlySpan<int> Contents => _content.AsSpan(0, Count);

    public ReadOnlySpan<long> Times => _time.AsSpan(0, Count);

    public void Add(string objectId, string accountId, string contentId, long unixSeconds) =>
        Add(Names.Intern(objectId), Names.Intern(accountId), Names.Intern(contentId), unixSeconds);

    /// <summary>Adds a row of already interned ids.</summary>
    public void Add(int objectId, int accountId, int contentId, long unixSeconds)
    {
        if (Count == _object.Length)
        {
            var size = Count * 2;
            Array.Resize(ref _object, size);
            Array.Resize(ref _account, size);
            Array.Resize(ref _content, size);
            Array.Resize(ref _time, size);
        }
        _object[Count] = objectId;
        _account[Count] = accountId;
        _content[Count] = contentId;
        _time[Count] = unixSeconds;
        Count++;
    }
}
