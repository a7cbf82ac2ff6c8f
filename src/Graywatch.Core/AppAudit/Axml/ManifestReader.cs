namespace Graywatch.AppAudit.Axml;

/// <summary>Turns the element tree of a binary <c>AndroidManifest.xml</c> into an <see cref="AppManifest"/>.</summary>
/// <remarks>Attributes are found by their Android resource id first, so obfuscated (blanked) attribute names still work. Stateless.</remarks>
public static class ManifestReader
{
    private const uint NameId = 0x01010003;
    private const uint PermissionId = 0x01010006;
    private const uint ProtectionLevelId = 0x01010009;
    private const uint SharedUserId = 0x0101000b;
    private const uint ExportedId = 0x01010010;
    private const uint MinSdkId = 0x0101020c;
    private const uint VersionCodeId = 0x0101021b;
    private const uint VersionNameId = 0x0101021c;
    private const uint TargetSdkId = 0x01010270;

    private static readonly string[] ComponentKinds = ["activity", "activity-alias", "service", "receiver", "provider"];

    /// <summary>Parses the manifest bytes.</summary>
    public static AppManifest Read(ReadOnlySpan<byte> data, AuditLimits? limits = null) => From(AxmlReader.Read(data, limits));

    /// <summary>Reads the manifest fields from a parsed element tree.</summary>
    public static AppManifest From(AxmlElement root)
    {
        if (root.Name != "manifest")
        {
            throw new AppAuditException($"AndroidManifest.xml: the root element is <{root.Name}>, not <manifest>");
        }
        var package = root.Attribute(0, "package")?.Text ?? "";
        var sdk = root.Children.FirstOrDefault(e => e.Name == "uses-sdk");
        var targetSdk = sdk?.Attribute(TargetSdkId, "targetSdkVersion")?.Number;
        var minSdk = sdk?.Attribute(MinSdkId, "minSdkVersion")?.Number;
        var requested = root.Children
            .Where(e => e.Name is "uses-permission" or "uses-permission-sdk-23" or "uses-permission-sdk-m")
            .Select(e => e.Attribute(NameId, "name")?.Text)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in root.Children.Where(e => e.Name == "permission"))
        {
            if (e.Attribute(NameId, "name")?.Text is { } name)
            {
                declared.TryAdd(name, ProtectionLevel(e.Attribute(ProtectionLevelId, "protectionLevel")));
            }
        }
        var components = new List<AppComponent>();
        foreach (var application in root.Children.Where(e => e.Name == "application"))
        {
            foreach (var c in application.Children.Where(c => ComponentKinds.Contains(c.Name)))
            {
                var name = Qualify(package, c.Attribute(NameId, "name")?.Text ?? "");
                var explicitExported = c.Attribute(ExportedId, "exported")?.Boolean;
                var implied = c.Children.Any(f => f.Name == "intent-filter") || (c.Name == "provider" && (targetSdk ?? minSdk ?? 1) < 17);
                components.Add(new AppComponent(c.Name, name, explicitExported ?? implied, c.Attribute(PermissionId, "permission")?.Text));
            }
        }
        return new AppManifest
        {
            Package = package,
            VersionName = root.Attribute(VersionNameId, "versionName")?.Text,
            VersionCode = root.Attribute(VersionCodeId, "versionCode")?.Number,
            MinSdk = minSdk,
            TargetSdk = targetSdk,
            SharedUserId = root.Attribute(SharedUserId, "sharedUserId")?.Text,
            CoreApp = root.Attribute(0, "coreApp")?.Boolean == true,
            RequestedPermissions = requested,
            DeclaredPermissions = declared,
            Components = components,
        };
    }

    private static string Qualify(string package, string name) =>
        name.StartsWith('.') ? package + name : name.Contains('.', StringComparison.Ordinal) || name.Length == 0 ? name : package + "." + name;

    private static string ProtectionLevel(AxmlAttribute? attribute)
    {
        if (attribute is null)
        {
            return "normal";
        }
        if (attribute.StringValue is { } s)
        {
            return s;
        }
        var level = (attribute.Data & 0xF) switch
        {
            0 => "normal",
            1 => "dangerous",
            2 => "signature",
            3 => "signatureOrSystem",
            _ => "internal",
        };
        return (attribute.Data & 0x10) != 0 ? level + "|privileged" : level;
    }
}
