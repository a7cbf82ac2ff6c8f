namespace Graywatch.AppAudit;

/// <summary>What kind of package an audited APK is: an app a user installs, or a component of Android itself.</summary>
public enum AppKind
{
    /// <summary>An ordinary app: a user installs it and can remove it.</summary>
    App,

    /// <summary>A system component (platform-signed, running under a system user id, or a preinstalled system module): it comes with the phone.</summary>
    System,
}
