using System.Globalization;
using Graywatch.Localization;

namespace Graywatch.AppAudit;

/// <summary>Tells a component of Android itself from an ordinary app, and says what it is and what a user can do about it.</summary>
/// <remarks>
/// Signs: a shared user id of the system (<c>android:sharedUserId="android.uid.…"</c>, which Android grants only to
/// packages signed with the platform key); a signing certificate with the subject of Android's platform and test keys
/// (<c>CN=Android, OU=Android, O=Android</c> or <c>O=Google Inc., L=Mountain View</c>, not the debug key); the manifest's
/// <c>coreApp="true"</c>; a version name that says <c>system image</c> (preinstalled system modules). A system user id
/// alone, or any two signs, make it a system component: one other sign alone can be copied by any app. Stateless.
/// </remarks>
public static class SystemComponent
{
    private const string SystemUserPrefix = "android.uid.";

    static SystemComponent() => Strings.AddTraditionalChinese(new Dictionary<string, string>
    {
        ["system component"] = "系統元件",
        ["This is a component of Android itself, not an app you installed: its job may need the identifiers below (a network stack reads interface addresses, for instance), and there is nothing to uninstall."] =
            "這是 Android 本身的元件，不是您安裝的應用程式：它的工作可能需要下列識別碼（例如網路堆疊需要讀取網路介面位址），也沒有可解除安裝的東西。",
        ["It runs under the system's shared user id {0}, which Android grants only to packages signed with the phone maker's platform key."] =
            "它以系統共用使用者 ID {0} 執行，Android 只將此 ID 授予以手機製造商平台金鑰簽署的套件。",
        ["It is signed with an Android platform or test key ({0})."] = "它以 Android 平台或測試金鑰簽署（{0}）。",
        ["Its manifest marks it as a core app, started with the system."] = "其資訊清單將它標為核心應用程式，隨系統啟動。",
        ["Its version ({0}) names it a module of the system image."] = "其版本（{0}）表明它是系統映像的模組。",
        ["Nothing to uninstall: this component is part of Android on your phone. Keep the system updated (Settings > System > Software update): updates are how its behaviour is fixed."] =
            "沒有可解除安裝的東西：此元件是您手機上 Android 的一部分。請保持系統更新（設定 > 系統 > 軟體更新）：更新才能修正它的行為。",
        ["Genuine system components come with the phone and its updates, never as a file to install on its own: a copy sent to you that way is not one, and Android refuses to install it unless it carries the phone maker's key."] =
            "真正的系統元件隨手機及其更新而來，絕不會以單獨檔案提供安裝：以這種方式傳給您的副本並非系統元件，且除非帶有手機製造商的金鑰，Android 會拒絕安裝。",
    });

    /// <summary>The signs that the package is a system component, worded in both languages; empty for an ordinary app.</summary>
    public static IReadOnlyList<RiskReason> Signs(AppManifest manifest, SigningCertificate? certificate)
    {
        var signs = new List<RiskReason>();
        if (manifest.SharedUserId is { } uid && uid.StartsWith(SystemUserPrefix, StringComparison.Ordinal))
        {
            signs.Add(Reason("It runs under the system's shared user id {0}, which Android grants only to packages signed with the phone maker's platform key.", uid));
        }
        if (certificate is { } c && IsPlatformKey(c.Subject))
        {
            signs.Add(Reason("It is signed with an Android platform or test key ({0}).", c.Subject));
        }
        if (manifest.CoreApp)
        {
            signs.Add(Reason("Its manifest marks it as a core app, started with the system.", ""));
        }
        if (manifest.VersionName is { } v && v.Contains("system image", StringComparison.OrdinalIgnoreCase))
        {
            signs.Add(Reason("Its version ({0}) names it a module of the system image.", v));
        }
        return signs;
    }

    /// <summary>The kind the signs add up to.</summary>
    public static AppKind KindOf(AppManifest manifest, IReadOnlyList<RiskReason> signs) =>
        (manifest.SharedUserId?.StartsWith(SystemUserPrefix, StringComparison.Ordinal) ?? false) || signs.Count >= 2 ? AppKind.System : AppKind.App;

    /// <summary>The verdict that opens a system component's reasons.</summary>
    public static RiskReason Verdict => Reason("This is a component of Android itself, not an app you installed: its job may need the identifiers below (a network stack reads interface addresses, for instance), and there is nothing to uninstall.", "");

    /// <summary>What a user can do about a system component, as English text keys (localised through <c>Strings</c>).</summary>
    public static IReadOnlyList<string> Advice { get; } =
    [
        "Nothing to uninstall: this component is part of Android on your phone. Keep the system updated (Settings > System > Software update): updates are how its behaviour is fixed.",
        "Genuine system components come with the phone and its updates, never as a file to install on its own: a copy sent to you that way is not one, and Android refuses to install it unless it carries the phone maker's key.",
    ];

    private static bool IsPlatformKey(string subject)
    {
        var parts = subject.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return parts.Contains("CN=Android") && parts.Contains("OU=Android") && parts.Contains("L=Mountain View")
            && (parts.Contains("O=Android") || parts.Contains("O=Google Inc."));
    }

    private static RiskReason Reason(string key, string value) => new(
        string.Format(CultureInfo.InvariantCulture, key, value),
        string.Format(CultureInfo.InvariantCulture, Strings.Get(Strings.TraditionalChinese, key), value));
}
