namespace Graywatch.Findings;

/// <summary>The one result model every detector returns: what was found, how sure, how far it reaches, and what to do.</summary>
/// <remarks>
/// <see cref="Id"/> is derived from the evidence's identity (see <see cref="FindingId"/>), so the same
/// evidence gives the same id across runs and a replayed partition writes nothing twice. Immutable.
/// </remarks>
public sealed record Finding
{
    public required string Id { get; init; }
    /// <summary>The threat module: overview, exposure, app-audit, incitement, mobilization, virality.</summary>
    public required string Module { get; init; }
    public required string Detector { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public Severity Severity { get; init; } = Severity.Info;
    /// <summary>0 to 1.</summary>
    public double Confidence { get; init; } = 1.0;
    /// <summary>Views (or the nearest reach measure) seen so far.</summary>
    public long? ObservedReach { get; init; }
    /// <summary>Views expected once growth has run its course; null until a forecast exists.</summary>
    public long? PredictedReach { get; init; }
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }
    public IReadOnlyList<EntityRef> Entities { get; init; } = [];
    public Evidence Evidence { get; init; } = Evidence.Empty;
    /// <summary>What a reader must keep in mind, such as "sampled feed data, not a census".</summary>
    public IReadOnlyList<string> Caveats { get; init; } = [];
    public string? SuggestedResponse { get; init; }
    /// <summary>One line saying why the severity is what it is; every High and Critical finding has one.</summary>
    public string? Why { get; init; }
    /// <summary>The story this finding is a part of, set by the story step; null before it, or on a story itself.</summary>
    public string? StoryId { get; init; }
    /// <summary>On a story: the findings it groups, strongest first, each with its own evidence; empty on an ordinary finding.</summary>
    public IReadOnlyList<Finding> Parts { get; init; } = [];
}
