namespace Graywatch.AppAudit;

/// <summary>A tracker SDK found by its class-name signature.</summary>
/// <param name="Name">The SDK, such as <c>AppsFlyer</c>.</param>
/// <param name="Owner">The company behind it.</param>
/// <param name="Category">What it does: analytics, advertising, crash reporting, profiling, location.</param>
/// <param name="Classes">How many classes of the app match its signatures.</param>
/// <param name="Example">One matching class, as evidence.</param>
public sealed record TrackerHit(string Name, string Owner, string Category, int Classes, string Example);
