using Graywatch.Findings;

namespace Graywatch.Exporters;

/// <summary>The order every exporter lists findings in: most severe first, then by id, so output is stable across runs.</summary>
public static class FindingOrder
{
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) =>
        [.. findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Id, StringComparer.Ordinal)];
}
