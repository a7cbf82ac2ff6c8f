namespace Graywatch.Findings;

/// <summary>What backs a finding: metrics, series, rankings, member lists and a network.</summary>
public sealed record Evidence
{
    public static Evidence Empty { get; } = new();

    /// <summary>Named figures, such as <c>posts</c> or <c>z_score</c>.</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();
    public IReadOnlyList<Series> Series { get; init; } = [];
    public IReadOnlyList<Ranking> Rankings { get; init; } = [];
    /// <summary>Ids of the members of a group (accounts of a network, posts of a cluster).</summary>
    public IReadOnlyList<string> Members { get; init; } = [];
    /// <summary>A network behind the finding (accounts and their links), or null.</summary>
    public Graph? Graph { get; init; }
    /// <summary>Small tables, such as communities with their top hashtags and accounts.</summary>
    public IReadOnlyList<EvidenceTable> Tables { get; init; } = [];
    /// <summary>Positions drawn on a map (sites and the posts that expose them), or empty.</summary>
    public IReadOnlyList<MapPoint> Map { get; init; } = [];
}
