namespace Graywatch.Coordination;

/// <summary>Disjoint sets over 0..n-1 whose representative is always the smallest member (so numbering follows input order).</summary>
/// <remarks>Path halving; not thread-safe.</remarks>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int v)
    {
        while (_parent[v] != v)
        {
            _parent[v] = _parent[_parent[v]];
            v = _parent[v];
        }
        return v;
    }

    /// <summary>Joins the sets of <paramref name="a"/> and <paramref name="b"/>; false when they already were one.</summary>
    public bool Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb)
        {
            return false;
        }
        _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        return true;
    }
}
