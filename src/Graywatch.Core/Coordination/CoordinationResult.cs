namespace Graywatch.Coordination;

/// <summary>Both stages' output for one object kind: the shares read, the coordinated pairs and the account network.</summary>
public sealed record CoordinationResult(ObjectKind Kind, CoordinationOptions Options, ShareTable Shares, CoordinatedPairs Pairs, CoordinationNetwork Network)
{
    /// <summary>Runs both stages over shares already read.</summary>
    public static CoordinationResult Run(ObjectKind kind, ShareTable shares, CoordinationOptions options, CancellationToken cancellationToken = default)
    {
        var pairs = PairFinder.Find(shares, options, cancellationToken);
        return new CoordinationResult(kind, options, shares, pairs, CoordinationNetwork.Build(pairs, options.EdgeWeightPercentile));
    }
}
