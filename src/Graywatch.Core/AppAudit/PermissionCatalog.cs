using System.Text.Json;
using Graywatch.Assets;

namespace Graywatch.AppAudit;

/// <summary>Protection levels and plain-language meanings of Android permissions, shipped in <c>Resources/app-audit/permissions.json</c>.</summary>
/// <remarks>Permissions the app declares itself take their protection level from the manifest. Thread-safe (read-only).</remarks>
public static class PermissionCatalog
{
    private static readonly Dictionary<string, Entry> Known =
        JsonSerializer.Deserialize<Dictionary<string, Entry>>(EmbeddedAssets.Resource("app-audit/permissions.json"), Rules.RuleSet.Json)!;

    /// <summary>Describes each permission <paramref name="manifest"/> requests.</summary>
    public static IReadOnlyList<PermissionInfo> Describe(AppManifest manifest) =>
        [.. manifest.RequestedPermissions.Select(name =>
            Known.TryGetValue(name, out var e) ? new PermissionInfo(name, e.Protection, e.Meaning, e.MeaningZh)
            : manifest.DeclaredPermissions.TryGetValue(name, out var level) ? new PermissionInfo(name, level, null, null)
            : new PermissionInfo(name, "unknown", null, null))];

    /// <summary>One row of the permissions file.</summary>
    private sealed record Entry(string Protection, string? Meaning, string? MeaningZh);
}
