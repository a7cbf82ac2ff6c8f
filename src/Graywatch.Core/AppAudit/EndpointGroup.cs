namespace Graywatch.AppAudit;

/// <summary>Hosts and URLs found in the app's strings that belong to one owner (or to no known owner).</summary>
/// <param name="Owner">The company that owns the domains, or null when unknown.</param>
/// <param name="Hosts">Distinct host names, sorted.</param>
/// <param name="Urls">Distinct URLs, sorted and capped.</param>
public sealed record EndpointGroup(string? Owner, IReadOnlyList<string> Hosts, IReadOnlyList<string> Urls);
