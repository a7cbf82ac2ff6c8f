using Graywatch.AppAudit.Rules;

namespace Graywatch.AppAudit;

/// <summary>A rule that fired, with its call sites (capped) and their total count.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="CallSites">Distinct (class, method) call sites, at most <see cref="AuditLimits.MaxCallSitesPerRule"/>.</param>
/// <param name="CallSiteCount">How many distinct call sites there are in all.</param>
/// <param name="PermissionHeld">Whether the app requests one of the rule's permissions; null when the rule needs none.</param>
public sealed record HarvestFinding(AuditRule Rule, IReadOnlyList<CallSite> CallSites, int CallSiteCount, bool? PermissionHeld);
