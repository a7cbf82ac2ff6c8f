namespace Graywatch.AppAudit;

/// <summary>An activity, service, receiver or provider the manifest declares, and whether other apps can reach it.</summary>
/// <param name="Kind">The element name: <c>activity</c>, <c>activity-alias</c>, <c>service</c>, <c>receiver</c> or <c>provider</c>.</param>
/// <param name="Name">The fully qualified class name.</param>
/// <param name="Exported">Whether other apps may start or bind it (explicit, or implied by an intent filter).</param>
/// <param name="Permission">The permission a caller needs, if any.</param>
public sealed record AppComponent(string Kind, string Name, bool Exported, string? Permission);
