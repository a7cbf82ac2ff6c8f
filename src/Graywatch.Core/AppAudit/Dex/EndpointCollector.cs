using System.Text.RegularExpressions;
using Graywatch.AppAudit.Rules;

namespace Graywatch.AppAudit.Dex;

/// <summary>Collects URLs and bare host names from DEX strings and groups them by owner.</summary>
/// <remarks>Byte-level checks come first, so most strings are never decoded. Caps: 5,000 hosts, 100 URLs per owner. Not thread-safe.</remarks>
internal sealed partial class EndpointCollector(TrackerCatalog catalog)
{
    private const int MaxHosts = 5000;
    private const int MaxUrlsPerOwner = 100;

    private static readonly HashSet<string> Tlds = new(StringComparer.Ordinal)
    {
        "com", "net", "org", "io", "cn", "tw", "hk", "cc", "co", "me", "info", "biz", "app", "dev", "ru", "jp", "kr",
        "sg", "us", "uk", "de", "fr", "ai", "tv", "xyz", "ly", "gl", "link", "cloud", "top", "vn", "in", "id", "br",
    };

    private static readonly HashSet<string> PackageRoots = new(StringComparer.Ordinal)
    {
        "com", "org", "net", "io", "android", "androidx", "java", "javax", "kotlin", "kotlinx", "dalvik", "cn", "tw", "me", "co",
    };

    private readonly HashSet<string> _ignored = new(catalog.IgnoredHosts, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _hosts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _urls = new(StringComparer.Ordinal);

    /// <summary>Looks at one DEX string.</summary>
    public void Offer(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length > 2048)
        {
            return;
        }
        if (bytes.IndexOf("://"u8) >= 0)
        {
            foreach (Match m in Url().Matches(Mutf8.Decode(bytes)))
            {
                if (Uri.TryCreate(m.Value, UriKind.Absolute, out var uri) && AddHost(uri.IdnHost) && _urls.Count < MaxHosts * 4)
                {
                    _urls.Add(m.Value.TrimEnd('.', ',', ')', '\''));
                }
            }
        }
        else if (LooksLikeHost(bytes))
        {
            AddHost(Mutf8.Decode(bytes));
        }
    }

    /// <summary>The endpoints grouped by owner, known owners first, alphabetically.</summary>
    public IReadOnlyList<EndpointGroup> Groups()
    {
        var owners = new Dictionary<string, (SortedSet<string> Hosts, SortedSet<string> Urls)>(StringComparer.Ordinal);
        (SortedSet<string>, SortedSet<string>) Group(string host)
        {
            var owner = catalog.OwnerOf(host) ?? "";
            if (!owners.TryGetValue(owner, out var g))
            {
                owners[owner] = g = (new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
            }
            return g;
        }
        foreach (var h in _hosts)
        {
            Group(h).Item1.Add(h);
        }
        foreach (var u in _urls)
        {
            if (Uri.TryCreate(u, UriKind.Absolute, out var uri))
            {
                Group(uri.IdnHost).Item2.Add(u);
            }
        }
        return [.. owners.OrderBy(o => o.Key.Length == 0).ThenBy(o => o.Key, StringComparer.Ordinal)
            .Select(o => new EndpointGroup(o.Key.Length == 0 ? null : o.Key, [.. o.Value.Hosts], [.. o.Value.Urls.Take(MaxUrlsPerOwner)]))];
    }

    private bool AddHost(string host)
    {
        host = host.ToLowerInvariant();
        if (host.Length == 0 || host[0] == '-' || _ignored.Contains(host) || !host.Contains('.', StringComparison.Ordinal) || _hosts.Count >= MaxHosts)
        {
            return _hosts.Contains(host);
        }
        _hosts.Add(host);
        return true;
    }

    /// <summary>A whole string such as <c>api.example.com</c>: lower-case labels, a known top-level domain, not a Java package name.</summary>
    private static bool LooksLikeHost(ReadOnlySpan<byte> bytes)
    {
        var dots = 0;
        foreach (var b in bytes)
        {
            if (b == '.')
            {
                dots++;
            }
            else if (!(b is >= (byte)'a' and <= (byte)'z' || b is >= (byte)'0' and <= (byte)'9' || b == '-'))
            {
                return false;
            }
        }
        if (dots == 0 || bytes[0] is (byte)'.' or (byte)'-' || bytes[^1] is (byte)'.' or (byte)'-' || bytes.IndexOf(".."u8) >= 0 || bytes.IndexOf(".-"u8) >= 0 || bytes.IndexOf("-."u8) >= 0)
        {
            return false;
        }
        var text = System.Text.Encoding.ASCII.GetString(bytes);
        var first = text[..text.IndexOf('.', StringComparison.Ordinal)];
        var last = text[(text.LastIndexOf('.') + 1)..];
        return Tlds.Contains(last) && !PackageRoots.Contains(first);
    }

    [GeneratedRegex(@"(?:https?|wss?)://[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
