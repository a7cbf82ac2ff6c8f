namespace Graywatch.Simulation;

/// <summary>What the synthetic accounts look like: their caption languages, their followers, and the handles they must not take.</summary>
/// <remarks>
/// <see cref="Default"/> is the made-up world of <c>simulate</c>: 45% English, 35% Traditional and 20% Simplified Chinese,
/// followers log-normal with median 1,500. Planting into real data replaces it with the data's own shares and followers.
/// </remarks>
internal sealed record PopulationProfile
{
    public static readonly PopulationProfile Default = new();

    /// <summary>Share of accounts writing English; the rest is Chinese.</summary>
    public double EnglishShare { get; init; } = 0.45;

    /// <summary>Share of accounts writing English or Traditional Chinese; the rest writes Simplified Chinese.</summary>
    public double EnglishOrTraditionalShare { get; init; } = 0.8;

    /// <summary>Draws an ordinary account's follower count; null for the log-normal default (median 1,500, sigma 2.2).</summary>
    public Func<Random, double>? OrdinaryFollowers { get; init; }

    /// <summary>Account ids and handles already in use (real accounts planted into); new accounts avoid them.</summary>
    public IReadOnlySet<string> TakenHandles { get; init; } = new HashSet<string>();

    /// <summary>The region code of accounts whose language has no region list of its own; null keeps the language's regions.</summary>
    public string? Region { get; init; }
}
