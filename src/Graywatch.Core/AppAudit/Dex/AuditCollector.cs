using Graywatch.AppAudit.Rules;

namespace Graywatch.AppAudit.Dex;

/// <summary>Gathers call sites per rule and class counts per tracker across every DEX file of one audit.</summary>
/// <remarks>Call sites are distinct by (class, method, evidence); at most <see cref="AuditLimits.MaxCallSitesPerRule"/> are kept per rule. Not thread-safe.</remarks>
internal sealed class AuditCollector(RuleIndex rules, TrackerCatalog catalog, AuditLimits limits)
{
    private readonly List<CallSite>[] _sites = [.. rules.Rules.Select(_ => new List<CallSite>())];
    private readonly HashSet<CallSite>[] _seen = [.. rules.Rules.Select(_ => new HashSet<CallSite>())];
    private readonly int[] _trackerClasses = new int[catalog.Trackers.Count];
    private readonly string?[] _trackerExample = new string?[catalog.Trackers.Count];

    public RuleIndex Rules { get; } = rules;

    public TrackerCatalog Catalog { get; } = catalog;

    public EndpointCollector Endpoints { get; } = new(catalog);

    public void AddCallSite(int rule, CallSite site)
    {
        if (_seen[rule].Add(site) && _sites[rule].Count < limits.MaxCallSitesPerRule)
        {
            _sites[rule].Add(site);
        }
    }

    public void AddTrackerClass(int tracker, string descriptor)
    {
        _trackerClasses[tracker]++;
        _trackerExample[tracker] ??= DexNames.ClassName(descriptor);
    }

    public IReadOnlyList<HarvestFinding> Findings(AppManifest manifest)
    {
        var held = manifest.RequestedPermissions.ToHashSet(StringComparer.Ordinal);
        return [.. Enumerable.Range(0, Rules.Rules.Count)
            .Where(r => _sites[r].Count > 0)
            .Select(r =>
            {
                var rule = Rules.Rules[r];
                bool? permission = rule.Permissions.Count == 0 ? null : rule.Permissions.Any(held.Contains);
                var distinct = _seen[r].Select(s => (s.Class, s.Method)).Distinct().Count();
                return new HarvestFinding(rule, [.. _sites[r].OrderBy(s => s.Class, StringComparer.Ordinal).ThenBy(s => s.Method, StringComparer.Ordinal)], distinct, permission);
            })];
    }

    public IReadOnlyList<TrackerHit> Trackers() =>
        [.. Enumerable.Range(0, _trackerClasses.Length)
            .Where(t => _trackerClasses[t] > 0)
            .Select(t => new TrackerHit(Catalog.Trackers[t].Name, Catalog.Trackers[t].Owner, Catalog.Trackers[t].Category, _trackerClasses[t], _trackerExample[t]!))
            .OrderBy(t => t.Name, StringComparer.Ordinal)];
}
