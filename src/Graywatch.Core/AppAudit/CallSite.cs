namespace Graywatch.AppAudit;

/// <summary>Where a rule fired: the calling class and method, what it called or loaded, and in which DEX file.</summary>
/// <param name="Class">The calling class in Java form, such as <c>com.example.Tracker</c>.</param>
/// <param name="Method">The calling method with its DEX signature, such as <c>collect(Landroid/content/Context;)V</c>.</param>
/// <param name="Via">The evidence, such as <c>android.net.wifi.WifiInfo.getMacAddress()</c>.</param>
/// <param name="Dex">The DEX entry, such as <c>classes2.dex</c>.</param>
public sealed record CallSite(string Class, string Method, string Via, string Dex);
