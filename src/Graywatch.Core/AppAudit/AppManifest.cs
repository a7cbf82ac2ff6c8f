namespace Graywatch.AppAudit;

/// <summary>What the binary <c>AndroidManifest.xml</c> says: identity, versions, SDK levels, permissions and components.</summary>
public sealed record AppManifest
{
    public required string Package { get; init; }
    public string? VersionName { get; init; }
    public long? VersionCode { get; init; }
    public int? MinSdk { get; init; }
    public int? TargetSdk { get; init; }

    /// <summary><c>android:sharedUserId</c>, such as <c>android.uid.system</c> for a package that runs as the system.</summary>
    public string? SharedUserId { get; init; }

    /// <summary>The manifest's <c>coreApp="true"</c>: a package the system starts even in its minimal boot mode.</summary>
    public bool CoreApp { get; init; }

    /// <summary>Permissions the app requests (<c>uses-permission</c>), in manifest order, each once.</summary>
    public IReadOnlyList<string> RequestedPermissions { get; init; } = [];

    /// <summary>Permissions the app defines itself (<c>permission</c>), with their declared protection level.</summary>
    public IReadOnlyDictionary<string, string> DeclaredPermissions { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<AppComponent> Components { get; init; } = [];
}
