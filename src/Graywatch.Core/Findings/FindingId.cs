using System.Security.Cryptography;
using System.Text;

namespace Graywatch.Findings;

/// <summary>Makes stable finding ids from the parts that identify the evidence.</summary>
public static class FindingId
{
    /// <summary>
    /// <c>{detector}-{16 hex}</c> from a hash of the detector and the identifying parts, in order.
    /// </summary>
    public static string From(string detector, params IEnumerable<string> parts)
    {
        var key = string.Join('\u001f', parts.Prepend(detector));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return $"{detector}-{Convert.ToHexStringLower(hash.AsSpan(0, 8))}";
    }
}
