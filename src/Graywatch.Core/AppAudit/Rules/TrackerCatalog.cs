using System.Text.Json;
using Graywatch.Assets;

namespace Graywatch.AppAudit.Rules;

/// <summary>Tracker SDK signatures, domain owners and hosts that are never endpoints (XML namespaces, examples).</summary>
/// <remarks>Immutable. <see cref="Default"/> is shipped in <c>Resources/app-audit/trackers.json</c>; <see cref="With"/> adds a user's file.</remarks>
public sealed record TrackerCatalog
{
    public IReadOnlyList<TrackerSignature> Trackers { get; init; } = [];
    public IReadOnlyList<DomainOwner> Owners { get; init; } = [];
    public IReadOnlyList<string> IgnoredHosts { get; init; } = [];

    /// <summary>The shipped catalog.</summary>
    public static TrackerCatalog Default { get; } = Parse(EmbeddedAssets.Resource("app-audit/trackers.json"), "trackers.json");

    /// <summary>Reads a catalog file; errors name the file.</summary>
    public static TrackerCatalog Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (IOException ex)
        {
            throw new AppAuditException($"{path}: {ex.Message}", ex);
        }
    }

    public static TrackerCatalog Parse(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<TrackerCatalog>(json, RuleSet.Json) ?? throw new AppAuditException($"{source}: empty tracker file");
        }
        catch (JsonException ex)
        {
            throw new AppAuditException($"{source}: not a valid tracker file ({ex.Message})", ex);
        }
    }

    /// <summary>This catalog plus <paramref name="extra"/>: trackers and owners with the same name are replaced.</summary>
    public TrackerCatalog With(TrackerCatalog extra)
    {
        var names = extra.Trackers.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var owners = extra.Owners.Select(o => o.Owner).ToHashSet(StringComparer.Ordinal);
        return new TrackerCatalog
        {
            Trackers = [.. Trackers.Where(t => !names.Contains(t.Name)), .. extra.Trackers],
            Owners = [.. extra.Owners, .. Owners.Where(o => !owners.Contains(o.Owner))],
            IgnoredHosts = [.. IgnoredHosts.Union(extra.IgnoredHosts, StringComparer.OrdinalIgnoreCase)],
        };
    }

    /// <summary>The owner of <paramref name="host"/>, or null.</summary>
    public string? OwnerOf(string host)
    {
        foreach (var o in Owners)
        {
            foreach (var d in o.Domains)
            {
                if (host.Equals(d, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + d, StringComparison.OrdinalIgnoreCase))
                {
                    return o.Owner;
                }
            }
        }
        return null;
    }
}
