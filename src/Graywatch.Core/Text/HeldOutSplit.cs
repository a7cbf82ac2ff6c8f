namespace Graywatch.Text;

/// <summary>A fixed split of a data set into a training part and a held-out part, decided by a hash of each text.</summary>
/// <remarks>The same text always falls on the same side, so training and evaluation agree without writing the split down. Thread-safe.</remarks>
public sealed record HeldOutSplit(double Share, string Salt = "graywatch")
{
    /// <summary>True when the text belongs to the held-out part.</summary>
    public bool IsHeldOut(string text)
    {
        if (Share <= 0)
        {
            return false;
        }
        var h = 2166136261u;
        foreach (var c in Salt)
        {
            h = (h ^ c) * 16777619;
        }
        foreach (var c in text)
        {
            h = (h ^ c) * 16777619;
        }
        h ^= h >> 13;
        h *= 0x5bd1e995;
        h ^= h >> 15;
        return h % 10_000 < Share * 10_000;
    }
}
