namespace Graywatch.AppAudit.Rules;

/// <summary>A company and the domains it owns, for grouping endpoints.</summary>
public sealed record DomainOwner
{
    public required string Owner { get; init; }

    /// <summary>Registrable domains; a host matches its domain and every subdomain.</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];
}
