using Graywatch.Coordination;

namespace Graywatch.Detectors.Coordination;

/// <summary>One candidate network: accounts joined by repeated links, with the kinds of object that link them.</summary>
internal sealed class CoordinatedGroup
{
    public required SortedSet<string> Members { get; init; }

    public List<(CoordinationResult Result, HashSet<int> Accounts)> Parts { get; } = [];

    public IEnumerable<ObjectKind> Kinds => Parts.Select(p => p.Result.Kind).Distinct();
}
