using System.Text;

namespace Graywatch.Simulation;

/// <summary>TikTok-like 19-digit ids: a Unix time in the high 32 bits and a bijective scramble of a counter in the low 32 bits.</summary>
/// <remarks>Distinct counters give distinct ids, whatever the times.</remarks>
internal static class TikTokIds
{
    public static ulong Make(long unixSeconds, uint counter, uint key) => ((ulong)unixSeconds << 32) | unchecked((counter * 0x9E3779B1u) + key);

    /// <summary>A stable numeric id (as text) for a name, such as a hashtag's challenge id.</summary>
    public static string ForName(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
        }
        return (1_000_000_000_000_000 + (hash % 9_000_000_000_000_000)).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
